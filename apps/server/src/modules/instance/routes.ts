import { healthResponseSchema, instanceResponseSchema } from '@vigil/core';
import { toBase64Url } from '@vigil/crypto';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { defineRoute } from '../../http/route';

/** Liveness and the instance's public facts. */
export const registerInstanceRoutes = (app: FastifyInstance, deps: AppDeps): void => {
  defineRoute(app, deps, 'health', {
    summary: 'Liveness',
    response: healthResponseSchema,
    handler: async () => ({ ok: true as const }),
  });

  defineRoute(app, deps, 'instance', {
    summary: 'Protocol version and the audit checkpoint key',
    response: instanceResponseSchema,
    handler: async () => ({
      protocol: 1 as const,
      serverPublicKey: toBase64Url(deps.keys.signing.publicKey),
    }),
  });
};
