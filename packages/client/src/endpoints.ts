import {
  accountIdSchema,
  accountLookupRequestSchema,
  accountLookupResponseSchema,
  auditChainParamsSchema,
  auditChainQuerySchema,
  auditChainResponseSchema,
  changeRoleRequestSchema,
  createRecordRequestSchema,
  createVaultRequestSchema,
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
  storedRecordSchema,
  totpDisableRequestSchema,
  totpEnableRequestSchema,
  totpEnableResponseSchema,
  totpSetupResponseSchema,
  updateRecordRequestSchema,
  vaultListResponseSchema,
  vaultParamsSchema,
  vaultSummarySchema,
  vocabGetResponseSchema,
  vocabListResponseSchema,
  vocabParamsSchema,
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
  // Records: bodies checked with the default record settings, as the server does until vaults
  // have settings of their own (apps/server/src/modules/records/README.md).
  recordCreate: {
    params: vaultParamsSchema,
    request: createRecordRequestSchema(),
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
    request: updateRecordRequestSchema(),
    response: storedRecordSchema,
  },
  recordDelete: { params: recordParamsSchema, response: storedRecordSchema },
  recordRestore: { params: recordParamsSchema, response: storedRecordSchema },
  recordHistory: { params: recordParamsSchema, response: recordHistoryResponseSchema },
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
