import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import { ErrorCode, VigilError } from '@vigil/core';
import Fastify, { LogController, type FastifyInstance, type FastifyReply } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Config } from './config';
import { handleError, handleNotFound } from './errors';

/** The Content-Security-Policy of every answer: nothing from anywhere but this origin. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  // WebAssembly (Argon2id and SHA-256 in hash-wasm) only; no eval, no inline script.
  "script-src 'self' 'wasm-unsafe-eval'",
  // Argon2id runs in a dedicated worker, a script of this origin (the fallback says so too).
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  // Evidence previews: a file decrypted in the page is played or shown from a blob: address of
  // this origin (video, audio, a PDF in a frame); nothing else is framed or streamed.
  "media-src 'self' blob:",
  "frame-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** The headers every answer carries, API and web app alike. */
const setSecurityHeaders = (reply: FastifyReply): void => {
  reply.header('content-security-policy', contentSecurityPolicy);
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'no-referrer');
  reply.header('x-frame-options', 'DENY');
  reply.header('cross-origin-opener-policy', 'same-origin');
};

/**
 * The Fastify instance with everything that is not a domain route: zod validation and
 * serialisation, cookies, rate limiting, OpenAPI, security headers, the one error mapping and the
 * allow-listed access log. Domain routes are added by `buildApp`.
 */
export const createHttpServer = async (
  config: Config,
  logger: Logger,
): Promise<FastifyInstance> => {
  const app = Fastify({
    loggerInstance: logger,
    // Fastify's own request logs would carry URLs with queries and headers; ours are allow-listed.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.bodyLimit,
    trustProxy: false,
    routerOptions: { ignoreTrailingSlash: false, maxParamLength: 200 },
    // Bad URLs and over-long path parameters are answered by the router itself; without this they
    // would get Fastify's own body, which is not our error shape and quotes the path back.
    // Those answers skip the app's hooks, so they get the security headers here.
    frameworkErrors: (error, request, reply) => {
      setSecurityHeaders(reply);
      handleError(error, request, reply);
    },
  }) as unknown as FastifyInstance;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON only: a text/plain body is refused with 415 instead of reaching a schema as a string.
  app.removeContentTypeParser(['text/plain']);
  // Evidence parts arrive as raw ciphertext: the stream goes to the route untouched (never
  // buffered), and only routes declared `rawBody` accept it (others fail their body schema).
  app.addContentTypeParser('application/octet-stream', (_request, payload, done) => {
    done(null, payload);
  });
  app.decorateRequest('caller', null);
  app.decorateRequest('membership', null);

  app.addHook('onSend', async (_request, reply, payload) => {
    setSecurityHeaders(reply);
    return payload;
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        // The route pattern, never the raw URL: no query strings in logs.
        route: request.routeOptions.url ?? 'unmatched',
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime),
        accountId: request.caller?.accountId,
        vaultId: request.membership?.vault_id,
      },
      'request',
    );
  });

  app.setErrorHandler(handleError);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: () =>
      new VigilError(ErrorCode.rateLimited, 'Too many requests; try again later.'),
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Vigil API',
        version: '1',
        description: 'End-to-end encrypted documentation of torture in places of detention.',
      },
    },
    transform: jsonSchemaTransform,
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await registerWebApp(app, config.webDist);
  return app;
};

/**
 * Serves the built web app when its folder exists, with index.html for unknown non-API paths
 * (client-side routing). Unknown /api paths always get the JSON 404.
 */
const registerWebApp = async (app: FastifyInstance, webDist: string): Promise<void> => {
  const root = resolve(webDist);
  const hasWeb =
    existsSync(root) && statSync(root).isDirectory() && existsSync(resolve(root, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root, wildcard: false, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url === '/api' || request.url.startsWith('/api/');
    if (hasWeb && !isApi && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return handleNotFound(request, reply);
  });
};
