import { latinFoldVariants } from './fold';
import { isCyrillic, nameTokens } from './normalise';
import { byCountThenText, cyrillicReadings } from './spellings';
import { systems } from './systems';

/**
 * Name match keys (see README.md): strings such that two spellings of one person's name, in
 * Cyrillic or in any Latin transliteration and in any word order, share at least one key.
 *
 * A key is the sorted list of folded words of a subset of the name's words, joined by spaces:
 * the whole name and, for names of three or more words, every pair of words (so "Тарас Григорович
 * Шевченко" meets "Taras Shevchenko"). Each Cyrillic word is transliterated by every system and
 * folded (fold.ts); a Latin word is folded directly. Keys come first from the readings that one
 * system gives the whole name (a name written by one system always meets its Cyrillic original),
 * most common first; then mixtures of the words' readings, until {@link MAX_KEYS}.
 */

export const MAX_KEYS = 64;
/** Words beyond this many (in sorted order) are not used: names are short, keys must be few. */
export const MAX_WORDS = 4;
/** Readings kept per word for the mixed keys. */
const MAX_READINGS = 4;

/** One reading of the whole name: a fold per word. */
type Reading = string[];

const keyOf = (folds: readonly string[]): string => [...folds].sort().join(' ');

/** Index subsets of the words that get a key: all of them, and every pair when there are 3+. */
const subsets = (n: number): number[][] => {
  const all = Array.from({ length: n }, (_, i) => i);
  if (n < 3) return [all];
  const pairs: number[][] = [];
  for (let i = 0; i < n; i += 1) for (let j = i + 1; j < n; j += 1) pairs.push([i, j]);
  return [all, ...pairs];
};

export const nameMatchKeys = (fullName: string): string[] => {
  const words = [...new Set(nameTokens(fullName))].sort().slice(0, MAX_WORDS);
  if (words.length === 0) return [];

  // Whole-name readings: one per system for Cyrillic words, the Latin folds otherwise.
  const perWord = words.map((w) =>
    isCyrillic(w) ? cyrillicReadings(w) : systems.map(() => latinFoldVariants(w)[0]),
  );
  const readingCounts = new Map<string, number>();
  const readingOf = new Map<string, Reading>();
  systems.forEach((_, s) => {
    const reading = perWord.map((r) => r[s]);
    if (reading.some((f) => f === undefined || f === '')) return;
    const r = reading as Reading;
    const id = r.join('\u0000');
    readingCounts.set(id, (readingCounts.get(id) ?? 0) + 1);
    readingOf.set(id, r);
  });

  // Every reading of each word, most common first (plus the х reading of a Latin x).
  const wordReadings = words.map((w, i) => {
    const counts = new Map<string, number>();
    const list = isCyrillic(w) ? (perWord[i] ?? []) : latinFoldVariants(w);
    for (const f of list) if (f) counts.set(f, (counts.get(f) ?? 0) + 1);
    return byCountThenText(counts).slice(0, MAX_READINGS);
  });

  const keys = new Set<string>();
  const add = (k: string): void => {
    if (keys.size < MAX_KEYS && k !== '') keys.add(k);
  };
  const sets = subsets(words.length);
  for (const id of byCountThenText(readingCounts)) {
    const r = readingOf.get(id) ?? [];
    for (const set of sets) add(keyOf(set.map((i) => r[i] ?? '')));
  }
  // Mixtures, cheapest first: cost is the sum of the readings' ranks.
  const mixtures: { key: string; cost: number }[] = [];
  for (const set of sets) {
    let partial: { folds: string[]; cost: number }[] = [{ folds: [], cost: 0 }];
    for (const i of set) {
      const options = wordReadings[i] ?? [];
      partial = partial.flatMap((p) =>
        options.map((f, rank) => ({ folds: [...p.folds, f], cost: p.cost + rank })),
      );
    }
    for (const p of partial) mixtures.push({ key: keyOf(p.folds), cost: p.cost });
  }
  mixtures.sort((a, b) => a.cost - b.cost || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const m of mixtures) add(m.key);
  return [...keys];
};
