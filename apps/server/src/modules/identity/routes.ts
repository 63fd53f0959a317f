import {
  accountLookupRequestSchema,
  accountLookupResponseSchema,
  ErrorCode,
  loginRequestSchema,
  loginResponseSchema,
  preloginRequestSchema,
  preloginResponseSchema,
  registerRequestSchema,
  sessionResponseSchema,
  totpDisableRequestSchema,
  totpEnableRequestSchema,
  totpEnableResponseSchema,
  totpSetupResponseSchema,
  VigilError,
} from '@vigil/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { defineRoute } from '../../http/route';
import { SESSION_COOKIE, type Caller } from './authenticate';
import { login } from './use-cases/login';
import { prelogin } from './use-cases/prelogin';
import { register } from './use-cases/register';
import { currentAccount, logout, lookupAccount } from './use-cases/session';
import { confirmTotp, setupTotp, turnOffTotp } from './use-cases/totp';

/** Routes behind `auth: 'account'` always have a caller; this narrows it without a cast. */
export const signedIn = (caller: Caller | null): Caller => {
  if (caller === null) throw new VigilError(ErrorCode.unauthenticated, 'Sign in first.');
  return caller;
};

/** Sign-up, sign-in, sessions and the second factor. */
export const registerIdentityRoutes = (app: FastifyInstance, deps: AppDeps): void => {
  defineRoute(app, deps, 'prelogin', {
    summary: 'Salt and KDF parameters for an address (a stable fake for unknown addresses)',
    body: preloginRequestSchema,
    response: preloginResponseSchema,
    rateLimited: true,
    handler: ({ body }) => prelogin(deps, body.email),
  });

  defineRoute(app, deps, 'register', {
    summary: 'Create an account from keys made on the client',
    body: registerRequestSchema,
    response: z.object({ accountId: z.string() }),
    status: 201,
    rateLimited: true,
    handler: ({ body }) => register(deps, body),
  });

  defineRoute(app, deps, 'login', {
    summary: 'Prove the auth key (and second factor) and open a session',
    body: loginRequestSchema,
    response: loginResponseSchema,
    rateLimited: true,
    handler: async ({ body, reply }) => {
      const result = await login(deps, body);
      if (body.client === 'web') {
        // The web app never sees its session token: httpOnly, same-site only, path-wide.
        reply.setCookie(SESSION_COOKIE, result.token, {
          httpOnly: true,
          sameSite: 'strict',
          secure: deps.config.secureCookies,
          path: '/',
          expires: result.expiresAt,
        });
        return { account: result.account, csrfToken: result.csrfToken };
      }
      return { account: result.account, token: result.token, csrfToken: result.csrfToken };
    },
  });

  defineRoute(app, deps, 'logout', {
    summary: 'End the current session',
    status: 204,
    handler: async ({ caller, reply }) => {
      const me = signedIn(caller);
      await logout(deps, me.sessionId, me.accountId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    },
  });

  defineRoute(app, deps, 'session', {
    summary: 'The signed-in account, to unlock after a reload',
    response: sessionResponseSchema,
    handler: async ({ caller }) => {
      const me = signedIn(caller);
      return { account: await currentAccount(deps, me.accountId), csrfToken: me.csrfToken };
    },
  });

  defineRoute(app, deps, 'totpSetup', {
    summary: 'Start two-factor setup: a new pending TOTP secret',
    response: totpSetupResponseSchema,
    handler: ({ caller }) => setupTotp(deps, signedIn(caller).accountId),
  });

  defineRoute(app, deps, 'totpEnable', {
    summary: 'Confirm the pending TOTP secret with a code; returns recovery codes once',
    body: totpEnableRequestSchema,
    response: totpEnableResponseSchema,
    rateLimited: true,
    handler: ({ caller, body }) => confirmTotp(deps, signedIn(caller).accountId, body.code),
  });

  defineRoute(app, deps, 'totpDisable', {
    summary: 'Turn two-factor sign-in off with a current code',
    body: totpDisableRequestSchema,
    status: 204,
    rateLimited: true,
    handler: ({ caller, body }) => turnOffTotp(deps, signedIn(caller).accountId, body.code),
  });

  defineRoute(app, deps, 'accountLookup', {
    summary: "An account's public keys by e-mail, to seal a vault key for an invitation",
    body: accountLookupRequestSchema,
    response: accountLookupResponseSchema,
    rateLimited: true,
    handler: ({ body }) => lookupAccount(deps, body.email),
  });
};
