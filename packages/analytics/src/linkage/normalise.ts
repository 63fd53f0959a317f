// Normalisation of cells before comparison. Names follow the same rules as core's name match
// keys (packages/core/src/names/normalise.ts), restated here because analytics depends on no
// other package: NFKC, full case folding, ё→е, signs and apostrophes removed, separators to spaces.

/** A missing cell: absent, null, or blank after trimming. */
export const isMissing = (cell: string | null | undefined): cell is null | undefined | '' =>
  cell === null || cell === undefined || cell.trim() === '';

/** A text cell for exact and fuzzy comparison: NFKC, lower case, whitespace collapsed. */
export const normaliseText = (cell: string): string =>
  cell.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();

const REMOVED = /['’‘ʼʹʺ´`"”“·ˈ\u02BB\u02BD]/g;
const SEPARATORS = /[\s\-‐‑‒–—―.,;:/\\_()[\]{}]+/gu;

/** A name cell: NFKC, full case folding, ё→е, apostrophes and sign marks dropped, words split. */
export const normaliseName = (cell: string): string =>
  cell
    .replace(REMOVED, '')
    .normalize('NFKC')
    .toUpperCase()
    .toLowerCase()
    .normalize('NFKC')
    .replace(/ё/g, 'е')
    .replace(REMOVED, '')
    .replace(SEPARATORS, ' ')
    .trim();

/**
 * Spellings of one name word that a comparison treats as the same name: for a Cyrillic word, its
 * transliterations by every system, folded; for a Latin word, its fold. Deterministic; the first
 * spelling is the word's primary reading (used for fuzzy comparison and frequencies). The CLI
 * passes one built from core's transliteration tables; {@link basicNameVariants} is the fallback.
 */
export type NameVariants = (word: string) => readonly string[];

/** The fallback variants of a word: itself without diacritics (no transliteration tables). */
export const basicNameVariants: NameVariants = (word) => [
  word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC'),
];

/** The words of a name cell as linkage compares them (normalised; empty for a blank cell). */
export const nameWords = (cell: string | null | undefined): string[] => {
  if (isMissing(cell)) return [];
  const n = normaliseName(cell);
  return n === '' ? [] : n.split(' ');
};
