import {
  ALL_SENSITIVE_CODED,
  commitImportResponseSchema,
  ErrorCode,
  importParamsSchema,
  importSessionSchema,
  startImportRequestSchema,
  uploadImportRequestSchema,
  uploadImportResponseSchema,
  vaultParamsSchema,
  VigilError,
} from '@vigil/core';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { defineRoute } from '../../http/route';
import type { MembershipRow } from '../vaults/repository';
import type { RecordActor } from '../records/use-cases';
import { abortImport, commitImport, startImport, uploadImport } from './use-cases';

/** The authorised member behind an import route (set by `authorise` before the handler runs). */
const actorOf = (membership: MembershipRow | null): RecordActor => {
  if (membership === null)
    throw new VigilError(ErrorCode.forbidden, 'Your role does not allow this.');
  return { accountId: membership.account_id };
};

/** All-or-nothing imports: start, upload batches of sealed records, commit (or abort). */
export const registerImportRoutes = (app: FastifyInstance, deps: AppDeps): void => {
  defineRoute(app, deps, 'importStart', {
    summary: 'Open an import session of a given number of records',
    params: vaultParamsSchema,
    body: startImportRequestSchema,
    response: importSessionSchema,
    status: 201,
    handler: ({ membership, params, body }) =>
      startImport(deps, actorOf(membership), params.vaultId, body.total),
  });

  defineRoute(app, deps, 'importUpload', {
    summary: 'Stage up to 1,000 records of an import (record create bodies, by row)',
    params: importParamsSchema,
    // Any vault's widest shape; the use case holds each record to the vault's own settings.
    body: uploadImportRequestSchema(ALL_SENSITIVE_CODED),
    response: uploadImportResponseSchema,
    handler: ({ membership, params, body }) =>
      uploadImport(deps, actorOf(membership), params.vaultId, params.importId, body),
  });

  defineRoute(app, deps, 'importCommit', {
    summary: 'Write every staged record in one transaction, or none (400 naming the rows)',
    params: importParamsSchema,
    response: commitImportResponseSchema,
    handler: ({ membership, params }) =>
      commitImport(deps, actorOf(membership), params.vaultId, params.importId),
  });

  defineRoute(app, deps, 'importAbort', {
    summary: 'Drop an open import and its staged records',
    params: importParamsSchema,
    status: 204,
    handler: ({ membership, params }) =>
      abortImport(deps, actorOf(membership), params.vaultId, params.importId),
  });
};
