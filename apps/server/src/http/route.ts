import { bodyLimitOf, routes, type RouteName } from '@vigil/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../deps';
import {
  authenticate,
  CSRF_HEADER,
  SESSION_COOKIE,
  type Caller,
} from '../modules/identity/authenticate';
import { authorise, routeAuth } from '../modules/vaults/authorise';
import type { MembershipRow } from '../modules/vaults/repository';
import { PreparedJson } from '../platform/result-cache';

/** Strict empty object: routes without params or query refuse any. */
const none = z.strictObject({});
/** Bodiless POST/DELETE: nothing (Fastify gives null), or an empty JSON object. */
const emptyBody = z.strictObject({}).nullish();

/** What a handler receives: validated input plus who is calling. */
export interface HandlerInput<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly caller: Caller | null;
  readonly membership: MembershipRow | null;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

/** One route's schemas and its thin handler. */
export interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  /** Success answer schema (status 200 unless `status`); feeds the OpenAPI document. */
  readonly response?: z.ZodType;
  readonly status?: 200 | 201 | 204;
  /**
   * The body is raw bytes (application/octet-stream), handed to the handler as a stream in
   * `request.body`; the use case checks its length and hash.
   */
  readonly rawBody?: boolean;
  /** Apply the per-IP sign-in rate limit. */
  readonly rateLimited?: boolean;
  readonly summary: string;
  readonly handler: (
    input: HandlerInput<z.output<P>, z.output<Q>, z.output<B>>,
  ) => Promise<unknown>;
}

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
    membership: MembershipRow | null;
  }
}

const bodyless = new Set(['GET', 'HEAD']);

/**
 * Registers one route of the shared `routes` table. The order is fixed (STYLE.md 1): rate limit
 * (onRequest) → authenticate (preParsing, before the body is read) → validate (zod) → authorise
 * (preHandler, before the handler loads anything) → the handler's one use-case call.
 */
export const defineRoute = <
  P extends z.ZodType = typeof none,
  Q extends z.ZodType = typeof none,
  B extends z.ZodType = typeof emptyBody,
>(
  app: FastifyInstance,
  deps: AppDeps,
  name: RouteName,
  spec: RouteSpec<P, Q, B>,
): void => {
  const { method, path } = routes[name];
  const auth = routeAuth(name);
  const status = spec.status ?? 200;
  app.route({
    method,
    url: path,
    bodyLimit: bodyLimitOf(name, deps.config.bodyLimit),
    config: spec.rateLimited
      ? {
          rateLimit: {
            max: deps.config.authRateLimitMax,
            timeWindow: deps.config.authRateLimitWindowSeconds * 1000,
          },
        }
      : {},
    schema: {
      operationId: name,
      summary: spec.summary,
      params: spec.params ?? none,
      querystring: spec.query ?? none,
      ...(bodyless.has(method) || spec.rawBody === true ? {} : { body: spec.body ?? emptyBody }),
      ...(spec.response ? { response: { [status]: spec.response } } : {}),
    },
    preParsing:
      auth.kind === 'none'
        ? []
        : [
            async (request: FastifyRequest) => {
              const header = request.headers[CSRF_HEADER];
              request.caller = await authenticate(deps.db, deps.clock, {
                method: request.method,
                authorization: request.headers.authorization,
                cookie: request.cookies[SESSION_COOKIE],
                csrfHeader: typeof header === 'string' ? header : undefined,
              });
            },
          ],
    preHandler: [
      async (request: FastifyRequest) => {
        if (request.caller === null) return;
        request.membership = await authorise(
          deps.db,
          auth,
          request.caller.accountId,
          request.params,
        );
      },
    ],
    handler: async (request, reply) => {
      const result = await spec.handler({
        // Validated by the zod validator compiler against exactly these schemas.
        params: request.params as z.output<P>,
        query: request.query as z.output<Q>,
        body: request.body as z.output<B>,
        caller: request.caller,
        membership: request.membership,
        request,
        reply,
      });
      if (status === 204) return reply.status(204).send();
      // Checked and serialised already (a cached answer): sent as it is.
      if (result instanceof PreparedJson) {
        return reply
          .status(status)
          .header('content-type', 'application/json; charset=utf-8')
          .send(result.bytes);
      }
      return reply.status(status).send(result);
    },
  });
};
