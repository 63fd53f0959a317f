import { z } from 'zod';
import { isoDaySchema } from '../dates/partial-date';
import { isKnownRegion } from '../facilities/regions';
import { accountIdSchema, isUuid, vaultIdSchema } from '../ids';
import { countryCodeSchema, regionCodeSchema } from '../records/kinds';

/**
 * The torture-risk index of a vault (issue 6 point 3): seven pillars after OMCT's Global Torture
 * Index, scored at country, region or facility level from the vault's coded records and from
 * values entered by experts, with Monte Carlo intervals. The computation is @vigil/analytics'
 * `computeIndex`; the methodology is docs/risk-index.md. Core imports nothing of ours, so the
 * lists below repeat the catalogue's; a server test keeps them equal.
 */

/** The kinds of unit scored. */
export const RISK_INDEX_LEVELS = ['country', 'region', 'facility'] as const;
export type RiskIndexLevel = (typeof RISK_INDEX_LEVELS)[number];
export const riskIndexLevelSchema = z.enum(RISK_INDEX_LEVELS);

/** The seven pillars, in the order every pillar list of an answer follows. */
export const RISK_INDEX_PILLARS = [
  'political-commitment',
  'institutional-violence',
  'deprivation-of-liberty',
  'impunity',
  'victims-rights',
  'protection-for-all',
  'civic-space',
] as const;
export type RiskIndexPillar = (typeof RISK_INDEX_PILLARS)[number];

/** How sure an expert is of a rating; low and medium widen the interval. */
export const EXPERT_CONFIDENCES = ['low', 'medium', 'high'] as const;
export type ExpertConfidence = (typeof EXPERT_CONFIDENCES)[number];

/** Most Monte Carlo draws one request may ask for (the computation runs on the server's thread). */
export const RISK_INDEX_MAX_DRAWS = 10_000;

/** Longest evidence text of an expert value, in characters. */
export const EXPERT_EVIDENCE_MAX = 4000;

/** Record ids listed with one records-based value; `inputs[].more` counts the rest. */
export const RISK_INDEX_RECORDS_LISTED = 25;

const period = {
  /** First day of the period (ISO); without it, from the earliest record. */
  from: isoDaySchema.optional(),
  /** Last day of the period (ISO); without it, up to the latest record. */
  to: isoDaySchema.optional(),
};
const ordered = (q: { from?: string | undefined; to?: string | undefined }) =>
  q.from === undefined || q.to === undefined || q.from <= q.to;

export const riskIndexQuerySchema = z
  .strictObject({
    /** Which units are scored and compared: countries, regions or facilities. */
    level: riskIndexLevelSchema.default('region'),
    ...period,
    /** Monte Carlo draws for the intervals; 0 leaves intervals and rank intervals out. */
    draws: z.coerce.number().int().min(0).max(RISK_INDEX_MAX_DRAWS).default(1000),
    /** Seed of the draws: the same data, settings and seed give the same answer. */
    seed: z.coerce.number().int().min(0).max(0xffffffff).default(1),
    /** How pillar scores combine (docs/risk-index.md "Pillar scores, weights and aggregation"). */
    aggregation: z.enum(['arithmetic', 'geometric']).default('arithmetic'),
  })
  .refine(ordered, { path: ['to'], message: 'must not be before from' });
export type RiskIndexQuery = z.input<typeof riskIndexQuerySchema>;

const unit = z.string().min(1).max(64);
const indicatorId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,63}$/, 'an indicator id is lower case, e.g. monitoring-access');
const pillar = z.enum(RISK_INDEX_PILLARS);
const confidence = z.enum(EXPERT_CONFIDENCES);
const interval = z.tuple([z.number(), z.number()]);
const count = z.number().int().min(0);

