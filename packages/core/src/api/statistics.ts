import { z } from 'zod';
import { isoDaySchema } from '../dates/partial-date';

/**
 * Statistics over a vault's incidents (issue 6): counts of incidents and of distinct victims by
 * one or two dimensions, computed by the server from coded data only, each figure with a way to
 * the records behind it. Sealed dimensions (sensitive groups a vault keeps sealed) are counted
 * by the client on decrypted data with the same code (@vigil/analytics).
 */
export const STAT_DIMENSIONS = [
  'month',
  'quarter',
  'year',
  'region',
  'facility',
  'facility-type',
  'method',
  'perpetrator-agency',
  'act-type',
  'group',
  'sex',
  'age-band',
  'intervention-outcome',
] as const;
export type StatDimension = (typeof STAT_DIMENSIONS)[number];

const dimension = z.enum(STAT_DIMENSIONS);
/** A value of a dimension (a code, a period, an id); null = unknown / none recorded. */
const value = z.string().min(1).max(64).nullable();

/**
 * What a rate divides by, from data Vigil holds without outside sources: the `capacity` (places)
 * of the register's facilities, or the `detentions` documented in the vault.
 */
export const RATE_BASES = ['capacity', 'detentions'] as const;
export type RateBasis = (typeof RATE_BASES)[number];

/** Per how many of the denominator each rate is given: per 1,000 places, per 100 detentions. */
export const RATE_UNITS: Record<RateBasis, number> = { capacity: 1000, detentions: 100 };

/**
 * The dimensions a denominator can be divided by, and so the only row dimensions a rate is given
 * for: capacity by place (it has no time); detentions by place and by the periods they span.
 */
export const RATE_DIMENSIONS: Record<RateBasis, readonly StatDimension[]> = {
  capacity: ['facility', 'facility-type', 'region'],
  detentions: ['facility', 'facility-type', 'region', 'month', 'quarter', 'year'],
};

/** Whether rates per `basis` can be given with `rows` as the row dimension. */
export const rateApplies = (basis: RateBasis, rows: StatDimension): boolean =>
  RATE_DIMENSIONS[basis].includes(rows);

/**
 * The uses of a source that let an incident count in aggregate figures for a UN body (the
 * statistical annex): consent to UN use, or to publication, anonymised or named — each covers
 * figures from which no one can be identified.
 */
export const UN_AGGREGATE_USES = [
  'un-bodies',
  'publication-anonymised',
  'publication-named',
] as const;

/** Why consent left an incident out of aggregate figures (stable codes; clients translate). */
export const CONSENT_EXCLUSIONS = ['no-source', 'no-consent', 'confidential'] as const;
export type ConsentExclusion = (typeof CONSENT_EXCLUSIONS)[number];

export const statsQuerySchema = z
  .strictObject({
    rows: dimension,
    columns: dimension.optional(),
    /** Keeps incidents having, for every dimension named, one of the values listed. */
    filter: z.partialRecord(dimension, z.array(value).min(1).max(500)).optional(),
    from: isoDaySchema.optional(),
    to: isoDaySchema.optional(),
    /** Rates per 1,000 places of capacity or per 100 documented detentions beside the counts. */
    rate: z.strictObject({ per: z.enum(RATE_BASES) }).optional(),
    /**
     * Counts only incidents consent allows in aggregate figures for a UN body: at least one live
     * source authorising one of UN_AGGREGATE_USES, and not strictly confidential. With
     * `includeUnrecorded`, incidents with no source or no such consent count too (never the
     * strictly confidential ones). The answer says how many were left out, and why.
     */
    consent: z
      .strictObject({
        purpose: z.literal('un-aggregate'),
        includeUnrecorded: z.boolean().default(false),
      })
      .optional(),
  })
  .refine((q) => q.rate === undefined || rateApplies(q.rate.per, q.rows), {
    path: ['rate'],
    message:
      'rates per capacity are given by facility, facility-type or region; rates per detentions also by month, quarter or year',
  })
  .refine((q) => q.columns === undefined || q.columns !== q.rows, {
    path: ['columns'],
    message: 'must differ from rows',
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    path: ['to'],
    message: 'must not be before from',
  });
export type StatsQuery = z.input<typeof statsQuerySchema>;

const count = z.number().int().min(0);
const cell = z.strictObject({ row: value, column: value, incidents: count, victims: count });
const rate = z.number().min(0).nullable();
/**
 * A figure's rates: incidents and distinct victims per unit of the denominator, both null when
 * there is no denominator ("no denominator", never 0). `missing` counts the facilities behind the
 * figure whose capacity the register does not know (left out of the denominator; 0 for detentions).
 */
const rateFigure = z.strictObject({
  row: value,
  column: value,
  denominator: count.nullable(),
  incidents: rate,
  victims: rate,
  missing: count,
});
export type RateFigure = z.infer<typeof rateFigure>;

