import { isoDaySchema, type PeriodBucket } from '@vigil/core';
import { isBucket } from './periods';

/** The period a facility's vault sections cover, as it lives in the address. */
export interface PeriodFilter {
  readonly from?: string;
  readonly to?: string;
  readonly bucket: PeriodBucket;
}

const isDay = (text: string): boolean => isoDaySchema.safeParse(text).success;

/**
 * The period filter from the address (`from`, `to` as ISO days, `bucket`); anything that is not
 * one is left out, and a `to` before `from` is dropped with a word for the reader.
 */
export const periodFilterFromParams = (
  params: URLSearchParams,
): { filter: PeriodFilter; reversed: boolean } => {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const bucket = params.get('bucket') ?? '';
  const reversed = isDay(from) && isDay(to) && to < from;
  return {
    filter: {
      bucket: isBucket(bucket) ? bucket : 'quarter',
      ...(isDay(from) ? { from } : {}),
      ...(isDay(to) && !reversed ? { to } : {}),
    },
    reversed,
  };
};

/** Writes the filter into the address, keeping every other parameter (the vault, a page). */
export const periodFilterToParams = (
  filter: PeriodFilter,
  params: URLSearchParams,
): URLSearchParams => {
  const next = new URLSearchParams(params);
  for (const key of ['from', 'to'] as const) {
    const value = filter[key];
    if (value === undefined) next.delete(key);
    else next.set(key, value);
  }
  if (filter.bucket === 'quarter') next.delete('bucket');
  else next.set('bucket', filter.bucket);
  return next;
};
