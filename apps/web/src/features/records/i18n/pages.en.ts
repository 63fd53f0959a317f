// English messages of the records pages; merged into the app catalog (app/i18n/en.ts).
// pages.ru.ts and pages.uk.ts must have the same keys and placeholders (catalogs.test.ts).
export const recordsPagesEn = {} as const satisfies Record<string, string>;
