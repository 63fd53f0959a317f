import { z } from 'zod';
import { isoDaySchema } from '../dates/partial-date';
import { facilityIdSchema } from '../records/kinds';
import { vaultIdSchema } from '../ids';
import { alertSchema, alertSettingsSchema } from '../monitoring/alerts';
import { INDICATOR_IDS, PERIOD_BUCKETS, type IndicatorId } from '../monitoring/indicators';

/**
 * What a vault knows about one facility (issue 5): incidents by period and method, who is and
 * was held there, monitoring reports and findings, and conditions indicators over time. Computed
 * by the server from coded data; names are opened by the client.
 */
export const facilityOverviewParamsSchema = z.strictObject({
  vaultId: vaultIdSchema,
  facilityId: facilityIdSchema,
});

const periodQuery = {
  from: isoDaySchema.optional(),
  to: isoDaySchema.optional(),
};

export const facilityOverviewQuerySchema = z
  .strictObject({ ...periodQuery, bucket: z.enum(PERIOD_BUCKETS).default('quarter') })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    path: ['to'],
    message: 'must not be before from',
  });
export type FacilityOverviewQuery = z.input<typeof facilityOverviewQuerySchema>;

const count = z.number().int().min(0);

/** A value of an indicator for one period, with the records it comes from. */
export const indicatorValueSchema = z.strictObject({
  indicator: z.enum(INDICATOR_IDS as [IndicatorId, ...IndicatorId[]]),
  /** `2024-Q2`, `2024-05` or `2024`; null for records without a date. */
  period: z.string().nullable(),
  value: z.number(),
  /** How many observations the value rests on (records, reports, or both). */
  basis: count,
  /** Ids of the records it comes from, at most 200; `more` says how many were left out. */
  records: z.array(z.string()),
  more: count,
});
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

export const facilityOverviewSchema = z.strictObject({
  facility: facilityIdSchema,
  /** Facilities merged into this one, whose records count here too. */
  merged: z.array(facilityIdSchema),
  bucket: z.enum(PERIOD_BUCKETS),
  incidents: z.strictObject({
    total: count,
    victims: count,
    byPeriod: z.array(
      z.strictObject({ period: z.string().nullable(), incidents: count, victims: count }),
    ),
    byMethod: z.array(z.strictObject({ code: z.string(), incidents: count })),
  }),
  /** Detentions at the facility: held now (no end) and held before, with transfers. */
  detentions: z.array(
    z.strictObject({
      id: z.string(),
      person: z.string().nullable(),
      from: z.string().nullable(),
      to: z.string().nullable(),
      ongoing: z.boolean(),
      transferFrom: z.string().nullable(),
      transferTo: z.string().nullable(),
    }),
  ),
  reports: z.array(
    z.strictObject({
      id: z.string(),
      from: z.string().nullable(),
      to: z.string().nullable(),
      methods: z.array(z.string()),
    }),
  ),
  findings: z.array(
    z.strictObject({
      id: z.string(),
      report: z.string().nullable(),
      heading: z.string(),
      kind: z.string(),
      followUp: z.string(),
      followUpDate: z.string().nullable(),
    }),
  ),
  indicators: z.array(indicatorValueSchema),
});
export type FacilityOverview = z.infer<typeof facilityOverviewSchema>;

/** Indicators the map can colour every facility by: counts from records. */
export const MAP_INDICATORS = [
  'incidents',
  'victims',
  'deaths-recorded',
  'isolation-incidents',
] as const;

export const facilityStatsQuerySchema = z
  .strictObject({ ...periodQuery, indicator: z.enum(MAP_INDICATORS).default('incidents') })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    path: ['to'],
    message: 'must not be before from',
  });
export type FacilityStatsQuery = z.input<typeof facilityStatsQuerySchema>;

export const facilityStatsSchema = z.strictObject({
  indicator: z.enum(MAP_INDICATORS),
  /** One value per facility with any; facilities merged away count under the one they joined. */
  values: z.array(z.strictObject({ facility: facilityIdSchema, value: count })),
});
export type FacilityStats = z.infer<typeof facilityStatsSchema>;

export const alertsQuerySchema = z.strictObject({
  /** The day to judge on (default: today on the server's clock). */
  on: isoDaySchema.optional(),
});

export const alertsResponseSchema = z.strictObject({
  on: z.string(),
  settings: alertSettingsSchema,
  alerts: z.array(alertSchema),
});
export type AlertsResponse = z.infer<typeof alertsResponseSchema>;
