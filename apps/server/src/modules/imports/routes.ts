import {
  ALL_SENSITIVE_CODED,
  commitImportResponseSchema,
  importParamsSchema,
  importSessionSchema,
  startImportRequestSchema,
  uploadImportRequestSchema,
  uploadImportResponseSchema,
  vaultParamsSchema,
} from '@vigil/core';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { defineRoute } from '../../http/route';
import { memberActor } from '../vaults/member-actor';
import { abortImport, commitImport, startImport, uploadImport } from './use-cases';

/** All-or-nothing imports: start, upload batches of sealed records, commit (or abort). */
export const registerImportRoutes = (app: FastifyInstance, deps: AppDeps): void => {
  defineRoute(app, deps, 'importStart', {
    summary: 'Open an import session of a given number of records',
    params: vaultParamsSchema,
    body: startImportRequestSchema,
    response: importSessionSchema,
    status: 201,
    handler: ({ membership, params, body }) =>
      startImport(deps, memberActor(membership), params.vaultId, body.total),
  });

  defineRoute(app, deps, 'importUpload', {
    summary: 'Stage up to 1,000 records of an import (record create bodies, by row)',
    params: importParamsSchema,
    // Any vault's widest shape; the use case holds each record to the vault's own settings.
    body: uploadImportRequestSchema(ALL_SENSITIVE_CODED),
    response: uploadImportResponseSchema,
    handler: ({ membership, params, body }) =>
      uploadImport(deps, memberActor(membership), params.vaultId, params.importId, body),
  });

  defineRoute(app, deps, 'importCommit', {
    summary: 'Write every staged record in one transaction, or none (400 naming the rows)',
    params: importParamsSchema,
    response: commitImportResponseSchema,
    handler: ({ membership, params }) =>
      commitImport(deps, memberActor(membership), params.vaultId, params.importId),
  });

  defineRoute(app, deps, 'importAbort', {
    summary: 'Drop an open import and its staged records',
    params: importParamsSchema,
    status: 204,
    handler: ({ membership, params }) =>
      abortImport(deps, memberActor(membership), params.vaultId, params.importId),
  });
};
