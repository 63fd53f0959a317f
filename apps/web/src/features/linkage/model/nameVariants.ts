// Spellings of a name word for the linkage, from core's transliteration systems. Core's tables
// are plain TypeScript with no I/O, so they run in the browser (in the linkage worker) as they
// do in the CLI. The same rule as the CLI's `coreNameVariants` (apps/cli/src/commands/link/
// variants.ts), kept in step by the test next to this file: an app may not import another app.
import type { NameVariants } from '@vigil/analytics';
import { latinFold, normaliseName, transliterate, translitSystems } from '@vigil/core';

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** How core's name matching feeds a word to a system (see TranslitSystem.matchInput). */
const inputFor = (
  word: string,
  matchInput: (typeof translitSystems)[number]['matchInput'],
): string => {
  if (matchInput === 'upper') return word.toUpperCase();
  const title = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  return matchInput === 'title-и-as-і' ? title.replace(/и/g, 'і').replace(/И/g, 'І') : title;
};

/** A system's output, folded as core folds a Latin reading of a Cyrillic word (x is х there). */
const foldOutput = (latin: string): string =>
  latinFold(normaliseName(latin).replace(/ /g, '').replace(/x/g, 'kh'));

/**
 * Spellings of a name word: a Cyrillic word transliterated by every Russian, Ukrainian and
 * Belarusian system, each reading folded (most common first); a Latin word folded, with both
 * readings of an `x`. Cached per word.
 */
export const browserNameVariants = (): NameVariants => {
  const cache = new Map<string, readonly string[]>();
  return (word) => {
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    let out: string[];
    if (!CYRILLIC.test(word)) {
      out = [...new Set([latinFold(word), latinFold(word.replace(/x/g, 'kh'))])];
    } else {
      const counts = new Map<string, number>();
      for (const sys of translitSystems) {
        const latin = transliterate(inputFor(word, sys.matchInput), sys.id);
        if (CYRILLIC.test(latin)) continue;
        const fold = foldOutput(latin);
        if (fold !== '') counts.set(fold, (counts.get(fold) ?? 0) + 1);
      }
      out = [...counts.entries()]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([f]) => f);
      if (out.length === 0) out = [word];
    }
    cache.set(word, out);
    return out;
  };
};
