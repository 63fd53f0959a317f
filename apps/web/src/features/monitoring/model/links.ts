import type { RecordKind, VaultId } from '@vigil/core';
import { listQueryToParams } from '../../records/pages/filters';
import type { RecordFilter } from '../../records/pages/filter-types';
import { periodBounds } from './periods';

/**
 * Where a number on a facility's page leads: the records list of the vault filtered to what it
 * counts (the facility, the days of its period within the chosen dates, a method), so every
 * number traces back to its records. Only ids, days and codes go into the address.
 */
export const recordsListPath = (
  vaultId: VaultId,
  kind: RecordKind,
  facility: string,
  options: {
    readonly period?: string | null;
    readonly from?: string;
    readonly to?: string;
    readonly method?: string;
  } = {},
): string => {
  const bounds =
    options.period === undefined || options.period === null
      ? undefined
      : periodBounds(options.period);
  // The later of the starts and the earlier of the ends: the period within the chosen dates.
  const from = [bounds?.from, options.from].filter((d): d is string => d !== undefined).sort();
  const to = [bounds?.to, options.to].filter((d): d is string => d !== undefined).sort();
  const filter: RecordFilter = {
    facility,
    ...(from.length === 0 ? {} : { from: from[from.length - 1] }),
    ...(to.length === 0 ? {} : { to: to[0] }),
    ...(options.method === undefined ? {} : { methods: [options.method] }),
  };
  const params = listQueryToParams({ kind, showDeleted: false, sort: 'created', filter });
  return `/vaults/${vaultId}/records?${params.toString()}`;
};
