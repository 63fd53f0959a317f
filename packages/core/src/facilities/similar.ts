import { latinFold } from '../names/fold';
import { isCyrillic, nameTokens } from '../names/normalise';
import { transliterate } from '../names/systems';
import type { FacilityInput } from './schema';

/**
 * Which facilities of the register may be the one being added: the same type and region and a
 * similar name in any language or script. "ИК-6 Мелехово" and "IK-6 Melekhovo" are one place;
 * IK-6 and IK-7 of one region are two, however alike their names: when both names carry numbers
 * and none is shared, they are not duplicates.
 */

/** Words that name the kind of place rather than the place; they say nothing about identity. */
const GENERIC = new Set(
  [
    'ik',
    'fku',
    'fkuz',
    'ufsin',
    'rossii',
    'po',
    'oblasti',
    'kraiu',
    'respublike',
    'no',
    'n',
    'sizo',
    'ivs',
    'lik',
    'liu',
    'vk',
    'kp',
    'tiurma',
    'ispravitelnaia',
    'kolonia',
    'kolonija',
    'penal',
    'colony',
    'prison',
    'pretrial',
    'pre',
    'trial',
    'detention',
    'centre',
    'center',
    'facility',
    'of',
    'the',
    'in',
    'for',
    'isolator',
    'sledstvenni',
    'izoliator',
    'vipravna',
    'kolonii',
    'slidchii',
    'izoliator',
    'fsb',
    'fsin',
    'mvd',
    'oblast',
    'region',
    'republic',
  ].map((w) => latinFold(w)),
);

/** A word in one comparable form: Cyrillic transliterated, then folded (see names/fold.ts). */
const foldWord = (word: string): string =>
  latinFold(isCyrillic(word) ? transliterate(word, 'iuliia:wikipedia').toLowerCase() : word);

interface NameKey {
  readonly numbers: ReadonlySet<string>;
  readonly words: ReadonlySet<string>;
}

const keyOf = (name: string): NameKey => {
  const numbers = new Set<string>();
  const words = new Set<string>();
  // Split digits from letters so that "ИК-6", "IK6" and "IK No. 6" all give the number 6.
  for (const token of nameTokens(name.replace(/(\d+)/g, ' $1 '))) {
    if (/^\d+$/.test(token)) numbers.add(String(Number(token)));
    else {
      const folded = foldWord(token);
      if (folded !== '' && !GENERIC.has(folded)) words.add(folded);
    }
  }
  return { numbers, words };
};

const jaccard = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  return shared / (a.size + b.size - shared);
};

/** How alike two names are, 0–1; 0 whenever both carry numbers and share none. */
export const nameSimilarity = (a: string, b: string): number => {
  const ka = keyOf(a);
  const kb = keyOf(b);
  if (ka.numbers.size > 0 && kb.numbers.size > 0) {
    const sharesNumber = [...ka.numbers].some((n) => kb.numbers.has(n));
    if (!sharesNumber) return 0;
    // Same number, same type and region: the place words only have to agree when both have some.
    if (ka.words.size === 0 || kb.words.size === 0) return 1;
    return Math.max(0.5, jaccard(ka.words, kb.words));
  }
  return jaccard(ka.words, kb.words);
};

/** Names at least this alike (with the same type and region) are offered as a possible duplicate. */
export const DUPLICATE_THRESHOLD = 0.5;

type Comparable = Pick<FacilityInput, 'names' | 'aliases' | 'type' | 'region'>;

const allNames = (f: Comparable): string[] =>
  [f.names.ru, f.names.en, f.names.uk, ...f.aliases].filter((n): n is string => n !== undefined);

/** The best name similarity between two facilities, or 0 when type or region differ. */
export const facilitySimilarity = (a: Comparable, b: Comparable): number => {
  if (a.type !== b.type || a.region !== b.region) return 0;
  let best = 0;
  for (const x of allNames(a))
    for (const y of allNames(b)) best = Math.max(best, nameSimilarity(x, y));
  return best;
};

/** Facilities among `existing` that may duplicate `candidate`, most alike first. */
export const possibleDuplicates = <T extends Comparable>(
  candidate: Comparable,
  existing: readonly T[],
): { facility: T; similarity: number }[] =>
  existing
    .map((facility) => ({ facility, similarity: facilitySimilarity(candidate, facility) }))
    .filter((d) => d.similarity >= DUPLICATE_THRESHOLD)
    .sort((a, b) => b.similarity - a.similarity);
