// English messages of the records form; merged into the app catalog (app/i18n/en.ts).
// form.ru.ts and form.uk.ts must have the same keys and placeholders (catalogs.test.ts).
export const recordsFormEn = {} as const satisfies Record<string, string>;
