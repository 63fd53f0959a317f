import {
  completeEvidenceUploadRequestSchema,
  custodyEntryRequestSchema,
  custodyEntrySchema,
  custodyListResponseSchema,
  evidenceItemSchema,
  evidenceListQuerySchema,
  evidenceListResponseSchema,
  evidenceParamsSchema,
  evidencePartParamsSchema,
  evidencePartResponseSchema,
  evidenceUploadStatusSchema,
  startEvidenceUploadRequestSchema,
  rotateVaultRequestSchema,
  ALL_SENSITIVE_CODED,
  vaultSettingsRequestSchema,
  accountIdSchema,
  accountLookupRequestSchema,
  accountLookupResponseSchema,
  auditChainParamsSchema,
  auditChainQuerySchema,
  auditChainResponseSchema,
  changeRoleRequestSchema,
  commitImportResponseSchema,
  createRecordRequestSchema,
  createVaultRequestSchema,
  importParamsSchema,
  importSessionSchema,
  instanceResponseSchema,
  inviteRequestSchema,
  loginRequestSchema,
  loginResponseSchema,
  memberListResponseSchema,
  memberParamsSchema,
  memberSchema,
  preloginRequestSchema,
  preloginResponseSchema,
  recordHistoryResponseSchema,
  recordListQuerySchema,
  recordListResponseSchema,
  recordNameLookupRequestSchema,
  recordNameLookupResponseSchema,
  recordParamsSchema,
  registerRequestSchema,
  sessionResponseSchema,
  startImportRequestSchema,
  storedRecordSchema,
  totpDisableRequestSchema,
  totpEnableRequestSchema,
  totpEnableResponseSchema,
  totpSetupResponseSchema,
  updateRecordRequestSchema,
  uploadImportRequestSchema,
  uploadImportResponseSchema,
  vaultListResponseSchema,
  vaultParamsSchema,
  vaultSummarySchema,
  vocabGetResponseSchema,
  facilityCreateBodySchema,
  facilityImportBodySchema,
  facilityImportResponseSchema,
  facilityListQuerySchema,
  facilityListResponseSchema,
  facilityMergeBodySchema,
  facilityParamsSchema,
  facilitySchema,
  facilityUpdateBodySchema,
  facilityOverviewParamsSchema,
  facilityOverviewQuerySchema,
  facilityOverviewSchema,
  facilityStatsQuerySchema,
  facilityStatsSchema,
  alertsQuerySchema,
  alertsResponseSchema,
  statsQuerySchema,
  statsResponseSchema,
  statsRecordsBodySchema,
  statsRecordsResponseSchema,
  publicationQuerySchema,
  publicationSchema,
  vocabListResponseSchema,
  vocabParamsSchema,
  expertValueInputSchema,
  expertValueListQuerySchema,
  expertValueListResponseSchema,
  expertValueParamsSchema,
  expertValueSchema,
  riskIndexQuerySchema,
  riskIndexResponseSchema,
  linkDecisionListQuerySchema,
  linkDecisionListResponseSchema,
  linkDecisionRequestSchema,
  linkDecisionResponseSchema,
  linkageSummarySchema,
  linkPatternsRequestSchema,
  linkPatternsResponseSchema,
  linkRunCreatedResponseSchema,
  linkRunListResponseSchema,
  linkRunParamsSchema,
  linkRunRequestSchema,
  linkRunResponseSchema,
  type RouteName,
} from '@vigil/core';
import { z } from 'zod';

/** Answers whose body the client does not use (204, or an acknowledgement object). */
const noContentSchema = z.unknown().transform((): void => undefined);

/** A single vault answer, accepted bare or wrapped as `{ vault }`. */
const vaultAnswerSchema = z.union([
  vaultSummarySchema,
  z.object({ vault: vaultSummarySchema }).transform((v) => v.vault),
]);

/** A single member answer, accepted bare or wrapped as `{ member }`. */
const memberAnswerSchema = z.union([
  memberSchema,
  z.object({ member: memberSchema }).transform((m) => m.member),
]);

/** What registration answers: the new account's id, bare or inside an account view. */
const registerResponseSchema = z.union([
  z.object({ accountId: accountIdSchema }),
  z.object({ account: z.object({ id: accountIdSchema }) }).transform((r) => ({
    accountId: r.account.id,
  })),
]);

/** One row per route the client calls: the boundary schemas of core, shared with the server. */
interface Endpoint {
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly request?: z.ZodType;
  readonly response: z.ZodType;
}

