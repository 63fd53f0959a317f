import { latinFold, nameTokens, transliterate } from '@vigil/core';

/**
 * Text search over facility names and aliases that ignores script and spelling: "ИК-6",
 * "IK-6" and "ik 6 melekhovo" find the same colony. Every word is normalised (case, ё, dashes),
 * Cyrillic is transliterated, then folded as the name matcher of @vigil/core folds Latin words,
 * so "Мелехово" and "Melekhovo" meet.
 */

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** One word in its comparable form. */
const foldWord = (word: string): string =>
  latinFold(CYRILLIC.test(word) ? transliterate(word, 'iuliia:wikipedia').toLowerCase() : word);

/** Every word of a text, split from its numbers ("ИК6" → "ик", "6") and folded. */
export const searchWords = (text: string): string[] =>
  nameTokens(text.replace(/(\d+)/g, ' $1 ')).map((w) => (/^\d+$/.test(w) ? w : foldWord(w)));

/** The words a facility can be found by; build once per facility, then match many times. */
export const searchKey = (names: readonly string[]): readonly string[] =>
  names.flatMap(searchWords);

/** True when every word of the query starts one of the key's words (so typing narrows). */
export const matchesQuery = (key: readonly string[], query: string): boolean => {
  const words = searchWords(query);
  return words.every((q) => key.some((w) => w.startsWith(q)));
};
