import {
  createRecordRequestSchema,
  ErrorCode,
  recordHistoryResponseSchema,
  recordListQuerySchema,
  recordListResponseSchema,
  recordNameLookupRequestSchema,
  recordNameLookupResponseSchema,
  recordParamsSchema,
  storedRecordSchema,
  updateRecordRequestSchema,
  vaultParamsSchema,
  VigilError,
} from '@vigil/core';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { defineRoute } from '../../http/route';
import type { MembershipRow } from '../vaults/repository';
import {
  createRecord,
  getRecord,
  listVaultRecords,
  lookupPeopleByName,
  recordHistory,
  setRecordDeleted,
  updateRecord,
  type RecordActor,
} from './use-cases';

/** The authorised member behind a record route (set by `authorise` before the handler runs). */
const actorOf = (membership: MembershipRow | null): RecordActor => {
  if (membership === null)
    throw new VigilError(ErrorCode.forbidden, 'Your role does not allow this.');
  return { accountId: membership.account_id };
};

/** Records of every kind: the coded part in plaintext, the rest sealed on the client. */
export const registerRecordRoutes = (app: FastifyInstance, deps: AppDeps): void => {
  defineRoute(app, deps, 'recordCreate', {
    summary: 'Create a record: coded fields, relation ids and one sealed envelope',
    params: vaultParamsSchema,
    body: createRecordRequestSchema(),
    response: storedRecordSchema,
    status: 201,
    handler: ({ membership, params, body }) =>
      createRecord(deps, actorOf(membership), params.vaultId, body),
  });

  defineRoute(app, deps, 'recordList', {
    summary: "A page of the vault's records: coded filters, sorted, keyset-paginated",
    params: vaultParamsSchema,
    query: recordListQuerySchema,
    response: recordListResponseSchema,
    handler: ({ params, query }) => listVaultRecords(deps, params.vaultId, query),
  });

  defineRoute(app, deps, 'recordNameLookup', {
    summary: 'People whose name blind indexes match some of those given, most matched first',
    params: vaultParamsSchema,
    body: recordNameLookupRequestSchema,
    response: recordNameLookupResponseSchema,
    handler: ({ params, body }) => lookupPeopleByName(deps, params.vaultId, body),
  });

  defineRoute(app, deps, 'recordGet', {
    summary: 'One record',
    params: recordParamsSchema,
    response: storedRecordSchema,
    handler: ({ params }) => getRecord(deps, params.vaultId, params.recordId),
  });

  defineRoute(app, deps, 'recordUpdate', {
    summary: 'Save a new version of a record (409 when the expected version is not current)',
    params: recordParamsSchema,
    body: updateRecordRequestSchema(),
    response: storedRecordSchema,
    handler: ({ membership, params, body }) =>
      updateRecord(deps, actorOf(membership), params.vaultId, params.recordId, body),
  });

  defineRoute(app, deps, 'recordDelete', {
    summary: 'Soft-delete a record (a new version; restorable)',
    params: recordParamsSchema,
    response: storedRecordSchema,
    handler: ({ membership, params }) =>
      setRecordDeleted(deps, actorOf(membership), params.vaultId, params.recordId, true),
  });

  defineRoute(app, deps, 'recordRestore', {
    summary: 'Restore a soft-deleted record (a new version)',
    params: recordParamsSchema,
    response: storedRecordSchema,
    handler: ({ membership, params }) =>
      setRecordDeleted(deps, actorOf(membership), params.vaultId, params.recordId, false),
  });

  defineRoute(app, deps, 'recordHistory', {
    summary: 'Every version of a record, oldest first, sealed parts included',
    params: recordParamsSchema,
    response: recordHistoryResponseSchema,
    handler: ({ params }) => recordHistory(deps, params.vaultId, params.recordId),
  });
};
