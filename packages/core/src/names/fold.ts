/**
 * Coarse "phonetic" folding of one Latin name word, so that the spellings that different
 * transliteration systems (and people) give one Cyrillic word fold to the same string.
 *
 * 1. Diacritics: š č ž → sh ch zh; ŝ → shch; û â ê → iu ia ie (ISO 9 / GOST 7.79 for ю я є);
 *    every other mark is dropped (ë→e, ǐ/ĭ→i, ï→i, ė→e, tie bars, …). Signs and apostrophes
 *    are already removed by normalisation.
 * 2. One left-to-right pass, longest group first, each Cyrillic sound to one lower-case letter
 *    that no other input letter can become: shch/shtch/shh/sch → w (щ); tch/ch → c (ч);
 *    sh → x (ш); zh → j (ж); kh, h, g → h (х, and Г, which Ukrainian systems write h and
 *    Russian ones g); ts/tz/cz/c → q (ц); y, j, i → i (и/й/ы/і and the y/i/j of ya/yu/ye, so
 *    ya/ia/ja → ia, yu/iu/ju → iu); w → v.
 * 3. "ie" → "e" (Russian е after a vowel and Ukrainian є: Yelena/Elena, Andreyev/Andreev) and
 *    "io" → "e" (ё written yo/io, once ё is folded to е: Fyodor/Fedor).
 * 4. Doubled letters collapse (Nataliia/Natalia, Anna/Ana, -iy/-ii/-y → -i).
 *
 * The result is lower-case ASCII, so the blind index's own normalisation leaves it unchanged.
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

const GROUP = /shtch|shch|shh|sch|tch|ch|sh|zh|kh|ts|tz|cz|[hgcyjw]/g;
const GROUP_TO: Record<string, string> = {
  shtch: 'w',
  shch: 'w',
  shh: 'w',
  sch: 'w',
  tch: 'c',
  ch: 'c',
  sh: 'x',
  zh: 'j',
  kh: 'h',
  h: 'h',
  g: 'h',
  ts: 'q',
  tz: 'q',
  cz: 'q',
  c: 'q',
  y: 'i',
  j: 'i',
  w: 'v',
};

/** Folds one normalised (lower-case) Latin word; an `x` in it is read as кс. */
export const latinFold = (word: string): string =>
  stripDiacritics(word)
    .replace(/x/g, 'ks')
    .replace(GROUP, (m) => GROUP_TO[m] ?? m)
    .replace(/ie/g, 'e')
    .replace(/io/g, 'e')
    .replace(/(.)\1+/gu, '$1');

/** The folds of a Latin word: one, or two when it has an `x` (read as кс and as х). */
export const latinFoldVariants = (word: string): string[] => {
  if (!word.includes('x')) return [latinFold(word)];
  const ks = latinFold(word.replace(/x/g, 'ks'));
  const kh = latinFold(word.replace(/x/g, 'kh'));
  return ks === kh ? [ks] : [ks, kh];
};
