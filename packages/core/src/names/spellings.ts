import { latinFold } from './fold';
import { isCyrillic, normaliseName } from './normalise';
import { systems, transliterate, type TranslitSystem } from './systems';

/** A system's output for one Cyrillic word, folded; an `x` there can only stand for х. */
const foldSystemOutput = (latin: string): string =>
  latinFold(normaliseName(latin).replace(/ /g, '').replace(/x/g, 'kh'));

/** Runs a system on a word prepared as its defects require (see TranslitSystem.matchInput). */
const runForMatching = (word: string, sys: TranslitSystem): string => {
  if (sys.matchInput === 'upper') return transliterate(word.toUpperCase(), sys.id);
  const title = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  return transliterate(
    sys.matchInput === 'title-и-as-і' ? title.replace(/и/g, 'і').replace(/И/g, 'І') : title,
    sys.id,
  );
};

/** Per system, the fold of this Cyrillic word (outputs that still hold Cyrillic are dropped). */
export const cyrillicReadings = (word: string): (string | undefined)[] =>
  systems.map((sys) => {
    const out = runForMatching(word, sys);
    return isCyrillic(out) ? undefined : foldSystemOutput(out);
  });

/** The counted strings, most counted first, ties in code-unit order. */
export const byCountThenText = (counts: ReadonlyMap<string, number>): string[] =>
  [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k]) => k);

/**
 * Spellings of one name word for record linkage: a Cyrillic word transliterated by every
 * Russian, Ukrainian and Belarusian system, each reading folded (most common first; the word
 * itself when no system reads it); a Latin word folded, with both readings of an `x` (as
 * written and as х). Plain data, no I/O: runs in the CLI and in a browser worker alike.
 */
export const nameWordSpellings = (word: string): string[] => {
  if (!isCyrillic(word))
    return [...new Set([latinFold(word), latinFold(word.replace(/x/g, 'kh'))])];
  const counts = new Map<string, number>();
  for (const fold of cyrillicReadings(word))
    if (fold !== undefined && fold !== '') counts.set(fold, (counts.get(fold) ?? 0) + 1);
  const out = byCountThenText(counts);
  return out.length === 0 ? [word] : out;
};

/**
 * {@link nameWordSpellings} with a cache per word (a linkage run asks for the same words many
 * times). Its type is the `nameVariants` option that analytics' `linkRecords` takes.
 */
export const cachedNameWordSpellings = (): ((word: string) => readonly string[]) => {
  const cache = new Map<string, readonly string[]>();
  return (word) => {
    const hit = cache.get(word);
    if (hit !== undefined) return hit;
    const out = nameWordSpellings(word);
    cache.set(word, out);
    return out;
  };
};
