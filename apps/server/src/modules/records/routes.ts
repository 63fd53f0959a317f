import {
  ALL_SENSITIVE_CODED,
  createRecordRequestSchema,
  recordHistoryResponseSchema,
  recordListQuerySchema,
  recordListResponseSchema,
  recordNameLookupRequestSchema,
  recordNameLookupResponseSchema,
  recordParamsSchema,
  storedRecordSchema,
  updateRecordRequestSchema,
  vaultParamsSchema,
} from '@vigil/core';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { defineRoute } from '../../http/route';
import { memberActor } from '../vaults/member-actor';
import {
  createRecord,
  getRecord,
  listVaultRecords,
  lookupPeopleByName,
  recordHistory,
  setRecordDeleted,
  updateRecord,
} from './use-cases';

/** Records of every kind: the coded part in plaintext, the rest sealed on the client. */
export const registerRecordRoutes = (app: FastifyInstance, deps: AppDeps): void => {
  defineRoute(app, deps, 'recordCreate', {
    summary: 'Create a record: coded fields, relation ids and one sealed envelope',
    params: vaultParamsSchema,
    // Any vault's widest shape; the use case holds the body to the vault's own settings.
    body: createRecordRequestSchema(ALL_SENSITIVE_CODED),
    response: storedRecordSchema,
    status: 201,
    handler: ({ membership, params, body }) =>
      createRecord(deps, memberActor(membership), params.vaultId, body),
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
    body: updateRecordRequestSchema(ALL_SENSITIVE_CODED),
    response: storedRecordSchema,
    handler: ({ membership, params, body }) =>
      updateRecord(deps, memberActor(membership), params.vaultId, params.recordId, body),
  });

  defineRoute(app, deps, 'recordDelete', {
    summary: 'Soft-delete a record (a new version; restorable)',
    params: recordParamsSchema,
    response: storedRecordSchema,
    handler: ({ membership, params }) =>
      setRecordDeleted(deps, memberActor(membership), params.vaultId, params.recordId, true),
  });

  defineRoute(app, deps, 'recordRestore', {
    summary: 'Restore a soft-deleted record (a new version)',
    params: recordParamsSchema,
    response: storedRecordSchema,
    handler: ({ membership, params }) =>
      setRecordDeleted(deps, memberActor(membership), params.vaultId, params.recordId, false),
  });

  defineRoute(app, deps, 'recordHistory', {
    summary: 'Every version of a record, oldest first, sealed parts included',
    params: recordParamsSchema,
    response: recordHistoryResponseSchema,
    handler: ({ params }) => recordHistory(deps, params.vaultId, params.recordId),
  });
};
