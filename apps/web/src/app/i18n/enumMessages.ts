/**
 * Catalog entries `<prefix>.<code>` from a table of labels by code: the labels of coded values
 * that @vigil/core keeps for the reports too (`ENUM_LABELS`), so both say the same words.
 */
export const enumMessages = <P extends string, T extends Readonly<Record<string, string>>>(
  prefix: P,
  table: T,
): { readonly [K in keyof T & string as `${P}.${K}`]: string } =>
  Object.fromEntries(
    Object.entries(table).map(([code, label]) => [`${prefix}.${code}`, label]),
  ) as { readonly [K in keyof T & string as `${P}.${K}`]: string };
