import {
  auditChainParamsSchema,
  auditChainQuerySchema,
  auditChainResponseSchema,
} from '@vigil/core';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { defineRoute } from '../../http/route';

/** Reading audit chains; clients verify them (ADR 0006). */
export const registerAuditRoutes = (app: FastifyInstance, deps: AppDeps): void => {
  defineRoute(app, deps, 'auditChain', {
    summary: 'Events and signed checkpoints of a vault chain or of the instance chain',
    params: auditChainParamsSchema,
    query: auditChainQuerySchema,
    response: auditChainResponseSchema,
    handler: ({ params, query }) => deps.audit.read(params.chain, query.afterSeq, query.limit),
  });
};
