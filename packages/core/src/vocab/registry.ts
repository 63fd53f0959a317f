import { z } from 'zod';
import { rawVocabularies } from './data';
import { VOCABULARY_IDS } from './ids';
import { normaliseLabel } from './normalise';
import {
  VOCAB_LOCALES,
  vocabularySchema,
  type VocabLocale,
  type VocabMeta,
  type VocabTerm,
  type Vocabulary,
} from './schema';

/** Every shipped vocabulary, validated once when this module loads (a bad file fails loudly). */
const vocabularies: readonly Vocabulary[] = rawVocabularies.map((raw, i) => {
  const parsed = vocabularySchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`vocabulary #${i} is invalid: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
});
const byId = new Map(vocabularies.map((v) => [v.id, v]));
if (byId.size !== vocabularies.length) throw new Error('two vocabularies share an id');
if (vocabularies.some((v, i) => v.id !== VOCABULARY_IDS[i])) {
  throw new Error('VOCABULARY_IDS (vocab/ids.ts) does not list the shipped vocabularies in order');
}

/** A vocabulary's metadata with its size. */
export interface VocabSummary extends VocabMeta {
  readonly size: number;
  readonly retired: number;
}

const summaryOf = (v: Vocabulary): VocabSummary => ({
  id: v.id,
  namespace: v.namespace,
  version: v.version,
  huridocs: v.huridocs,
  name: v.name,
  size: v.terms.length,
  retired: v.terms.filter((t) => t.retired === true).length,
});

/** All vocabularies with versions and sizes. */
export const listVocabularies = (): VocabSummary[] => vocabularies.map(summaryOf);

/** One vocabulary with all its terms (retired ones included), or undefined. */
export const getVocabulary = (id: string): Vocabulary | undefined => byId.get(id);

/** The term with this code in this list, retired or not; undefined if there is none. */
export const resolveTerm = (listId: string, code: string): VocabTerm | undefined =>
  byId.get(listId)?.terms.find((t) => t.code === code);

/** The term's own replacement chain end: itself when active, else what replaced it (if any). */
export const currentTerm = (listId: string, code: string): VocabTerm | undefined => {
  let term = resolveTerm(listId, code);
  const seen = new Set<string>();
  while (term?.retired === true && term.replacedBy !== undefined && !seen.has(term.code)) {
    seen.add(term.code);
    term = resolveTerm(listId, term.replacedBy);
  }
  return term;
};

/**
 * The locale to label in: "ru", "ru-RU" and "RU" give ru; anything that is not en, ru or uk
 * (or nothing) gives en.
 */
export const vocabLocaleOf = (locale: string | undefined): VocabLocale => {
  const primary = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (VOCAB_LOCALES as readonly string[]).includes(primary ?? '')
    ? (primary as VocabLocale)
    : 'en';
};

/** A term's label in a locale, falling back to English. */
export const termLabel = (term: VocabTerm, locale?: string): string => {
  const label = term.labels[vocabLocaleOf(locale)];
  return label.trim() === '' ? term.labels.en : label;
};

/** How an input matched: by code, by a label in one language, or by an alias. */
export type VocabMatchVia = 'code' | VocabLocale | 'alias';

/** The answer of `matchTerm`. An ambiguous input is never guessed. */
export type VocabMatch =
  | { readonly status: 'matched'; readonly term: VocabTerm; readonly via: VocabMatchVia }
  | { readonly status: 'ambiguous'; readonly terms: readonly VocabTerm[] }
  | { readonly status: 'unmatched' };

interface LabelIndex {
  readonly codes: Map<string, VocabTerm>;
  readonly labels: Map<string, Map<string, { term: VocabTerm; via: VocabMatchVia }>>;
}

const indexes = new Map<string, LabelIndex>();

const indexOf = (v: Vocabulary): LabelIndex => {
  const cached = indexes.get(v.id);
  if (cached) return cached;
  const codes = new Map(v.terms.map((t) => [t.code, t]));
  const labels = new Map<string, Map<string, { term: VocabTerm; via: VocabMatchVia }>>();
  const add = (text: string, term: VocabTerm, via: VocabMatchVia) => {
    const key = normaliseLabel(text);
    if (key === '') return;
    const entry = labels.get(key) ?? new Map<string, { term: VocabTerm; via: VocabMatchVia }>();
    if (!entry.has(term.code)) entry.set(term.code, { term, via });
    labels.set(key, entry);
  };
  for (const term of v.terms) {
    for (const locale of VOCAB_LOCALES) add(term.labels[locale], term, locale);
    for (const alias of term.aliases ?? []) add(alias, term, 'alias');
  }
  const index = { codes, labels };
  indexes.set(v.id, index);
  return index;
};

/**
 * Finds the term an input names in one list: its code (exactly, ignoring case and outer spaces;
 * a `vigil:` prefix is allowed), or a label in English, Russian or Ukrainian, or an alias —
 * compared case- and diacritics-insensitively with ё/е folded (`normaliseLabel`). Retired terms
 * match too; the caller decides whether to use `replacedBy`. Used by CSV import.
 */
export const matchTerm = (listId: string, input: string): VocabMatch => {
  const v = byId.get(listId);
  if (!v) return { status: 'unmatched' };
  const index = indexOf(v);
  const asCode = input
    .trim()
    .toLowerCase()
    .replace(/^vigil:/, '');
  const byCode = index.codes.get(asCode);
  if (byCode) return { status: 'matched', term: byCode, via: 'code' };
  const found = index.labels.get(normaliseLabel(input));
  if (!found || found.size === 0) return { status: 'unmatched' };
  const hits = [...found.values()];
  const [first] = hits;
  if (hits.length === 1 && first) return { status: 'matched', term: first.term, via: first.via };
  return { status: 'ambiguous', terms: hits.map((h) => h.term) };
};
