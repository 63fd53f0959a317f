/**
 * The form labels are compared in: Unicode-decomposed, diacritics dropped (so ё = е, й = и,
 * ї = і, é = e), lower case, apostrophes of every kind removed (Ukrainian ʼ, ’ and '), every
 * other run of punctuation or spaces one space, trimmed.
 */
export const normaliseLabel = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘ʼʹ`´]/gu, '')
    .replace(/[^\p{L}\p{N}+]+/gu, ' ')
    .trim();