/** One indicator of one unit: raw value, 0..1 risk (1 = worst) and what it came from. */
const indicatorScoreSchema = z.strictObject({
  indicator: indicatorId,
  /** The raw value; null = missing, never zero. */
  raw: z.number().nullable(),
  /** 0..1 risk, 1 = worst; null when missing. */
  normalised: z.number().nullable(),
  /** Observations behind a share or rate (its denominator). */
  basis: z.number().optional(),
  /** The first record ids the value rests on (the inputs say how many in all). */
  records: z.array(z.string()).optional(),
  /** What an expert value rests on: laws, decisions, reports. Stored in plaintext. */
  evidence: z.string().optional(),
  confidence: confidence.optional(),
});

const pillarScoreSchema = z.strictObject({
  pillar,
  /** 0..1 risk; null when too little of the pillar is observed. */
  score: z.number().nullable(),
  /** 95 % Monte Carlo interval; null without a score or without draws. */
  interval: interval.nullable(),
  /** Share of the pillar's indicator weight observed for this unit. */
  coverage: z.number(),
  indicators: z.array(indicatorScoreSchema),
});

const unitScoreSchema = z.strictObject({
  /** Country code (`RU`), region code (`RU-ROS`, `UA-43`) or facility id. */
  unit,
  /** 0..1 risk (1 = highest); null when too few pillars are scored, never zero for lack of data. */
  score: z.number().nullable(),
  /** 95 % interval; always contains the score. */
  interval: interval.nullable(),
  /** Share of the pillar weight scored for this unit. */
  coverage: z.number(),
  pillars: z.array(pillarScoreSchema),
  /** 1 = highest risk; ties share the best rank. Absent without a score. */
  rank: z.number().int().min(1).optional(),
  /** 95 % interval of the rank across draws. */
  rankInterval: interval.optional(),
  /** Indicators of the level with no value for this unit. */
  missing: z.array(indicatorId),
});

const sensitivitySchema = z.strictObject({
  indicator: indicatorId,
  pillar,
  /** Mean absolute change of unit scores when the indicator is dropped. */
  effect: z.number(),
  /** Mean absolute change of rank when the indicator is dropped. */
  rankShift: z.number(),
  /** Correlation across units of the indicator's risk with the score; null if undefined. */
  correlation: z.number().nullable(),
  /** Units compared. */
  units: count,
});

/** The settings the index was computed with (cite them with any figure). */
const settingsSchema = z.strictObject({
  weights: z.record(pillar, z.number()),
  indicatorWeights: z.record(z.string(), z.number()).optional(),
  aggregation: z.enum(['arithmetic', 'geometric']),
  draws: count,
  seed: z.number(),
  weightSpread: z.number(),
  minCoverage: z.number(),
  varyAggregation: z.boolean().optional(),
});

/** The index at one level, as @vigil/analytics `computeIndex` returns it. */
export const indexResultSchema = z.strictObject({
  level: riskIndexLevelSchema,
  settings: settingsSchema,
  units: z.array(unitScoreSchema),
  /** One entry per indicator used at the level, in catalogue order. */
  sensitivity: z.array(sensitivitySchema),
  /** Data problems and choices a reader should know of, in plain English. */
  warnings: z.array(z.string()),
});
export type IndexResultView = z.infer<typeof indexResultSchema>;

/** Where one value of one unit came from, beyond what the result carries. */
export const riskIndexInputSchema = z.strictObject({
  unit,
  indicator: indicatorId,
  source: z.enum(['records', 'expert']),
  /** Records values: what is counted (incidents, detentions held incommunicado, deaths…). */
  numerator: count.nullable(),
  /** Records values: what it is a share or rate of; null for counts per year. */
  denominator: count.nullable(),
  /** Records behind the value in all (the result lists the first of them). */
  records: count,
  /** Records behind the value not listed in the result. */
  more: count,
  /** Expert values: the stored value's id, its period and version. */
  expert: z
    .strictObject({
      id: z.string(),
      from: z.string(),
      to: z.string(),
      version: z.number().int().min(1),
    })
    .optional(),
});
export type RiskIndexInput = z.infer<typeof riskIndexInputSchema>;

