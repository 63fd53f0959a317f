import {
  getVocabulary,
  nameMatchKeys,
  nameTokens,
  normaliseLabel,
  termLabel,
  VOCAB_LOCALES,
  type VocabTerm,
  type VocabularyId,
} from '@vigil/core';

/** One choice of a picker: a code, its label in the user's language, and where it sits. */
export interface PickerOption {
  readonly value: string;
  readonly label: string;
  /** Depth in a hierarchical list (indentation when nothing is typed). */
  readonly level: number;
  /** The broader term's label, to tell apart terms with the same label. */
  readonly context?: string;
  /** Retired terms stay readable on old records but are not offered for new values. */
  readonly retired: boolean;
  /** Texts the option is found by, normalised: labels in every language, aliases, the code. */
  readonly search: {
    readonly own: string;
    readonly others: readonly string[];
    readonly code: string;
    /**
     * People: every word of every name folded as name lookup folds it (`nameMatchKeys`), so
     * "Shevch" finds "Шевченко" and "Юлия" finds "Iuliia".
     */
    readonly folded?: readonly string[];
  };
}

/** The folded readings of each word typed (each word may read several ways). */
const foldedQuery = (query: string): string[][] =>
  nameTokens(query).map((word) => nameMatchKeys(word));

/** True when every typed word starts some folded name word, in one of its readings. */
const foldedMatch = (folded: readonly string[], query: readonly string[][]): boolean =>
  query.length > 0 &&
  query.every((readings) => readings.some((r) => folded.some((w) => w.startsWith(r))));

/** The options of a vocabulary field in a locale, in list order (part of a list if `terms`). */
export const vocabOptions = (
  list: VocabularyId,
  locale: string,
  terms?: readonly string[],
): PickerOption[] => {
  const vocab = getVocabulary(list);
  if (vocab === undefined) return [];
  const byCode = new Map(vocab.terms.map((t) => [t.code, t]));
  const allowed = terms === undefined ? undefined : new Set(terms);
  return vocab.terms
    .filter((t) => allowed === undefined || allowed.has(t.code))
    .map((t) => termOption(t, locale, byCode));
};

const termOption = (
  term: VocabTerm,
  locale: string,
  byCode: ReadonlyMap<string, VocabTerm>,
): PickerOption => {
  const label = termLabel(term, locale);
  const parent = term.parent === undefined ? undefined : byCode.get(term.parent);
  return {
    value: term.code,
    label,
    level: term.level,
    ...(parent === undefined ? {} : { context: termLabel(parent, locale) }),
    retired: term.retired === true,
    search: {
      own: normaliseLabel(label),
      others: [
        ...VOCAB_LOCALES.map((l) => normaliseLabel(term.labels[l])),
        ...(term.aliases ?? []).map(normaliseLabel),
      ],
      code: term.code.toLowerCase(),
    },
  };
};

/** How well a normalised text matches a normalised query: lower is better, undefined is no match. */
const textRank = (text: string, query: string): number | undefined => {
  if (text === query) return 0;
  if (text.startsWith(query)) return 1;
  if (text.split(' ').some((word) => word.startsWith(query))) return 2;
  if (text.includes(query)) return 3;
  return undefined;
};

/**
 * The options a query finds, best first: the code typed exactly, then labels in the user's
 * language (whole label, start, start of a word, anywhere), then labels in the other languages
 * and aliases, then (people) names in another script or spelling, then codes starting with it. Ties keep list order; retired terms are left
 * out. Every word of the query must match somewhere in the same text.
 */
export const rankOptions = (options: readonly PickerOption[], query: string): PickerOption[] => {
  const active = options.filter((o) => !o.retired);
  const q = normaliseLabel(query);
  if (q === '') return active;
  const words = q.split(' ');
  const rankIn = (text: string): number | undefined => {
    if (words.length === 1) return textRank(text, q);
    const whole = textRank(text, q);
    if (whole !== undefined) return whole;
    const ranks = words.map((w) => textRank(text, w));
    return ranks.every((r) => r !== undefined) ? 3 : undefined;
  };
  const folds = active.some((o) => o.search.folded !== undefined) ? foldedQuery(query) : [];
  const scored: { option: PickerOption; score: number; index: number }[] = [];
  active.forEach((option, index) => {
    const code = query.trim().toLowerCase();
    let score: number | undefined;
    if (option.search.code === code) score = 0;
    else {
      const own = rankIn(option.search.own);
      if (own !== undefined) score = 1 + own;
      else {
        const others = option.search.others.map(rankIn).filter((r): r is number => r !== undefined);
        if (others.length > 0) score = 5 + Math.min(...others);
        else if (option.search.folded !== undefined && foldedMatch(option.search.folded, folds)) {
          score = 8;
        } else if (option.search.code.startsWith(code)) score = 9;
      }
    }
    if (score !== undefined) scored.push({ option, score, index });
  });
  return scored.sort((a, b) => a.score - b.score || a.index - b.index).map((s) => s.option);
};