/**
 * The schemas for each route of `routes` (core). Request bodies, params and queries are validated
 * with exactly the server's schema before anything is sent; answers are parsed before use.
 */
export const endpoints = {
  instance: { response: instanceResponseSchema },
  prelogin: { request: preloginRequestSchema, response: preloginResponseSchema },
  register: { request: registerRequestSchema, response: registerResponseSchema },
  login: { request: loginRequestSchema, response: loginResponseSchema },
  logout: { response: noContentSchema },
  session: { response: sessionResponseSchema },
  totpSetup: { response: totpSetupResponseSchema },
  totpEnable: { request: totpEnableRequestSchema, response: totpEnableResponseSchema },
  totpDisable: { request: totpDisableRequestSchema, response: noContentSchema },
  accountLookup: { request: accountLookupRequestSchema, response: accountLookupResponseSchema },
  vaultCreate: { request: createVaultRequestSchema, response: vaultAnswerSchema },
  vaultList: { response: vaultListResponseSchema },
  vaultGet: { params: vaultParamsSchema, response: vaultAnswerSchema },
  vaultRotate: {
    params: vaultParamsSchema,
    request: rotateVaultRequestSchema,
    response: vaultAnswerSchema,
  },
  vaultSettings: {
    params: vaultParamsSchema,
    request: vaultSettingsRequestSchema,
    response: vaultAnswerSchema,
  },
  memberList: { params: vaultParamsSchema, response: memberListResponseSchema },
  memberInvite: {
    params: vaultParamsSchema,
    request: inviteRequestSchema,
    response: memberAnswerSchema,
  },
  invitationAccept: { params: vaultParamsSchema, response: vaultAnswerSchema },
  memberChangeRole: {
    params: memberParamsSchema,
    request: changeRoleRequestSchema,
    response: noContentSchema,
  },
  memberRemove: { params: memberParamsSchema, response: noContentSchema },
  auditChain: {
    params: auditChainParamsSchema,
    query: auditChainQuerySchema,
    response: auditChainResponseSchema,
  },
  vocabList: { response: vocabListResponseSchema },
  vocabGet: { params: vocabParamsSchema, response: vocabGetResponseSchema },
  facilityList: { query: facilityListQuerySchema, response: facilityListResponseSchema },
  facilityGet: { params: facilityParamsSchema, response: facilitySchema },
  facilityCreate: { request: facilityCreateBodySchema, response: facilitySchema },
  facilityImport: { request: facilityImportBodySchema, response: facilityImportResponseSchema },
  facilityUpdate: {
    params: facilityParamsSchema,
    request: facilityUpdateBodySchema,
    response: facilitySchema,
  },
  facilityOverview: {
    params: facilityOverviewParamsSchema,
    query: facilityOverviewQuerySchema,
    response: facilityOverviewSchema,
  },
  facilityStats: {
    params: vaultParamsSchema,
    query: facilityStatsQuerySchema,
    response: facilityStatsSchema,
  },
  alertList: {
    params: vaultParamsSchema,
    query: alertsQuerySchema,
    response: alertsResponseSchema,
  },
  statsQuery: {
    params: vaultParamsSchema,
    request: statsQuerySchema,
    response: statsResponseSchema,
  },
  statsRecords: {
    params: vaultParamsSchema,
    request: statsRecordsBodySchema,
    response: statsRecordsResponseSchema,
  },
  statsPublication: {
    params: vaultParamsSchema,
    query: publicationQuerySchema,
    response: publicationSchema,
  },
  facilityMerge: {
    params: facilityParamsSchema,
    request: facilityMergeBodySchema,
    response: facilitySchema,
  },
  // Records: bodies checked in their widest shape, as the server's route does; `splitRecord` with
  // the vault's own settings decided which sensitive fields are coded.
  recordCreate: {
    params: vaultParamsSchema,
    request: createRecordRequestSchema(ALL_SENSITIVE_CODED),
    response: storedRecordSchema,
  },
  recordList: {
    params: vaultParamsSchema,
    query: recordListQuerySchema,
    response: recordListResponseSchema,
  },
  recordNameLookup: {
    params: vaultParamsSchema,
    request: recordNameLookupRequestSchema,
    response: recordNameLookupResponseSchema,
  },
  recordGet: { params: recordParamsSchema, response: storedRecordSchema },
  recordUpdate: {
    params: recordParamsSchema,
    request: updateRecordRequestSchema(ALL_SENSITIVE_CODED),
    response: storedRecordSchema,
  },
  recordDelete: { params: recordParamsSchema, response: storedRecordSchema },
  recordRestore: { params: recordParamsSchema, response: storedRecordSchema },
  recordHistory: { params: recordParamsSchema, response: recordHistoryResponseSchema },
  importStart: {
    params: vaultParamsSchema,
    request: startImportRequestSchema,
    response: importSessionSchema,
  },
  importUpload: {
    params: importParamsSchema,
    request: uploadImportRequestSchema(),
    response: uploadImportResponseSchema,
  },
  importCommit: { params: importParamsSchema, response: commitImportResponseSchema },
  importAbort: { params: importParamsSchema, response: noContentSchema },
  evidenceUploadStart: {
    params: vaultParamsSchema,
    request: startEvidenceUploadRequestSchema,
    response: evidenceUploadStatusSchema,
  },
  evidenceUploadStatus: { params: evidenceParamsSchema, response: evidenceUploadStatusSchema },
  // Raw bytes in (Transport.upload), JSON out.
  evidencePartPut: { params: evidencePartParamsSchema, response: evidencePartResponseSchema },
  evidenceUploadComplete: {
    params: evidenceParamsSchema,
    request: completeEvidenceUploadRequestSchema,
    response: evidenceItemSchema,
  },
  evidenceUploadAbort: { params: evidenceParamsSchema, response: noContentSchema },
  evidenceList: {
    params: vaultParamsSchema,
    query: evidenceListQuerySchema,
    response: evidenceListResponseSchema,
  },
  evidenceGet: { params: evidenceParamsSchema, response: evidenceItemSchema },
  // Raw bytes out (Transport.download): the response schema is not used.
  evidenceContent: { params: evidenceParamsSchema, response: noContentSchema },
  custodyList: { params: evidenceParamsSchema, response: custodyListResponseSchema },
  custodyAppend: {
    params: evidenceParamsSchema,
    request: custodyEntryRequestSchema,
    response: custodyEntrySchema,
  },
  riskIndex: {
    params: vaultParamsSchema,
    query: riskIndexQuerySchema,
    response: riskIndexResponseSchema,
  },
  riskIndexExpertList: {
    params: vaultParamsSchema,
    query: expertValueListQuerySchema,
    response: expertValueListResponseSchema,
  },
  riskIndexExpertPut: {
    params: vaultParamsSchema,
    request: expertValueInputSchema,
    response: expertValueSchema,
  },
  riskIndexExpertDelete: { params: expertValueParamsSchema, response: noContentSchema },
  linkDecisionCreate: {
    params: vaultParamsSchema,
    request: linkDecisionRequestSchema,
    response: linkDecisionResponseSchema,
  },
  linkDecisionList: {
    params: vaultParamsSchema,
    query: linkDecisionListQuerySchema,
    response: linkDecisionListResponseSchema,
  },
  linkRunCreate: {
    params: vaultParamsSchema,
    request: linkRunRequestSchema,
    response: linkRunCreatedResponseSchema,
  },
  linkRunList: { params: vaultParamsSchema, response: linkRunListResponseSchema },
  linkRunLatest: { params: vaultParamsSchema, response: linkRunResponseSchema },
  linkRunGet: { params: linkRunParamsSchema, response: linkRunResponseSchema },
  linkRunRestore: { params: linkRunParamsSchema, response: linkRunCreatedResponseSchema },
  linkageSummary: { params: vaultParamsSchema, response: linkageSummarySchema },
  linkPatterns: {
    params: vaultParamsSchema,
    request: linkPatternsRequestSchema,
    response: linkPatternsResponseSchema,
  },
} as const satisfies Partial<Record<RouteName, Endpoint>>;

export type EndpointName = keyof typeof endpoints;
type EndpointOf<N extends EndpointName> = (typeof endpoints)[N];
type InputOf<E, K extends string> =
  E extends Record<K, infer S extends z.ZodType> ? z.input<S> : undefined;

/** The body type a route's request schema accepts (undefined for routes without a body). */
export type RequestBody<N extends EndpointName> = InputOf<EndpointOf<N>, 'request'>;
/** The path parameters a route needs (undefined for routes without any). */
export type RequestParams<N extends EndpointName> = InputOf<EndpointOf<N>, 'params'>;
/** The query a route accepts (undefined for routes without one). */
export type RequestQuery<N extends EndpointName> = InputOf<EndpointOf<N>, 'query'>;
/** The parsed answer of a route. */
export type ResponseOf<N extends EndpointName> = z.output<EndpointOf<N>['response']>;
