/**
 * Name normalisation shared by every match key: Unicode NFKC, full case folding, ё→е, marks that
 * transliterations use for signs and apostrophes removed, word separators (hyphens, dots,
 * commas, slashes, underscores) turned into spaces, whitespace collapsed.
 */

/** Apostrophes, quotes and sign letters that systems write for ь, ъ and the apostrophe. */
const REMOVED = /['’‘ʼʹʺ´`"”“·ˈ\u02BB\u02BD]/g;
const SEPARATORS = /[\s\-‐‑‒–—―.,;:/\\_()[\]{}]+/gu;

const CYRILLIC = /\p{Script=Cyrillic}/u;

export const isCyrillic = (token: string): boolean => CYRILLIC.test(token);

/** Full case folding: upper then lower maps ß→ss and final sigma as lower-casing alone does not. */
const fold = (s: string): string => s.toUpperCase().toLowerCase();

export const normaliseName = (fullName: string): string =>
  // Removed before NFKC too: NFKC turns ´ (GOST's soft sign) into a space and a combining accent.
  fold(fullName.replace(REMOVED, '').normalize('NFKC'))
    .normalize('NFKC')
    .replace(/ё/g, 'е')
    .replace(REMOVED, '')
    .replace(SEPARATORS, ' ')
    .trim();

/** The name's words after normalisation, in their written order (duplicates kept). */
export const nameTokens = (fullName: string): string[] => {
  const n = normaliseName(fullName);
  return n === '' ? [] : n.split(' ');
};
