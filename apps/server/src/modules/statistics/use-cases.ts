import {
  crossTab,
  publicationOf,
  recordsBehind,
  type StatsQuery as AnalyticsQuery,
} from '@vigil/analytics';
import {
  publicationSchema,
  type PublicationResponse,
  type publicationQuerySchema,
  type StatsRecordsResponse,
  type StatsResponse,
  type statsQuerySchema,
} from '@vigil/core';
import type { z } from 'zod';
import type { AppDeps } from '../../deps';

type Query = z.output<typeof statsQuerySchema>;

const analyticsQuery = (q: Query): AnalyticsQuery => ({
  rows: q.rows,
  ...(q.columns !== undefined ? { columns: q.columns } : {}),
  ...(q.filter !== undefined ? { filter: q.filter } : {}),
  ...(q.from !== undefined ? { from: q.from } : {}),
  ...(q.to !== undefined ? { to: q.to } : {}),
});

/**
 * Counts of the vault's incidents and distinct victims by one or two dimensions, from the coded
 * part of its records, brought up to date with every change before it answers.
 */
export const statistics = async (
  deps: AppDeps,
  vaultId: string,
  query: Query,
): Promise<StatsResponse> => {
  const facts = await deps.statistics.current(deps.db.kysely, vaultId);
  const tab = crossTab(facts.table(), analyticsQuery(query));
  return {
    rows: [...tab.rows],
    columns: [...tab.columns],
    cells: [...tab.cells],
    rowTotals: [...tab.rowTotals],
    columnTotals: [...tab.columnTotals],
    total: { incidents: tab.total.incidents, victims: tab.total.victims },
    multiValued: [...tab.multiValued],
    basis: { incidents: facts.incidentCount },
  };
};

/** The ids of the incidents behind one figure of `statistics`, paged. */
export const statisticsRecords = async (
  deps: AppDeps,
  vaultId: string,
  body: {
    query: Query;
    row?: string | null;
    column?: string | null;
    offset: number;
    limit: number;
  },
): Promise<StatsRecordsResponse> => {
  const facts = await deps.statistics.current(deps.db.kysely, vaultId);
  const cell = {
    ...(body.row !== undefined ? { row: body.row } : {}),
    ...(body.column !== undefined ? { column: body.column } : {}),
  };
  return recordsBehind(facts.table(), analyticsQuery(body.query), cell, {
    offset: body.offset,
    limit: body.limit,
  });
};

/**
 * The vault's public statistics for a period: tables where every figure counts at least k
 * incidents of at least k people, or is a suppressed cell the auditor proves safe.
 */
export const statisticsPublication = async (
  deps: AppDeps,
  vaultId: string,
  query: z.output<typeof publicationQuerySchema>,
): Promise<PublicationResponse> => {
  const facts = await deps.statistics.current(deps.db.kysely, vaultId);
  const publication = publicationOf(facts.table(), {
    k: query.k,
    ...(query.from !== undefined ? { from: query.from } : {}),
    ...(query.to !== undefined ? { to: query.to } : {}),
  });
  // The readonly tables of @vigil/analytics, as the API's own (checked) shape.
  return publicationSchema.parse(publication);
};
