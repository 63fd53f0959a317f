// English messages of the estimation page; merged into the app catalog (app/i18n/en.ts).
// estimation.ru.ts and estimation.uk.ts must have the same keys and placeholders (catalogs.test.ts).
export const estimationEn = {
  'estimation.nav': 'Estimation',
  'estimation.title': 'Estimate of undocumented victims',
};
