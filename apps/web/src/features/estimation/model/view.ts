import { ESTIMATION_METHODS, type EstimationMethod } from '@vigil/analytics';
import {
  LIST_BY,
  PATTERN_MAX_LISTS,
  PATTERN_STRATA,
  type ListBy,
  type PatternStratum,
} from '@vigil/core';

/**
 * What the page shows, kept in the address so an analyst can bookmark or send a figure's
 * settings: `by` (what a list is), `lists` (codes, comma-separated, in column order), `stratum`,
 * `method` and `seed`. Codes only: anything else is dropped both ways, so a name or free text
 * never reaches an address.
 */
export interface EstimationView {
  readonly listBy: ListBy;
  /** Chosen lists in column order; undefined: not chosen yet (the page proposes the largest). */
  readonly lists: readonly string[] | undefined;
  readonly stratumBy: PatternStratum;
  readonly method: EstimationMethod;
  readonly seed: number;
}

export const DEFAULT_VIEW: EstimationView = {
  listBy: 'organisation',
  lists: undefined,
  stratumBy: 'none',
  method: 'loglinear',
  seed: 1,
};

/** A list code as the server's schemas allow (vocabulary codes and organisation codes). */
const CODE = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/** Seeds are 32-bit unsigned integers, as the estimators draw them. */
export const MAX_SEED = 4_294_967_295;

const oneOf = <T extends string>(values: readonly T[], raw: string | null, fallback: T): T =>
  values.find((v) => v === raw) ?? fallback;

/** True when the text is a seed the page accepts. */
export const isSeed = (raw: string): boolean => /^\d{1,10}$/.test(raw) && Number(raw) <= MAX_SEED;

/** The view of an address; anything unknown or malformed falls back to the default. */
export const viewFromParams = (params: URLSearchParams): EstimationView => {
  const rawLists = params.get('lists');
  const lists =
    rawLists === null
      ? undefined
      : [...new Set(rawLists.split(',').filter((c) => CODE.test(c)))].slice(0, PATTERN_MAX_LISTS);
  const seed = params.get('seed');
  return {
    listBy: oneOf(LIST_BY, params.get('by'), DEFAULT_VIEW.listBy),
    lists,
    stratumBy: oneOf(PATTERN_STRATA, params.get('stratum'), DEFAULT_VIEW.stratumBy),
    method: oneOf(ESTIMATION_METHODS, params.get('method'), DEFAULT_VIEW.method),
    seed: seed !== null && isSeed(seed) ? Number(seed) : DEFAULT_VIEW.seed,
  };
};

/** The address's parameters for a view (others, such as `vault`, kept); defaults left out. */
export const viewToParams = (view: EstimationView, base?: URLSearchParams): URLSearchParams => {
  const params = new URLSearchParams(base);
  const set = (key: string, value: string | undefined) => {
    if (value === undefined) params.delete(key);
    else params.set(key, value);
  };
  set('by', view.listBy === DEFAULT_VIEW.listBy ? undefined : view.listBy);
  set('lists', view.lists?.filter((c) => CODE.test(c)).join(','));
  set('stratum', view.stratumBy === DEFAULT_VIEW.stratumBy ? undefined : view.stratumBy);
  set('method', view.method === DEFAULT_VIEW.method ? undefined : view.method);
  set('seed', view.seed === DEFAULT_VIEW.seed ? undefined : String(view.seed));
  return params;
};