export const riskIndexResponseSchema = z.strictObject({
  /** `METHODOLOGY_VERSION` of @vigil/analytics: cite it with every figure. */
  methodologyVersion: z.string(),
  level: riskIndexLevelSchema,
  /** The period the records were taken from (from the data where the query left it open). */
  period: z.strictObject({
    from: z.string().nullable(),
    to: z.string().nullable(),
    /** Its length in years: counts per year are divided by it. */
    years: z.number().positive(),
  }),
  result: indexResultSchema,
  inputs: z.array(riskIndexInputSchema),
  /** What the server could not place in a unit, and other notes on the records, in English. */
  notes: z.array(z.string()),
});
export type RiskIndexResponse = z.infer<typeof riskIndexResponseSchema>;

/** The unit of an expert value must be written as its level writes units. */
const unitProblem = (level: RiskIndexLevel, value: string): string | null => {
  if (level === 'country') {
    return countryCodeSchema.safeParse(value).success ? null : 'a country is a code such as RU';
  }
  if (level === 'region') {
    return regionCodeSchema.safeParse(value).success && isKnownRegion(value)
      ? null
      : 'a region is a code Vigil knows, such as RU-ROS or UA-43';
  }
  return isUuid(value) ? null : 'a facility is the id of a facility of the register';
};

/**
 * An expert value as entered: an indicator of the catalogue rated for one unit over one period,
 * with the evidence it rests on and a confidence. The evidence is about laws, decisions and public
 * facts, never about people: it is stored in plaintext, readable by the server. Which indicators
 * take expert values and their scales are the catalogue's (checked by the server).
 */
export const expertValueInputSchema = z
  .strictObject({
    indicator: indicatorId,
    level: riskIndexLevelSchema,
    /** Country code, region code or facility id, as the level writes units. */
    unit,
    /** The period the rating is about (both days included). */
    from: isoDaySchema,
    to: isoDaySchema,
    /** The rating on the indicator's scale (e.g. 0–4), a whole number. */
    value: z.number(),
    /** Laws, decisions, reports the rating rests on. PLAINTEXT: never name a person here. */
    evidence: z.string().trim().min(1).max(EXPERT_EVIDENCE_MAX),
    confidence,
    /** The version being replaced, when the caller read one: 409 if it moved on. */
    expectedVersion: z.number().int().min(1).optional(),
  })
  .superRefine((v, ctx) => {
    const problem = unitProblem(v.level, v.unit);
    if (problem !== null) ctx.addIssue({ code: 'custom', path: ['unit'], message: problem });
    if (!ordered(v))
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  });
export type ExpertValueInput = z.input<typeof expertValueInputSchema>;

/** A stored expert value. */
export const expertValueSchema = z.strictObject({
  id: z.string(),
  indicator: indicatorId,
  level: riskIndexLevelSchema,
  unit,
  from: z.string(),
  to: z.string(),
  value: z.number(),
  evidence: z.string(),
  confidence,
  /** 1 when entered, one more at each change. */
  version: z.number().int().min(1),
  createdAt: z.string(),
  createdBy: accountIdSchema,
  updatedAt: z.string(),
  updatedBy: accountIdSchema,
});
export type ExpertValue = z.infer<typeof expertValueSchema>;

export const expertValueListQuerySchema = z.strictObject({
  level: riskIndexLevelSchema.optional(),
  indicator: indicatorId.optional(),
  unit: unit.optional(),
});
export type ExpertValueListQuery = z.input<typeof expertValueListQuerySchema>;

export const expertValueListResponseSchema = z.strictObject({
  values: z.array(expertValueSchema),
});
export type ExpertValueListResponse = z.infer<typeof expertValueListResponseSchema>;

export const expertValueParamsSchema = z.strictObject({
  vaultId: vaultIdSchema,
  valueId: z.string().refine(isUuid, 'must be a lower-case UUID'),
});
