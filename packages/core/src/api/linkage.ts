import { z } from 'zod';
import { accountIdSchema, isUuid, vaultIdSchema } from '../ids';

/**
 * Record linkage on the server (issue 7 points 4 and 7). Linkage itself runs on DECRYPTED names on
 * the client (@vigil/analytics `linkage`); the server only stores what comes out of it, as ids:
 *
 * - reviewers' **decisions** on pairs of person records (match, non-match, unsure; `withdrawn`
 *   reverses one and puts the pair back in the review queue), append-only and audited;
 * - **runs**: which person record belongs to which person, as random pseudonymous cluster ids
 *   (`P-` + 12 Crockford base32 characters) made on the client, never derived from names. Runs are
 *   numbered 1, 2, … per vault and never changed; a merge, split or save is reversed by restoring
 *   an earlier run as a new one;
 * - from the latest run and the coded records, the **people** count and the **overlap pattern**
 *   of lists (source organisation, material type or connection) for multiple systems estimation.
 */

/** What a reviewer decided about a pair; `withdrawn` takes the pair's decision back. */
export const LINK_DECISIONS = ['match', 'non-match', 'unsure', 'withdrawn'] as const;
export const linkDecisionSchema = z.enum(LINK_DECISIONS);
export type LinkDecisionValue = z.infer<typeof linkDecisionSchema>;

/** Crockford's base32 alphabet (no I, L, O, U). */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CLUSTER_ID = /^P-[0-9A-HJKMNP-TV-Z]{12}$/;

/** A pseudonymous person id: `P-` and 12 Crockford base32 characters (60 random bits). */
export const clusterIdSchema = z
  .string()
  .regex(
    CLUSTER_ID,
    'a cluster id is P- and 12 characters of Crockford base32, e.g. P-7K3M9Q2XW4ZD',
  );
export type ClusterId = z.infer<typeof clusterIdSchema>;

/** True when the string is a cluster id. */
export const isClusterId = (value: string): boolean => CLUSTER_ID.test(value);

/**
 * A new random cluster id, from the platform's CSPRNG (Node 20 and browsers). Never derive one
 * from a name or a record: the id must say nothing about the person.
 */
export const newClusterId = (): ClusterId => {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  let id = 'P-';
  // 256 is a multiple of 32: the low five bits of a uniform byte are uniform.
  for (const b of bytes) id += CROCKFORD_ALPHABET[b & 31];
  return id;
};

/** Most assignments one run may carry (the route's body limit follows from it). */
export const LINK_RUN_MAX_ASSIGNMENTS = 1_000_000;
/** The JSON of one assignment, generously: `{"recordId":"…36…","clusterId":"P-…","probability":0.123456789}`. */
const ASSIGNMENT_JSON_BYTES = 128;
/** The body limit of `POST …/linkage/runs`. */
export const LINK_RUN_BODY_LIMIT = LINK_RUN_MAX_ASSIGNMENTS * ASSIGNMENT_JSON_BYTES + 64 * 1024;
/** Most settings a run may record. */
export const LINK_RUN_MAX_SETTINGS = 64;

const recordId = z.string().refine(isUuid, 'must be a lower-case UUID');
const probability = z.number().min(0, 'must be from 0 to 1').max(1, 'must be from 0 to 1');
const count = z.number().int().min(0);
const runNumber = z.number().int().min(1);

/** POST …/linkage/decisions. The server stores the pair ordered (recordA < recordB). */
export const linkDecisionRequestSchema = z
  .strictObject({
    recordA: recordId,
    recordB: recordId,
    decision: linkDecisionSchema,
    /** The model's match probability the reviewer was shown. */
    probability: probability.optional(),
  })
  .refine((d) => d.recordA !== d.recordB, {
    path: ['recordB'],
    message: 'a pair is two different records',
  });
export type LinkDecisionRequest = z.input<typeof linkDecisionRequestSchema>;

