import type {
  NameDictionary,
  PreparedColumn,
  PreparedData,
  PreparedDate,
  PreparedName,
  PreparedText,
} from './prepare';
import { PairCache } from './intern';
import { damerauLevenshteinWithin, jaroWinkler } from './strings';
import type { ComparisonSpec } from './types';

// Levels of a comparison: 0 is "missing" (one side has no value: no evidence either way), then
// the levels from the strongest agreement to "different", which is always last. A pair is at the
// first level whose condition holds.

const DEFAULT_TEXT_LEVENSHTEIN = [1];
const DEFAULT_TEXT_JARO_WINKLER = [0.9, 0.8];
const DEFAULT_NAME_JARO_WINKLER = [0.92, 0.8];

/** The level that holds no evidence: a value is missing on either side. */
export const MISSING_LEVEL = 0;

/** The labels of a comparison's levels, index = level. */
export const levelLabels = (spec: ComparisonSpec): string[] => {
  switch (spec.kind) {
    case 'exact':
      return ['missing', 'exact', 'different'];
    case 'text':
      return [
        'missing',
        'exact',
        ...(spec.levenshtein ?? DEFAULT_TEXT_LEVENSHTEIN).map((k) => `edit distance <= ${k}`),
        ...(spec.jaroWinkler ?? DEFAULT_TEXT_JARO_WINKLER).map((t) => `Jaro-Winkler >= ${t}`),
        'different',
      ];
    case 'name':
      return [
        'missing',
        'exact',
        'same words, other order',
        'same name, other transliteration',
        ...(spec.swapWith === undefined ? [] : [`swapped with ${spec.swapWith}`]),
        'words missing on one side',
        ...(spec.jaroWinkler ?? DEFAULT_NAME_JARO_WINKLER).map(
          (t) => `folded Jaro-Winkler >= ${t}`,
        ),
        'different',
      ];
    case 'date':
      return [
        'missing',
        'exact',
        'day and month transposed',
        'one typo',
        'partial date agrees',
        'same year',
        ...(spec.years ?? []).map((y) => `within ${y} year${y === 1 ? '' : 's'}`),
        'different',
      ];
  }
};

/** Levels whose weight is adjusted by the rarity of the shared value (term frequency). */
export const termFrequencyLevels = (spec: ComparisonSpec): number[] => {
  if (spec.kind === 'name') return spec.termFrequency === false ? [] : [1, 3];
  if (spec.kind === 'exact' || spec.kind === 'text') return spec.termFrequency === true ? [1] : [];
  return [];
};

/** Gives the level of records i and j for one comparison. */
export type Comparer = (i: number, j: number) => number;

/** Levels of value pairs are remembered in a full table when the dictionary is this small. */
const TABLE_VALUES = 2048;

/** The first band (index into descending `bands`) that similarity s reaches, or `bands.length`. */
const bandOf = (s: number, bands: readonly number[]): number => {
  for (let k = 0; k < bands.length; k += 1) if (s >= (bands[k] as number)) return k;
  return bands.length;
};

/**
 * Wraps a symmetric level function of two distinct value ids with a memory: a full table for
 * small dictionaries, else a fixed-size cache (blocks compare the same common values often).
 */
const cached = (
  size: number,
  level: (a: number, b: number) => number,
): ((a: number, b: number) => number) => {
  if (size <= TABLE_VALUES) {
    const table = new Int8Array(size * size).fill(-1);
    return (a, b) => {
      const at = a * size + b;
      let l = table[at] as number;
      if (l < 0) {
        l = level(a, b);
        table[at] = l;
        table[b * size + a] = l;
      }
      return l;
    };
  }
  const cache = new PairCache();
  return (a, b) => {
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    let l = cache.get(lo, hi, size);
    if (l < 0) {
      l = level(lo, hi);
      cache.set(lo, hi, size, l);
    }
    return l;
  };
};

const textComparer = (spec: ComparisonSpec, col: PreparedText): Comparer => {
  const { values, dict } = col;
  if (spec.kind === 'exact') {
    return (i, j) => {
      const a = values[i] ?? -1;
      const b = values[j] ?? -1;
      return a < 0 || b < 0 ? 0 : a === b ? 1 : 2;
    };
  }
  const lev = spec.kind === 'text' ? (spec.levenshtein ?? DEFAULT_TEXT_LEVENSHTEIN) : [];
  const jw = spec.kind === 'text' ? (spec.jaroWinkler ?? DEFAULT_TEXT_JARO_WINKLER) : [];
  const maxLev = lev.at(-1) ?? 0;
  const level = cached(dict.length, (a, b) => {
    const sa = dict[a] ?? '';
    const sb = dict[b] ?? '';
    if (maxLev > 0) {
      const d = damerauLevenshteinWithin(sa, sb, maxLev);
      for (let k = 0; k < lev.length; k += 1) if (d <= (lev[k] ?? 0)) return 2 + k;
    }
    if (jw.length === 0) return 2 + lev.length;
    return 2 + lev.length + bandOf(jaroWinkler(sa, sb), jw);
  });
  return (i, j) => {
    const a = values[i] ?? -1;
    const b = values[j] ?? -1;
    if (a < 0 || b < 0) return 0;
    if (a === b) return 1;
    return level(a, b);
  };
};

