/**
 * Coarse "phonetic" folding of one Latin name word, so that the spellings that different
 * transliteration systems (and people) give one Cyrillic word fold to the same string.
 *
 * 1. Diacritics: š č ž → sh ch zh; ŝ → shch; û â ê → iu ia ie (ISO 9 / GOST 7.79 for ю я є);
 *    every other mark is dropped (ë→e, ǐ/ĭ→i, ï→i, ė→e, tie bars, …). Signs and apostrophes
 *    are already removed by normalisation.
 * 2. Consonant groups to one symbol each, longest first: shch/shh/sch/sc̆ → "W" (щ);
 *    tch/ch → "C" (ч); sh → "S" (ш); zh → "Z" (ж); kh, h, g → "H" (х, and Г, which Ukrainian
 *    systems write h and Russian ones g); ts/tz/cz/c → "T" (ц); w → v.
 * 3. y, i, j → i (и/й/ы/і and the y/i/j of ya/yu/ye: ya/ia/ja → ia, yu/iu/ju → iu);
 *    then "ie" → "e" (Russian е after a vowel and Ukrainian є: Yelena/Elena, Andreyev/Andreev)
 *    and "io" → "e" (ё written yo/io once ё is folded to е: Fyodor/Fedor).
 * 4. Doubled letters collapse (Nataliia/Natalia, Anna/Ana, -iy/-ii/-y → -i).
 *
 * `x` is ambiguous: in Latin names it stands for кс far more often than for х (Maxim,
 * Alexei), so {@link latinFoldVariants} gives both readings.
 */

const DIACRITIC_DIGRAPHS: Record<string, string> = {
  's\u030C': 'sh',
  'c\u030C': 'ch',
  'z\u030C': 'zh',
  's\u0302': 'shch',
  'u\u0302': 'iu',
  'a\u0302': 'ia',
  'e\u0302': 'ie',
};

const stripDiacritics = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/([a-z])([\u030C\u0302])/g, (m: string) => DIACRITIC_DIGRAPHS[m] ?? m.charAt(0))
    .replace(/\p{M}/gu, '')
    .normalize('NFC');

const GROUPS: [RegExp, string][] = [
  [/shch|shtch|shh|sch/g, 'W'],
  [/tch|ch/g, 'C'],
  [/sh/g, 'S'],
  [/zh/g, 'Z'],
  [/kh|h|g/g, 'H'],
  [/ts|tz|cz|c/g, 'T'],
  [/w/g, 'v'],
  [/[yj]/g, 'i'],
  [/ie/g, 'e'],
  [/io/g, 'e'],
];

/** Folds one normalised (lower-case) Latin word. */
export const latinFold = (word: string): string => {
  let s = stripDiacritics(word);
  for (const [re, to] of GROUPS) s = s.replace(re, to);
  return s.replace(/(.)\1+/gu, '$1');
};

/** The folds of a Latin word: one, or two when it has an `x` (read as кс and as х). */
export const latinFoldVariants = (word: string): string[] => {
  if (!word.includes('x')) return [latinFold(word)];
  const ks = latinFold(word.replace(/x/g, 'ks'));
  const kh = latinFold(word.replace(/x/g, 'kh'));
  return ks === kh ? [ks] : [ks, kh];
};