/** One stored decision. */
export const linkDecisionViewSchema = z.strictObject({
  id: z.string(),
  /** The smaller of the two record ids. */
  recordA: z.string(),
  recordB: z.string(),
  decision: linkDecisionSchema,
  probability: z.number().nullable(),
  decidedBy: accountIdSchema,
  decidedAt: z.string(),
});
export type LinkDecision = z.infer<typeof linkDecisionViewSchema>;

export const linkDecisionResponseSchema = z.strictObject({ decision: linkDecisionViewSchema });
export type LinkDecisionResponse = z.infer<typeof linkDecisionResponseSchema>;

export const linkDecisionListQuerySchema = z.strictObject({
  /** `1`: every decision ever made, newest first; otherwise the current one of each pair. */
  history: z.enum(['0', '1']).optional(),
});
export type LinkDecisionListQuery = z.input<typeof linkDecisionListQuerySchema>;

export const linkDecisionListResponseSchema = z.strictObject({
  decisions: z.array(linkDecisionViewSchema),
});
export type LinkDecisionListResponse = z.infer<typeof linkDecisionListResponseSchema>;

/**
 * The settings a run was made with: `threshold` (the match probability above which records were
 * put together) and any other NUMBERS the client wants to keep with it (seed, cannotLinkBelow…).
 * Numbers only, so nothing identifying can travel in them.
 */
export const linkRunSettingsSchema = z
  .looseObject({ threshold: probability })
  .superRefine((s, ctx) => {
    const keys = Object.keys(s);
    if (keys.length > LINK_RUN_MAX_SETTINGS) {
      ctx.addIssue({ code: 'custom', message: `at most ${LINK_RUN_MAX_SETTINGS} settings` });
    }
    for (const key of keys) {
      const value = (s as Record<string, unknown>)[key];
      if (!/^[a-zA-Z][a-zA-Z0-9]{0,63}$/.test(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'a setting name is a short word' });
      } else if (typeof value !== 'number' || !Number.isFinite(value)) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'a setting is a finite number' });
      }
    }
  })
  .transform((s) => s as { threshold: number } & Record<string, number>);
export type LinkRunSettings = z.output<typeof linkRunSettingsSchema>;

/** One person record's cluster in a run. */
export const linkAssignmentSchema = z.strictObject({
  recordId,
  clusterId: clusterIdSchema,
  /** How sure the clustering was that the record belongs there; null for a record alone. */
  probability: probability.nullable().default(null),
});
export type LinkAssignment = z.output<typeof linkAssignmentSchema>;
export type LinkAssignmentInput = z.input<typeof linkAssignmentSchema>;

/** POST …/linkage/runs. */
export const linkRunRequestSchema = z.strictObject({
  /** The latest run number the client started from (null: none yet); 409 when another was saved since. */
  basedOn: runNumber.nullable(),
  settings: linkRunSettingsSchema,
  assignments: z
    .array(linkAssignmentSchema)
    .max(LINK_RUN_MAX_ASSIGNMENTS)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((a, i) => {
        if (seen.has(a.recordId)) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'recordId'],
            message: 'this record is assigned twice',
          });
        }
        seen.add(a.recordId);
      });
    }),
});
export type LinkRunRequest = z.input<typeof linkRunRequestSchema>;

/** A stored run, without its assignments. */
export const linkRunSummarySchema = z.strictObject({
  number: runNumber,
  createdAt: z.string(),
  createdBy: accountIdSchema,
  /** Person records assigned. */
  records: count,
  /** Distinct cluster ids. */
  clusters: count,
  basedOn: runNumber.nullable(),
  /** The run this one restores, when it is a restore. */
  restoredFrom: runNumber.nullable(),
  settings: z.record(z.string(), z.number()),
});
export type LinkRunSummary = z.infer<typeof linkRunSummarySchema>;

