import { ErrorCode, VigilError } from '@vigil/core';
import { constantTimeEqual, sha256Hex, utf8 } from '@vigil/crypto';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { findSessionByTokenHash } from './sessions';

/** The session cookie's name. */
export const SESSION_COOKIE = 'vigil_session';
/** The header a cookie session must echo its CSRF token in. */
export const CSRF_HEADER = 'x-csrf-token';

/** Who is calling, established from a session token. */
export interface Caller {
  readonly accountId: string;
  readonly sessionId: string;
  readonly csrfToken: string;
  readonly via: 'cookie' | 'bearer';
}

/** The parts of a request authentication reads. */
export interface Credentials {
  readonly method: string;
  readonly authorization: string | undefined;
  readonly cookie: string | undefined;
  readonly csrfHeader: string | undefined;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
const unauthenticated = () => new VigilError(ErrorCode.unauthenticated, 'Sign in first.');

/**
 * Finds the caller's session from a bearer token or the session cookie. Cookie sessions must echo
 * their CSRF token on state-changing calls; bearer tokens cannot be sent by a browser on its own,
 * so they need none.
 */
export const authenticate = async (db: Db, clock: Clock, creds: Credentials): Promise<Caller> => {
  const bearer = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(creds.authorization ?? '')?.[1];
  const token = bearer ?? creds.cookie;
  if (token === undefined || token === '' || token.length > 200) throw unauthenticated();
  const tokenHash = await sha256Hex(token);
  const session = await db.cached(`session:${tokenHash}`, () =>
    findSessionByTokenHash(db.kysely, tokenHash),
  );
  if (!session || session.expires_at.getTime() <= clock().getTime()) throw unauthenticated();
  const via = bearer !== undefined ? 'bearer' : 'cookie';
  if (via === 'cookie' && !safeMethods.has(creds.method)) {
    const sent = creds.csrfHeader ?? '';
    if (!constantTimeEqual(utf8(sent), utf8(session.csrf_token))) {
      throw new VigilError(ErrorCode.csrfFailed, 'Missing or wrong CSRF token.');
    }
  }
  return {
    accountId: session.account_id,
    sessionId: session.id,
    csrfToken: session.csrf_token,
    via,
  };
};