export const statsResponseSchema = z.strictObject({
  rows: z.array(value),
  columns: z.array(value),
  cells: z.array(cell),
  /** Distinct over the row or column: an incident with two methods counts once. */
  rowTotals: z.array(cell),
  columnTotals: z.array(cell),
  total: z.strictObject({ incidents: count, victims: count }),
  /** Dimensions of the query that may hold several values per incident (cells may add up to more than the totals). */
  multiValued: z.array(dimension),
  /** The vault's incidents before filters: what the figures were taken from. */
  basis: z.strictObject({ incidents: count }),
  /**
   * What a distinct victim is. With `linkRun`, a person of that linkage run (the vault's latest):
   * person records the run puts in one cluster are one victim, a record without a cluster is one
   * on its own. With null (no linkage saved), each person record is a victim. Labels say which.
   */
  people: z.strictObject({ linkRun: z.number().int().min(1).nullable() }),
  /** Present when rates were asked for. */
  rate: z
    .strictObject({
      per: z.enum(RATE_BASES),
      /** Rates are per this many of the denominator (RATE_UNITS). */
      unit: z.number().int().min(1),
      /** What the denominator is, in English; clients translate by `per`. */
      label: z.string(),
      /** Every row × column (or every row), in the table's order. */
      cells: z.array(rateFigure),
      rowTotals: z.array(rateFigure),
      columnTotals: z.array(rateFigure),
      total: rateFigure,
    })
    .optional(),
  /** Present when consent was applied: what it left out of every figure, and why. */
  consent: z
    .strictObject({
      purpose: z.literal('un-aggregate'),
      includeUnrecorded: z.boolean(),
      /** In the query's period and filters; victims distinct within each reason. */
      excluded: z.array(
        z.strictObject({ reason: z.enum(CONSENT_EXCLUSIONS), incidents: count, victims: count }),
      ),
    })
    .optional(),
});
export type StatsResponse = z.infer<typeof statsResponseSchema>;

export const STATS_RECORDS_MAX = 1000;

/** The records behind one figure: a cell (row and column), a row or column total, or the total. */
export const statsRecordsBodySchema = z.strictObject({
  query: statsQuerySchema,
  row: value.optional(),
  column: value.optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(STATS_RECORDS_MAX).default(100),
});
export type StatsRecordsBody = z.input<typeof statsRecordsBodySchema>;

export const statsRecordsResponseSchema = z.strictObject({
  ids: z.array(z.string()),
  total: count,
});
export type StatsRecordsResponse = z.infer<typeof statsRecordsResponseSchema>;

/**
 * Public statistics (issue 6): tables safe to publish, computed by the server from coded data.
 * Every figure counts at least k incidents of at least k people, or is zero, or is a suppressed
 * cell (null) that cannot be worked out from the rest. `~other` stands for merged categories.
 */
export const publicationQuerySchema = z
  .strictObject({
    k: z.coerce.number().int().min(2).max(100).default(5),
    from: isoDaySchema.optional(),
    to: isoDaySchema.optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    path: ['to'],
    message: 'must not be before from',
  });
export type PublicationQuery = z.input<typeof publicationQuerySchema>;

/**
 * Why a public table was withheld: too few incidents or people, protecting its small cells would
 * need a total hidden, or the audit found a small cell (@vigil/analytics WITHHELD_REASONS).
 */
export const PUBLICATION_WITHHELD_REASONS = ['too-few', 'margin', 'audit'] as const;

const publicValue = z.string().min(1).max(64).nullable();
const publicationTableSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('series'),
    dimension: dimension,
    values: z.array(publicValue),
    incidents: z.array(count),
    total: count,
    merged: count,
  }),
  z.strictObject({
    kind: z.literal('cross'),
    rows: dimension,
    columns: dimension,
    rowValues: z.array(publicValue),
    columnValues: z.array(publicValue),
    values: z.array(z.array(count.nullable())),
    rowTotals: z.array(count),
    columnTotals: z.array(count),
    total: count,
  }),
  z.strictObject({
    kind: z.literal('list'),
    dimension: dimension,
    values: z.array(publicValue),
    incidents: z.array(count),
    hidden: count,
  }),
]);

export const publicationSchema = z.strictObject({
  k: z.number().int().min(2),
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** Null when fewer than k incidents or people: not even the total is published then. */
  total: count.nullable(),
  tables: z.array(publicationTableSchema),
  /** Tables not published: name, why as a stable code (PUBLICATION_WITHHELD_REASONS), and in English. */
  withheld: z.array(
    z.strictObject({
      name: z.string(),
      code: z.enum(PUBLICATION_WITHHELD_REASONS),
      reason: z.string(),
    }),
  ),
});
export type PublicationResponse = z.infer<typeof publicationSchema>;
