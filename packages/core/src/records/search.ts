import type { VocabularyId } from '../vocab/ids';
import type { FieldSpec } from './field';
import { RECORD_KINDS, regionCodeSchema, type RecordKind } from './kinds';
import { fieldsOf } from './schema';

/**
 * What the server keeps next to each record so that coded filters are index lookups: the codes of
 * the filtered vocabularies and regions (`record_codes`) and every relation id (`record_links`).
 * Derived from the field tables, so a new field of one of these vocabularies is filterable at once.
 */
export type CodeFilter = 'region' | 'methods' | 'agencies' | 'groups';

/** The vocabulary each code filter draws on (region is an ISO 3166-2 code, not a vocabulary). */
export const CODE_FILTER_VOCABS = {
  methods: 'violence-methods',
  agencies: 'perpetrator-agencies',
  groups: 'groups-at-risk',
} as const satisfies Record<Exclude<CodeFilter, 'region'>, VocabularyId>;

const filterOfVocab = new Map<string, CodeFilter>(
  Object.entries(CODE_FILTER_VOCABS).map(([filter, vocab]) => [vocab, filter as CodeFilter]),
);

/** The code filter a field (or a group's part, `field.part`) feeds, if any. */
const filterOf = (spec: { vocab?: VocabularyId; value: unknown }): CodeFilter | undefined =>
  spec.value === regionCodeSchema
    ? 'region'
    : spec.vocab === undefined
      ? undefined
      : filterOfVocab.get(spec.vocab);

/** Every indexed code path of a kind (`methods`, `perpetrators.agency`…) with its filter. */
const codePathsOf = (
  kind: RecordKind,
): { path: string; name: string; part?: string; filter: CodeFilter }[] =>
  fieldsOf(kind).flatMap(([name, spec]: [string, FieldSpec]) => {
    if (spec.class !== 'coded') return [];
    if (spec.type === 'group') {
      return Object.entries(spec.parts ?? {}).flatMap(([part, p]) => {
        const filter = filterOf(p);
        return filter === undefined ? [] : [{ path: `${name}.${part}`, name, part, filter }];
      });
    }
    const filter = filterOf(spec);
    return filter === undefined ? [] : [{ path: name, name, filter }];
  });

const codePaths = new Map(RECORD_KINDS.map((kind) => [kind, codePathsOf(kind)]));

/** The `record_codes.field` values a filter looks at, for one kind or (undefined) all kinds. */
export const codeFilterFields = (filter: CodeFilter, kind?: RecordKind): string[] => [
  ...new Set(
    (kind === undefined ? RECORD_KINDS : [kind]).flatMap((k) =>
      (codePaths.get(k) ?? []).filter((p) => p.filter === filter).map((p) => p.path),
    ),
  ),
];

/** The relation fields pointing at facilities, for one kind or (undefined) all kinds. */
export const facilityFields = (kind?: RecordKind): string[] => [
  ...new Set(
    (kind === undefined ? RECORD_KINDS : [kind]).flatMap((k) =>
      fieldsOf(k)
        .filter(([, spec]) => spec.type === 'relation' && spec.relation === 'facility')
        .filter(([, spec]) => spec.class === 'coded')
        .map(([name]) => name),
    ),
  ),
];

const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string')
      : [];

/** One indexed term of a record: which field (or `field.part`) holds which code. */
export interface IndexedCode {
  readonly field: string;
  readonly code: string;
}

/** The codes of a record's coded part that code filters look at, deduplicated. */
export const indexedCodesOf = (
  kind: RecordKind,
  coded: Readonly<Record<string, unknown>>,
): IndexedCode[] => {
  const out = new Map<string, IndexedCode>();
  for (const p of codePaths.get(kind) ?? []) {
    const value = coded[p.name];
    const codes =
      p.part === undefined
        ? strings(value)
        : (Array.isArray(value) ? value : [value]).flatMap((item: unknown) =>
            typeof item === 'object' && item !== null
              ? strings((item as Record<string, unknown>)[p.part as string])
              : [],
          );
    for (const code of codes) out.set(`${p.path}\u0000${code}`, { field: p.path, code });
  }
  return [...out.values()];
};

/** One relation of a record: which field names which id (a record, evidence item or facility). */
export interface IndexedLink {
  readonly field: string;
  readonly targetId: string;
}

/** Every relation id of a record's coded part, deduplicated. */
export const indexedLinksOf = (
  kind: RecordKind,
  coded: Readonly<Record<string, unknown>>,
): IndexedLink[] => {
  const out = new Map<string, IndexedLink>();
  for (const [name, spec] of fieldsOf(kind)) {
    if (spec.type !== 'relation' || spec.class !== 'coded') continue;
    for (const id of strings(coded[name]))
      out.set(`${name}\u0000${id}`, { field: name, targetId: id });
  }
  return [...out.values()];
};
