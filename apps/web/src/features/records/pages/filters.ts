import {
  isoDaySchema,
  RECORD_KINDS,
  recordKindSchema,
  regionCodeSchema,
  resolveTerm,
  type RecordKind,
} from '@vigil/core';
import type { RecordFilter, RecordSort } from './filter-types';

/**
 * A list page's state as it lives in the address: the kind, deleted records on request, the sort
 * and the coded filters. Only codes, days and a facility id go in the URL — never a name or any
 * text the user typed (SECURITY.md: nothing identifying in URLs).
 */
export interface ListQuery {
  readonly kind: RecordKind;
  readonly showDeleted: boolean;
  readonly sort: RecordSort;
  readonly filter: RecordFilter;
}

export const SORTS = [
  'created',
  '-created',
  'date',
  '-date',
] as const satisfies readonly RecordSort[];

/** The filters that make sense for each kind (the ones its fields can answer). */
export const FILTERS_BY_KIND: Record<RecordKind, readonly (keyof RecordFilter)[]> = {
  person: ['groups'],
  detention: ['from', 'to', 'facility'],
  incident: ['from', 'to', 'facility', 'region', 'methods', 'agencies'],
  source: ['from', 'to'],
  'medical-finding': [],
  intervention: ['from', 'to'],
  reprisal: ['from', 'to'],
  // The period covered; findings are found through their facility (or their report's page).
  'monitoring-report': ['from', 'to', 'facility'],
  'monitoring-finding': ['facility'],
};

/** Kinds with a main date, so that sorting by date means something. */
export const hasMainDate = (kind: RecordKind): boolean => FILTERS_BY_KIND[kind].includes('from');

/** The vocabulary each list-valued filter takes its codes from. */
export const FILTER_VOCABS = {
  methods: 'violence-methods',
  agencies: 'perpetrator-agencies',
  groups: 'groups-at-risk',
} as const;

/** URL parameter of each filter (list-valued ones repeat it). */
const PARAM = {
  from: 'from',
  to: 'to',
  facility: 'facility',
  region: 'region',
  methods: 'method',
  agencies: 'agency',
  groups: 'group',
} as const satisfies Record<Exclude<keyof RecordFilter, 'linkedTo'>, string>;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True when the text is a valid ISO day (a real calendar day). */
export const isDay = (text: string): boolean => isoDaySchema.safeParse(text).success;
/** True when the text is an ISO 3166-2 region code. */
export const isRegion = (text: string): boolean => regionCodeSchema.safeParse(text).success;
/** True when the text is a facility id (lower-case UUID). */
export const isFacilityId = (text: string): boolean => uuidPattern.test(text);

/**
 * Reads a list page's state from the address. Anything invalid (unknown kind or code, impossible
 * day, filter that does not apply to the kind) is left out and named in `dropped`.
 */
export const parseListQuery = (
  params: URLSearchParams,
): { query: ListQuery; dropped: string[] } => {
  const dropped: string[] = [];
  const kindParam = params.get('kind');
  const kindParsed = recordKindSchema.safeParse(kindParam);
  if (kindParam !== null && !kindParsed.success) dropped.push('kind');
  const kind: RecordKind = kindParsed.success ? kindParsed.data : RECORD_KINDS[0];
  const allowed = FILTERS_BY_KIND[kind];

  const sortParam = params.get('sort');
  let sort: RecordSort = 'created';
  if (sortParam !== null) {
    const known = (SORTS as readonly string[]).includes(sortParam);
    if (known && (hasMainDate(kind) || !sortParam.endsWith('date'))) sort = sortParam as RecordSort;
    else dropped.push('sort');
  }

  const filter: { -readonly [K in keyof RecordFilter]: RecordFilter[K] } = {};
  const single = (key: 'from' | 'to' | 'facility' | 'region', valid: (v: string) => boolean) => {
    const value = params.get(PARAM[key]);
    if (value === null) return;
    if (allowed.includes(key) && valid(value)) filter[key] = value;
    else dropped.push(key);
  };
  single('from', isDay);
  single('to', isDay);
  single('facility', isFacilityId);
  single('region', isRegion);
  for (const key of ['methods', 'agencies', 'groups'] as const) {
    const values = params.getAll(PARAM[key]);
    if (values.length === 0) continue;
    const good = [...new Set(values)].filter(
      (code) => resolveTerm(FILTER_VOCABS[key], code) !== undefined,
    );
    if (!allowed.includes(key) || good.length !== values.length) dropped.push(key);
    if (allowed.includes(key) && good.length > 0) filter[key] = good;
  }
  return {
    query: { kind, showDeleted: params.get('deleted') === 'include', sort, filter },
    dropped,
  };
};

/** Writes a list page's state into address parameters (defaults left out). */
export const listQueryToParams = (query: ListQuery): URLSearchParams => {
  const params = new URLSearchParams();
  params.set('kind', query.kind);
  if (query.showDeleted) params.set('deleted', 'include');
  if (query.sort !== 'created') params.set('sort', query.sort);
  const f = query.filter;
  for (const key of ['from', 'to', 'facility', 'region'] as const) {
    const value = f[key];
    if (value !== undefined) params.set(PARAM[key], value);
  }
  for (const key of ['methods', 'agencies', 'groups'] as const) {
    for (const code of f[key] ?? []) params.append(PARAM[key], code);
  }
  return params;
};

/** True when any coded filter is set. */
export const hasFilter = (filter: RecordFilter): boolean =>
  Object.values(filter).some((v) => v !== undefined && (!Array.isArray(v) || v.length > 0));