export const linkRunCreatedResponseSchema = z.strictObject({ run: linkRunSummarySchema });
export type LinkRunCreatedResponse = z.infer<typeof linkRunCreatedResponseSchema>;

export const linkRunListResponseSchema = z.strictObject({ runs: z.array(linkRunSummarySchema) });
export type LinkRunListResponse = z.infer<typeof linkRunListResponseSchema>;

/** A run with its assignments, ordered by record id. */
export const linkRunResponseSchema = z.strictObject({
  run: linkRunSummarySchema,
  assignments: z.array(
    z.strictObject({
      recordId: z.string(),
      clusterId: z.string(),
      probability: z.number().nullable(),
    }),
  ),
});
export type LinkRunResponse = z.infer<typeof linkRunResponseSchema>;

export const linkRunParamsSchema = z.strictObject({
  vaultId: vaultIdSchema,
  number: z.coerce.number().int().min(1).max(2_147_483_647),
});

/** GET …/linkage/summary: how many people the vault's person records are. */
export const linkageSummarySchema = z.strictObject({
  /** Live person records. */
  personRecords: count,
  /** Distinct clusters of the latest run among live person records, plus live records without one. */
  people: count,
  /** Live person records with a cluster in the latest run. */
  clusteredRecords: count,
  run: linkRunSummarySchema.nullable(),
  /** Current decisions (withdrawn ones left out), over pairs of records. */
  decisions: z.strictObject({ match: count, nonMatch: count, unsure: count }),
});
export type LinkageSummary = z.infer<typeof linkageSummarySchema>;

/** What makes a list for estimation: a coded field of source records. */
export const LIST_BY = ['materialType', 'connection', 'organisation'] as const;
export type ListBy = (typeof LIST_BY)[number];
/** What the pattern table may be split by. */
export const PATTERN_STRATA = ['none', 'year', 'sex', 'ageBand', 'region', 'facilityType'] as const;
export type PatternStratum = (typeof PATTERN_STRATA)[number];
/** Most lists of one pattern table (and of the default choice). */
export const PATTERN_MAX_LISTS = 8;

/** A list is a code of the vault's sources: a vocabulary code or an organisation code. */
const listCode = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a list is a code, e.g. ovd-info or 010100000000');

/** POST …/linkage/patterns. */
export const linkPatternsRequestSchema = z.strictObject({
  listBy: z.enum(LIST_BY),
  /** The lists, in the order of the pattern's digits; default: the codes with most people, at most 8. */
  lists: z
    .array(listCode)
    .min(1)
    .max(PATTERN_MAX_LISTS)
    .refine((l) => new Set(l).size === l.length, 'a list is named once')
    .optional(),
  stratumBy: z.enum(PATTERN_STRATA).default('none'),
});
export type LinkPatternsRequest = z.input<typeof linkPatternsRequestSchema>;

/** The overlap pattern of the lists: how many people were on exactly which lists, per stratum. */
export const linkPatternsResponseSchema = z.strictObject({
  listBy: z.enum(LIST_BY),
  /** The lists in digit order, each with the people on it (all strata). */
  lists: z.array(z.strictObject({ code: z.string(), people: count })),
  strata: z.array(
    z.strictObject({
      /** The stratum's code (a year, a sex, an age band, a region, a facility type); null: unknown or no strata. */
      stratum: z.string().nullable(),
      /** People on at least one list in this stratum. */
      people: count,
      /** Only patterns that occur; `'101'` = on the first and third list, not the second. */
      patterns: z.array(z.strictObject({ pattern: z.string().regex(/^[01]+$/), count })),
    }),
  ),
  /** The run the people come from; null = no run yet, each person record counts as one person. */
  run: runNumber.nullable(),
  /** People on none of the chosen lists (not in the table). */
  peopleWithoutList: count,
  /** Plain-language notes: lists left out, few people, unknown strata. */
  warnings: z.array(z.string()),
});
export type LinkPatternsResponse = z.infer<typeof linkPatternsResponseSchema>;