const dateComparer = (spec: ComparisonSpec, col: PreparedDate): Comparer => {
  const { values, digits, year, month, day } = col;
  const years = spec.kind === 'date' ? (spec.years ?? []) : [];
  const different = 6 + years.length;
  return (i, j) => {
    const a = values[i] ?? -1;
    const b = values[j] ?? -1;
    if (a < 0 || b < 0) return 0;
    const ya = year[a] ?? 0;
    const yb = year[b] ?? 0;
    const ma = month[a] ?? 0;
    const mb = month[b] ?? 0;
    const da = day[a] ?? 0;
    const db = day[b] ?? 0;
    const complete = ma !== 0 && mb !== 0 && da !== 0 && db !== 0;
    if (complete) {
      if (a === b) return 1;
      if (ya === yb && ma === db && da === mb) return 2;
      if (damerauLevenshteinWithin(digits[a] ?? '', digits[b] ?? '', 1) <= 1) return 3;
    } else if (ya === yb && (ma === 0 || mb === 0 || ma === mb)) {
      if (da === 0 || db === 0 || da === db) return 4;
    }
    if (ya === yb) return 5;
    const apart = Math.abs(ya - yb);
    for (let k = 0; k < years.length; k += 1) if (apart <= (years[k] ?? 0)) return 6 + k;
    return different;
  };
};

/** Whether two words share a spelling: their sorted spelling lists intersect. */
const sameWord = (names: NameDictionary, x: number, y: number): boolean => {
  if (x === y) return true;
  const s = names.wordSpellingStart;
  const w = names.wordSpellings;
  let p = s[x] ?? 0;
  const pe = s[x + 1] ?? 0;
  let q = s[y] ?? 0;
  const qe = s[y + 1] ?? 0;
  while (p < pe && q < qe) {
    const a = w[p] ?? 0;
    const b = w[q] ?? 0;
    if (a === b) return true;
    if (a < b) p += 1;
    else q += 1;
  }
  return false;
};

/**
 * Whether every word of the value with fewer words is the same word as a distinct word of the
 * other (greedy, words in written order); with `sameCount`, only when both have as many words.
 */
const wordsMatch = (names: NameDictionary, a: number, b: number, sameCount: boolean): boolean => {
  const st = names.valueWordStart;
  const words = names.valueWords;
  const na = (st[a + 1] as number) - (st[a] as number);
  const nb = (st[b + 1] as number) - (st[b] as number);
  if (sameCount && na !== nb) return false;
  if (na === 1 && nb === 1) {
    return sameWord(names, words[st[a] as number] as number, words[st[b] as number] as number);
  }
  // Walk the value with fewer words, looking for each in the other.
  const short = na <= nb ? a : b;
  const long = na <= nb ? b : a;
  const ls = st[long] as number;
  const le = st[long + 1] as number;
  if (le - ls > 30) return false;
  let used = 0;
  for (let p = st[short] as number; p < (st[short + 1] as number); p += 1) {
    const x = words[p] as number;
    let found = false;
    for (let q = ls; q < le; q += 1) {
      const bit = 1 << (q - ls);
      if ((used & bit) === 0 && sameWord(names, x, words[q] as number)) {
        used |= bit;
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
};

const nameComparer = (spec: ComparisonSpec, col: PreparedName, names: NameDictionary): Comparer => {
  const { values, swap } = col;
  const jw = spec.kind === 'name' ? (spec.jaroWinkler ?? DEFAULT_NAME_JARO_WINKLER) : [];
  const swapLevel = swap === null ? -1 : 4;
  const subsetLevel = swap === null ? 4 : 5;
  const { sortedWordsId, fold } = names;
  const wordCount = Int32Array.from(
    names.values,
    (_, v) => (names.valueWordStart[v + 1] as number) - (names.valueWordStart[v] as number),
  );
  // Levels that depend on the two values only (all but "swapped"), remembered per value pair.
  const level = cached(names.values.length, (a, b) => {
    if (sortedWordsId[a] === sortedWordsId[b]) return 2;
    if (wordsMatch(names, a, b, true)) return 3;
    if (wordCount[a] !== wordCount[b] && wordsMatch(names, a, b, false)) return subsetLevel;
    if (jw.length === 0) return subsetLevel + 1;
    return subsetLevel + 1 + bandOf(jaroWinkler(fold[a] ?? '', fold[b] ?? ''), jw);
  });
  return (i, j) => {
    const a = values[i] as number;
    const b = values[j] as number;
    if (a < 0 || b < 0) return 0;
    if (a === b) return 1;
    const l = level(a, b);
    if (swap === null || l <= 3) return l;
    // Swapped only when both crossings agree (or one side of a crossing is missing): one
    // crossing alone is the other comparison's evidence, and must not count twice.
    const sb = swap[j] as number;
    const sa = swap[i] as number;
    const crossA = sb >= 0 && (sb === a || wordsMatch(names, a, sb, true));
    const crossB = sa >= 0 && (sa === b || wordsMatch(names, sa, b, true));
    return (crossA && (crossB || sa < 0)) || (crossB && sb < 0) ? swapLevel : l;
  };
};

const comparerOf = (spec: ComparisonSpec, col: PreparedColumn, names: NameDictionary): Comparer => {
  if (col.kind === 'name') return nameComparer(spec, col, names);
  if (col.kind === 'date') return dateComparer(spec, col);
  return textComparer(spec, col);
};

/** One comparer per comparison of the prepared data, in order. */
export const comparersOf = (data: PreparedData): Comparer[] =>
  data.comparisons.map((spec, c) => {
    const col = data.columns[c];
    if (col === undefined) throw new Error('prepared data lacks a column');
    return comparerOf(spec, col, data.names);
  });
