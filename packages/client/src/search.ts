import {
  fieldsOf,
  latinFold,
  nameMatchKeys,
  normaliseName,
  transliterate,
  type RecordKind,
  type VaultId,
} from '@vigil/core';
import { blindIndex } from '@vigil/crypto';
import type { ClientContext } from './context';
import { ApiError, ClientErrorCode } from './errors';
import { openStoredRecord, type RecordView, type RecordViewOf } from './records';
import { currentKeyFor } from './vault-keys';

/** The server takes at most this many blind indexes per lookup. */
const MAX_LOOKUP_INDEXES = 64;
/** Person fields a name lookup matches against, once opened. */
const NAME_FIELDS = ['names', 'namesAsWritten', 'aliases'] as const;

/** One person found by name, with how well the name matched (0 to 1, 1 = every key). */
export interface PersonMatch {
  readonly record: RecordViewOf<'person'>;
  readonly score: number;
}

/** The match keys of every name, written form and alias of an opened person. */
const keysOfPerson = (data: Readonly<Record<string, unknown>>): Set<string> => {
  const keys = new Set<string>();
  for (const field of NAME_FIELDS) {
    const values = data[field];
    if (!Array.isArray(values)) continue;
    for (const v of values)
      if (typeof v === 'string') for (const k of nameMatchKeys(v)) keys.add(k);
  }
  return keys;
};

/**
 * People of the vault whose name matches `name`, in Cyrillic or any Latin transliteration and in
 * any word order. The name's match keys become blind indexes (the server never sees the name);
 * each person found is opened and kept only if one of its names really shares a key with the
 * query (a blind index is a truncated hash: collisions are possible), best first.
 */
export const findPeople = async (
  ctx: ClientContext,
  vaultId: VaultId,
  name: string,
  options: { limit?: number } = {},
): Promise<PersonMatch[]> => {
  ctx.keys.userKeys();
  const queryKeys = nameMatchKeys(name).slice(0, MAX_LOOKUP_INDEXES);
  if (queryKeys.length === 0) return [];
  const key = await currentKeyFor(
    ctx,
    await ctx.transport.call('vaultGet', { params: { vaultId } }),
  );
  const indexes = [
    ...new Set(await Promise.all(queryKeys.map((k) => blindIndex(key, vaultId, k)))),
  ];
  const limit = options.limit ?? 20;
  const answer = await ctx.transport.call('recordNameLookup', {
    params: { vaultId },
    body: { indexes, limit: Math.min(200, limit * 2) },
  });
  const found: { match: PersonMatch; rank: number }[] = [];
  for (const [rank, { record: stored }] of answer.matches.entries()) {
    if (stored.kind !== 'person') {
      throw new ApiError(
        0,
        ClientErrorCode.badServerResponse,
        'The server found a non-person by name.',
      );
    }
    const record = (await openStoredRecord(ctx, { vaultId }, stored)) as RecordViewOf<'person'>;
    const personKeys = keysOfPerson(record.data as Readonly<Record<string, unknown>>);
    const shared = queryKeys.filter((k) => personKeys.has(k)).length;
    if (shared === 0) continue;
    found.push({ match: { record, score: shared / queryKeys.length }, rank });
  }
  return found
    .sort((a, b) => b.match.score - a.match.score || a.rank - b.rank)
    .slice(0, limit)
    .map((f) => f.match);
};

const STROKED: Readonly<Record<string, string>> = { ł: 'l', đ: 'd', ø: 'o', ħ: 'h' };

/** NFKC, full case folding, diacritics stripped, whitespace collapsed. */
const foldText = (text: string): string =>
  text
    .normalize('NFKC')
    .toUpperCase()
    .toLowerCase()
    .replace(/ё/g, 'е')
    .normalize('NFD')
    // Combining marks, except the breve and diaeresis that make й and ї distinct letters.
    .replace(/(?![\u0306\u0308])\p{M}/gu, '')
    .normalize('NFC')
    // Latin letters with a stroke do not decompose.
    .replace(/[łđøħ]/g, (c) => STROKED[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();

const CYRILLIC = /\p{Script=Cyrillic}/u;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * A word's script-independent reading, as the name matching folds it: Cyrillic transliterated
 * (Russian system, Ukrainian for words only Ukrainian writes), then the coarse Latin fold.
 */
const readingOf = (word: string, cache: Map<string, string>): string => {
  const known = cache.get(word);
  if (known !== undefined) return known;
  let latin = word;
  if (CYRILLIC.test(word)) {
    latin = transliterate(word, 'iuliia:wikipedia');
    if (CYRILLIC.test(latin)) latin = transliterate(word, 'interscript:ua-ukr-Cyrl-Latn-2010');
    latin = normaliseName(latin).replace(/ /g, '').replace(/x/g, 'kh');
  }
  const reading = CYRILLIC.test(latin) ? latin : latinFold(normaliseName(latin).replace(/ /g, ''));
  cache.set(word, reading);
  return reading;
};

/** The sealed text fields of each kind, from the field tables. */
const textFields = new Map<RecordKind, string[]>();
const textFieldsOf = (kind: RecordKind): string[] => {
  let fields = textFields.get(kind);
  if (fields === undefined) {
    fields = fieldsOf(kind)
      .filter(([, spec]) => spec.type === 'text' && spec.class === 'sealed')
      .map(([name]) => name);
    textFields.set(kind, fields);
  }
  return fields;
};

/** Every sealed text value of an opened record, joined. */
const sealedTextOf = (view: RecordView): string => {
  const data = view.data as Readonly<Record<string, unknown>>;
  const parts: string[] = [];
  for (const field of textFieldsOf(view.kind)) {
    const value = data[field];
    if (typeof value === 'string') parts.push(value);
    if (Array.isArray(value)) for (const v of value) if (typeof v === 'string') parts.push(v);
  }
  return parts.join('\n');
};

/**
 * Free-text search over opened records, on the client (the server cannot read sealed text).
 * Every word of the query must occur in some sealed text field of the record: as written
 * (NFKC, case and diacritics folded, any part of a word), or, across Cyrillic and Latin, as the
 * beginning of a word read the way name matching reads it ("Шевченко" finds "Shevchenko").
 * Keeps the order of `views`; an empty query keeps them all.
 */
export const searchRecordText = <R extends RecordView>(views: readonly R[], query: string): R[] => {
  const words = foldText(query).match(WORD) ?? [];
  if (words.length === 0) return [...views];
  const cache = new Map<string, string>();
  const wanted = words.map((w) => ({ plain: w, reading: readingOf(w, cache) }));
  return views.filter((view) => {
    const text = foldText(sealedTextOf(view));
    if (text === '') return false;
    let readings: string[] | undefined;
    return wanted.every((w) => {
      if (text.includes(w.plain)) return true;
      readings ??= (text.match(WORD) ?? []).map((t) => readingOf(t, cache));
      return readings.some((r) => r.startsWith(w.reading));
    });
  });
};
