import {
  crossTab,
  publicationOf,
  recordsBehind,
  type StatsQuery as AnalyticsQuery,
} from '@vigil/analytics';
import {
  CONSENT_EXCLUSIONS,
  publicationSchema,
  type PublicationResponse,
  type publicationQuerySchema,
  type StatsRecordsResponse,
  type StatsResponse,
  type statsQuerySchema,
} from '@vigil/core';
import type { z } from 'zod';
import type { AppDeps } from '../../deps';
import type { VaultFacts } from './facts';
import { rateTableOf, type DenominatorUnit } from './rates';

type Query = z.output<typeof statsQuerySchema>;

/** 1 for each row of the facts' table whose consent `keep` accepts. */
const withinOf = (facts: VaultFacts, keep: (reason: string | null) => boolean): Uint8Array => {
  const size = facts.table().size;
  const within = new Uint8Array(size);
  for (let i = 0; i < size; i++) within[i] = keep(facts.consentOf(i)) ? 1 : 0;
  return within;
};

/** The reasons that keep an incident out under the query's consent option. */
const excludedReasons = (q: Query): readonly string[] =>
  q.consent === undefined
    ? []
    : q.consent.includeUnrecorded
      ? ['confidential']
      : CONSENT_EXCLUSIONS;

const analyticsQuery = (q: Query, facts: VaultFacts): AnalyticsQuery => {
  const excluded = excludedReasons(q);
  return {
    rows: q.rows,
    ...(q.columns !== undefined ? { columns: q.columns } : {}),
    ...(q.filter !== undefined ? { filter: q.filter } : {}),
    ...(q.from !== undefined ? { from: q.from } : {}),
    ...(q.to !== undefined ? { to: q.to } : {}),
    ...(q.consent !== undefined
      ? { within: withinOf(facts, (reason) => reason === null || !excluded.includes(reason)) }
      : {}),
  };
};

/** How many incidents (and distinct victims) of the query's period and filters consent left out, by reason. */
const consentSummary = (facts: VaultFacts, q: Query): StatsResponse['consent'] => {
  if (q.consent === undefined) return undefined;
  const table = facts.table();
  const excluded = excludedReasons(q);
  return {
    purpose: q.consent.purpose,
    includeUnrecorded: q.consent.includeUnrecorded,
    excluded: CONSENT_EXCLUSIONS.filter((r) => excluded.includes(r)).map((reason) => {
      const tab = crossTab(table, {
        ...analyticsQuery({ ...q, consent: undefined }, facts),
        within: withinOf(facts, (r) => r === reason),
      });
      return { reason, incidents: tab.total.incidents, victims: tab.total.victims };
    }),
  };
};

/** What the denominators of a rate are made of, from the register or the vault's detentions. */
const unitsOf = (facts: VaultFacts, per: 'capacity' | 'detentions'): DenominatorUnit[] =>
  per === 'capacity'
    ? facts.places().map((p) => ({ ...p, weight: p.capacity }))
    : facts.detentions().map((d) => ({ ...d, weight: 1 }));

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
  const tab = crossTab(facts.table(), analyticsQuery(query, facts));
  const consent = consentSummary(facts, query);
  return {
    rows: [...tab.rows],
    columns: [...tab.columns],
    cells: [...tab.cells],
    rowTotals: [...tab.rowTotals],
    columnTotals: [...tab.columnTotals],
    total: { incidents: tab.total.incidents, victims: tab.total.victims },
    multiValued: [...tab.multiValued],
    basis: { incidents: facts.incidentCount },
    people: { linkRun: facts.linkRun },
    ...(query.rate === undefined
      ? {}
      : { rate: rateTableOf(tab, query, query.rate.per, unitsOf(facts, query.rate.per)) }),
    ...(consent === undefined ? {} : { consent }),
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
  return recordsBehind(facts.table(), analyticsQuery(body.query, facts), cell, {
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
