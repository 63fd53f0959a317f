import type { StatDimension, StatsQuery, StatsResponse, VaultId } from '@vigil/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useClient } from '../../app/session';

// Under the vault's `records` key: a record saved anywhere refreshes the figures computed from
// records, and the session's clearing of the cache on lock takes these too.
export const statisticsKeys = {
  query: (vaultId: VaultId, query: StatsQuery) =>
    ['records', vaultId, 'statistics', 'query', query] as const,
  records: (vaultId: VaultId, query: StatsQuery, figure: object, offset: number) =>
    ['records', vaultId, 'statistics', 'records', query, figure, offset] as const,
};

/** An answer with the query it answers (while a new one loads, the old answer is still shown). */
export interface AnsweredQuery {
  readonly query: StatsQuery;
  readonly answer: StatsResponse;
}

/**
 * Incidents and distinct victims of the vault by the query's dimensions. The last answer stays
 * on screen while a changed query is answered, so the chart does not blink at every choice; it
 * comes with its own query, so it is never drawn with the new one's dimensions.
 */
export function useStatistics(vaultId: VaultId, query: StatsQuery) {
  const client = useClient();
  return useQuery({
    queryKey: [...statisticsKeys.query(vaultId, query), 'answered'],
    queryFn: async (): Promise<AnsweredQuery> => ({
      query,
      answer: await client.statistics.query(vaultId, query),
    }),
    placeholderData: keepPreviousData,
  });
}

/** The values a dimension has in the vault (all dates, no filter), most incidents first. */
export function useDimensionValues(vaultId: VaultId, dimension: StatDimension) {
  const client = useClient();
  const query: StatsQuery = { rows: dimension };
  return useQuery({
    queryKey: statisticsKeys.query(vaultId, query),
    queryFn: () => client.statistics.query(vaultId, query),
    staleTime: 60_000,
  });
}

/** One page of the ids of the incidents behind a figure (a cell, a total, or all). */
export function useRecordsBehind(
  vaultId: VaultId,
  query: StatsQuery,
  figure: { readonly row?: string | null; readonly column?: string | null },
  offset: number,
  limit: number,
) {
  const client = useClient();
  return useQuery({
    queryKey: statisticsKeys.records(vaultId, query, figure, offset),
    queryFn: () =>
      client.statistics.records(vaultId, {
        query,
        ...(figure.row === undefined ? {} : { row: figure.row }),
        ...(figure.column === undefined ? {} : { column: figure.column }),
        offset,
        limit,
      }),
    placeholderData: keepPreviousData,
  });
}
