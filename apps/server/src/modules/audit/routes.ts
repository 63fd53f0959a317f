import {
  auditChainQuerySchema,
  auditChainResponseSchema,
  INSTANCE_CHAIN,
  vaultIdSchema,
} from '@vigil/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { defineRoute } from '../../http/route';

/**
 * The chain is 'instance' or a vault id in its one canonical (lower-case) form. A looser UUID would
 * pass authorisation (the uuid column compares case-insensitively) and then read the text-keyed
 * chain under another spelling: an empty chain that verifies as OK.
 */
const chainParamsSchema = z.strictObject({
  chain: z.union([z.literal(INSTANCE_CHAIN), vaultIdSchema]),
});

/** Reading audit chains; clients verify them (ADR 0006). */
export const registerAuditRoutes = (app: FastifyInstance, deps: AppDeps): void => {
  defineRoute(app, deps, 'auditChain', {
    summary: 'Events and signed checkpoints of a vault chain or of the instance chain',
    params: chainParamsSchema,
    query: auditChainQuerySchema,
    response: auditChainResponseSchema,
    handler: ({ params, query }) => deps.audit.read(params.chain, query.afterSeq, query.limit),
  });
};
