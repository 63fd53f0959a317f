import { Readable } from 'node:stream';
import {
  completeEvidenceUploadRequestSchema,
  custodyEntryRequestSchema,
  custodyEntrySchema,
  custodyListResponseSchema,
  ErrorCode,
  evidenceItemSchema,
  evidenceListQuerySchema,
  evidenceListResponseSchema,
  evidenceParamsSchema,
  evidencePartParamsSchema,
  evidencePartResponseSchema,
  evidenceUploadStatusSchema,
  PART_SHA256_HEADER,
  startEvidenceUploadRequestSchema,
  vaultParamsSchema,
  VigilError,
} from '@vigil/core';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { defineRoute } from '../../http/route';
import { memberActor } from '../vaults/member-actor';
import {
  abortUpload,
  appendCustody,
  completeUpload,
  getItem,
  itemContent,
  listCustody,
  listEvidence,
  putPart,
  startUpload,
  uploadStatus,
} from './use-cases';

/** Evidence files: resumable encrypted uploads, ciphertext downloads and signed custody. */
export const registerEvidenceRoutes = (app: FastifyInstance, deps: AppDeps): void => {
  defineRoute(app, deps, 'evidenceUploadStart', {
    summary: 'Open a resumable upload of an encrypted evidence file',
    params: vaultParamsSchema,
    body: startEvidenceUploadRequestSchema,
    response: evidenceUploadStatusSchema,
    status: 201,
    handler: ({ membership, params, body }) =>
      startUpload(deps, memberActor(membership), params.vaultId, body),
  });

  defineRoute(app, deps, 'evidenceUploadStatus', {
    summary: 'Which parts of an upload arrived (to resume it)',
    params: evidenceParamsSchema,
    response: evidenceUploadStatusSchema,
    handler: ({ membership, params }) =>
      uploadStatus(deps, memberActor(membership), params.vaultId, params.evidenceId),
  });

  defineRoute(app, deps, 'evidencePartPut', {
    summary: 'Store one part of the ciphertext (application/octet-stream), checked by its SHA-256',
    params: evidencePartParamsSchema,
    rawBody: true,
    response: evidencePartResponseSchema,
    handler: ({ membership, params, request }) => {
      if (!(request.body instanceof Readable)) {
        throw new VigilError(
          ErrorCode.unsupportedMediaType,
          'Send a part as application/octet-stream.',
        );
      }
      const header = request.headers[PART_SHA256_HEADER];
      return putPart(
        deps,
        memberActor(membership),
        params.vaultId,
        params.evidenceId,
        params.index,
        typeof header === 'string' ? header : undefined,
        request.body,
      );
    },
  });

  defineRoute(app, deps, 'evidenceUploadComplete', {
    summary: 'Complete an upload whose parts all arrived; the signed intake opens its custody',
    params: evidenceParamsSchema,
    body: completeEvidenceUploadRequestSchema,
    response: evidenceItemSchema,
    handler: ({ membership, params, body }) =>
      completeUpload(
        deps,
        memberActor(membership),
        params.vaultId,
        params.evidenceId,
        body.intake,
        body.sealed,
      ),
  });

  defineRoute(app, deps, 'evidenceUploadAbort', {
    summary: 'Drop an unfinished upload and its stored parts',
    params: evidenceParamsSchema,
    status: 204,
    handler: ({ membership, params }) =>
      abortUpload(deps, memberActor(membership), params.vaultId, params.evidenceId),
  });

  defineRoute(app, deps, 'evidenceList', {
    summary: "A page of the vault's evidence, by record documented or kind",
    params: vaultParamsSchema,
    query: evidenceListQuerySchema,
    response: evidenceListResponseSchema,
    handler: ({ params, query }) => listEvidence(deps, params.vaultId, query),
  });

  defineRoute(app, deps, 'evidenceGet', {
    summary: 'One evidence item: coded facts, sealed metadata and links',
    params: evidenceParamsSchema,
    response: evidenceItemSchema,
    handler: ({ params }) => getItem(deps, params.vaultId, params.evidenceId),
  });

  defineRoute(app, deps, 'evidenceContent', {
    summary: "The item's ciphertext as one application/octet-stream",
    params: evidenceParamsSchema,
    handler: async ({ membership, params, reply }) => {
      const content = await itemContent(
        deps,
        memberActor(membership),
        params.vaultId,
        params.evidenceId,
      );
      reply.header('content-type', 'application/octet-stream');
      reply.header('content-length', String(content.size));
      return content.stream;
    },
  });

  defineRoute(app, deps, 'custodyList', {
    summary: "An item's custody events (sealed, signed) in chain order",
    params: evidenceParamsSchema,
    response: custodyListResponseSchema,
    handler: ({ params }) => listCustody(deps, params.vaultId, params.evidenceId),
  });

  defineRoute(app, deps, 'custodyAppend', {
    summary: "Append a signed custody event at the end of an item's chain",
    params: evidenceParamsSchema,
    body: custodyEntryRequestSchema,
    response: custodyEntrySchema,
    status: 201,
    handler: ({ membership, params, body }) =>
      appendCustody(deps, memberActor(membership), params.vaultId, params.evidenceId, body),
  });
};
