// Accounts over HTTP: pre-login, what registration stores, sessions (cookie and bearer), CSRF,
// logout, lockout, rate limiting and the TOTP second factor with recovery codes.
import { errorBodySchema, preloginResponseSchema, type ErrorCode } from '@vigil/core';
import { fromBase64Url, randomBytes, toBase64Url, totpCode, verifyAuthKey } from '@vigil/crypto';
import { sql } from 'kysely';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock';
import {
  call,
  expectStatus,
  newSession,
  registerAccount,
  registrationFor,
  signIn,
  startApp,
  uniqueEmail,
  type TestAccount,
  type TestApp,
} from '../../testing/fixture';

const LOCKOUT_THRESHOLD = 4;
const LOCKOUT_MINUTES = 15;

const clock = manualClock(new Date());
let t: TestApp;

beforeAll(async () => {
  t = await startApp({
    clock: clock.clock,
    config: { lockoutThreshold: LOCKOUT_THRESHOLD, lockoutMinutes: LOCKOUT_MINUTES },
  });
});
afterAll(async () => {
  await t.close();
});

const errorCode = (res: LightMyRequestResponse): ErrorCode =>
  errorBodySchema.parse(res.json()).error.code;
const now = () => Math.floor(clock.clock().getTime() / 1000);
const login = (account: TestAccount, extra: Record<string, unknown> = {}, client = 'cli') =>
  call(t.app, 'POST', '/api/auth/login', {
    body: { email: account.email, authKey: account.authKey, client, ...extra },
  });
const prelogin = (email: string) => call(t.app, 'POST', '/api/auth/prelogin', { body: { email } });

describe('pre-login', () => {
  it('returns the registered salt and KDF parameters for a known address, in any letter case', async () => {
    const account = await registerAccount(t.app);
    for (const email of [account.email, account.email.toUpperCase(), `  ${account.email} `]) {
      const body = preloginResponseSchema.parse(expectStatus(await prelogin(email), 200).json());
      expect(body.salt).toBe(account.salt);
    }
  });

  it('returns a stable fake salt of the same shape for an unknown address', async () => {
    const known = await registerAccount(t.app);
    const knownBody = expectStatus(await prelogin(known.email), 200).json<
      Record<string, unknown>
    >();
    const unknown = uniqueEmail('nobody');
    const first = expectStatus(await prelogin(unknown), 200).json<Record<string, unknown>>();
    const second = expectStatus(await prelogin(unknown.toUpperCase()), 200).json<
      Record<string, unknown>
    >();
    const other = expectStatus(await prelogin(uniqueEmail('nobody')), 200).json<
      Record<string, unknown>
    >();
    expect(second).toEqual(first);
    expect(other.salt).not.toBe(first.salt);
    const fake = preloginResponseSchema.parse(first);
    expect(Object.keys(first).sort()).toEqual(Object.keys(knownBody).sort());
    expect(Object.keys(fake.kdf).sort()).toEqual(
      Object.keys(preloginResponseSchema.parse(knownBody).kdf).sort(),
    );
    expect(fromBase64Url(fake.salt)).toHaveLength(16);
  });
});

describe('registration', () => {
  it('stores the address only as a keyed hash and the auth key only as Argon2id', async () => {
    const account = await registerAccount(
      t.app,
      `Stored.Clear-${toBase64Url(randomBytes(3))}@Example.org`.toLowerCase(),
    );
    const row = await t.db.kysely
      .selectFrom('accounts')
      .selectAll()
      .where('id', '=', account.id)
      .executeTakeFirstOrThrow();
    expect(row.email_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.auth_hash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
    expect(row.auth_hash).not.toContain(account.authKey);
    expect(await verifyAuthKey(fromBase64Url(account.authKey), row.auth_hash)).toBe(true);
    expect(await verifyAuthKey(randomBytes(32), row.auth_hash)).toBe(false);
    // Nowhere in the database: not in the account row, not in any other table.
    const local = account.email.split('@')[0] ?? '';
    const authKeyHex = Buffer.from(fromBase64Url(account.authKey)).toString('hex');
    const tables = await sql<{ tablename: string }>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public'`.execute(t.db.kysely);
    expect(tables.rows.length).toBeGreaterThan(5);
    for (const { tablename } of tables.rows) {
      const rows = await sql`SELECT * FROM ${sql.table(tablename)}`.execute(t.db.kysely);
      const text = JSON.stringify(rows.rows).toLowerCase();
      expect(text, tablename).not.toContain(local.toLowerCase());
      expect(text, tablename).not.toContain(account.authKey.toLowerCase());
      expect(text, tablename).not.toContain(authKeyHex);
    }
  });

  it('refuses a second account for the same address, whatever its letter case', async () => {
    const account = await registerAccount(t.app);
    const again = await registrationFor(account.email.toUpperCase());
    const res = await call(t.app, 'POST', '/api/auth/register', { body: again.body });
    expect(res.statusCode).toBe(409);
    expect(errorCode(res)).toBe('email_taken');
  });
});

describe('sessions', () => {
  it('gives the web an HttpOnly SameSite=Strict cookie and never the token in the body', async () => {
    const account = await registerAccount(t.app);
    const res = expectStatus(await login(account, {}, 'web'), 200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^vigil_session=/);
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).toMatch(/;\s*SameSite=Strict/i);
    expect(setCookie).toMatch(/;\s*Path=\//i);
    const cookie = res.cookies.find((c) => c.name === 'vigil_session');
    const body = res.json<{ token?: string; csrfToken: string }>();
    expect(body.token).toBeUndefined();
    expect(body.csrfToken.length).toBeGreaterThan(20);
    expect(res.body).not.toContain(cookie?.value ?? '∅');
  });

  it('marks the cookie Secure when configured for TLS, and not on plain loopback HTTP', async () => {
    const plain = String(
      (await login(await registerAccount(t.app), {}, 'web')).headers['set-cookie'],
    );
    expect(plain).not.toMatch(/;\s*Secure/i);
    const tls = await startApp({ config: { secureCookies: true } });
    try {
      const account = await registerAccount(tls.app);
      const res = await call(tls.app, 'POST', '/api/auth/login', {
        body: { email: account.email, authKey: account.authKey, client: 'web' },
      });
      expect(String(res.headers['set-cookie'])).toMatch(/;\s*Secure/i);
    } finally {
      await tls.close();
    }
  });

  it('gives the CLI a bearer token in the body and no cookie', async () => {
    const account = await registerAccount(t.app);
    const res = expectStatus(await login(account), 200);
    expect(res.headers['set-cookie']).toBeUndefined();
    const { token } = res.json<{ token: string }>();
    const me = await call(t.app, 'GET', '/api/auth/session', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.json()).toMatchObject({ account: { id: account.id } });
  });

  it('requires the CSRF token on writes of a cookie session, not on reads and not for bearer tokens', async () => {
    const web = await newSession(t.app, 'web');
    const cookie = { cookie: `vigil_session=${web.token}` };
    const read = await call(t.app, 'GET', '/api/vaults', { headers: cookie });
    expect(read.statusCode).toBe(200);
    for (const csrf of [undefined, 'wrong', web.csrfToken.slice(1)]) {
      const res = await call(t.app, 'POST', '/api/auth/totp/setup', {
        headers: { ...cookie, ...(csrf === undefined ? {} : { 'x-csrf-token': csrf }) },
      });
      expect(res.statusCode, String(csrf)).toBe(403);
      expect(errorCode(res)).toBe('csrf_failed');
    }
    const ok = await call(t.app, 'POST', '/api/auth/totp/setup', {
      headers: { ...cookie, 'x-csrf-token': web.csrfToken },
    });
    expect(ok.statusCode).toBe(200);
    const cli = await newSession(t.app, 'cli');
    expect((await call(t.app, 'POST', '/api/auth/totp/setup', { session: cli })).statusCode).toBe(
      200,
    );
    // Another session's CSRF token does not count.
    const otherWeb = await newSession(t.app, 'web');
    const crossed = await call(t.app, 'POST', '/api/auth/totp/setup', {
      headers: { ...cookie, 'x-csrf-token': otherWeb.csrfToken },
    });
    expect(errorCode(crossed)).toBe('csrf_failed');
  });

  it('ends exactly the logged-out session and clears its cookie', async () => {
    const account = await registerAccount(t.app);
    const web = await signIn(t.app, account, 'web');
    const cli = await signIn(t.app, account, 'cli');
    const out = expectStatus(await call(t.app, 'POST', '/api/auth/logout', { session: web }), 204);
    const cleared = out.cookies.find((c) => c.name === 'vigil_session');
    expect(cleared?.value).toBe('');
    const after = await call(t.app, 'GET', '/api/auth/session', { session: web });
    expect(after.statusCode).toBe(401);
    expect(errorCode(after)).toBe('unauthenticated');
    expect((await call(t.app, 'GET', '/api/auth/session', { session: cli })).statusCode).toBe(200);
  });

  it('refuses unknown, malformed and expired tokens with 401', async () => {
    const cli = await newSession(t.app, 'cli');
    for (const authorization of [
      'Bearer ' + 'x'.repeat(43),
      'Bearer',
      'Basic abc',
      `Bearer ${cli.token}x`,
    ]) {
      const res = await call(t.app, 'GET', '/api/auth/session', { headers: { authorization } });
      expect(res.statusCode, authorization).toBe(401);
    }
    clock.advance(t.config.sessionTtlHours * 3_600_000 + 1000);
    const expired = await call(t.app, 'GET', '/api/auth/session', { session: cli });
    expect(expired.statusCode).toBe(401);
  });
});

describe('lockout', () => {
  const wrong = (account: TestAccount) => login(account, { authKey: toBase64Url(randomBytes(32)) });

  it(`locks an account after ${LOCKOUT_THRESHOLD} failures in a row, until ${LOCKOUT_MINUTES} minutes pass`, async () => {
    const account = await registerAccount(t.app);
    for (let i = 1; i < LOCKOUT_THRESHOLD; i += 1)
      expect(errorCode(await wrong(account))).toBe('invalid_credentials');
    const locking = await wrong(account);
    expect(locking.statusCode).toBe(423);
    expect(errorCode(locking)).toBe('account_locked');
    // The right key does not open a locked account either.
    expect(errorCode(await login(account))).toBe('account_locked');
    clock.advance(LOCKOUT_MINUTES * 60_000 - 1000);
    expect(errorCode(await login(account))).toBe('account_locked');
    clock.advance(2000);
    expectStatus(await login(account), 200);
  });

  it('counts parallel failures one by one: exactly threshold − 1 get past before the lock', async () => {
    const account = await registerAccount(t.app);
    const answers = await Promise.all(
      Array.from({ length: LOCKOUT_THRESHOLD * 2 }, () => wrong(account)),
    );
    const codes = answers.map(errorCode);
    expect(codes.filter((c) => c === 'invalid_credentials')).toHaveLength(LOCKOUT_THRESHOLD - 1);
    expect(codes.filter((c) => c === 'account_locked')).toHaveLength(LOCKOUT_THRESHOLD + 1);
    expect(errorCode(await login(account))).toBe('account_locked');
  });

  it('counts failures in a row only: a success starts the count again', async () => {
    const account = await registerAccount(t.app);
    for (let i = 1; i < LOCKOUT_THRESHOLD; i += 1) await wrong(account);
    expectStatus(await login(account), 200);
    for (let i = 1; i < LOCKOUT_THRESHOLD; i += 1) await wrong(account);
    expectStatus(await login(account), 200);
  });

  it('answers an unknown address like a wrong key, however often', async () => {
    const ghost: TestAccount = { ...(await registerAccount(t.app)), email: uniqueEmail('ghost') };
    for (let i = 0; i <= LOCKOUT_THRESHOLD; i += 1) {
      const res = await login(ghost);
      expect(res.statusCode).toBe(401);
      expect(errorCode(res)).toBe('invalid_credentials');
    }
  });
});

describe('rate limiting of sign-in routes', () => {
  it('answers 429 rate_limited past the limit per address and route, and not for another address', async () => {
    const limited = await startApp({ config: { authRateLimitMax: 3 } });
    try {
      const send = (remoteAddress: string, url = '/api/auth/prelogin') =>
        limited.app.inject({
          method: 'POST',
          url,
          remoteAddress,
          payload: { email: 'someone@example.org' },
        });
      for (let i = 0; i < 3; i += 1) expect((await send('10.0.0.1')).statusCode).toBe(200);
      const over = await send('10.0.0.1');
      expect(over.statusCode).toBe(429);
      expect(errorBodySchema.parse(over.json()).error.code).toBe('rate_limited');
      expect((await send('10.0.0.2')).statusCode).toBe(200);
      // Login is limited as well, with the same error.
      const logins = [];
      for (let i = 0; i < 4; i += 1)
        logins.push((await send('10.0.0.3', '/api/auth/login')).statusCode);
      expect(logins.slice(0, 3).every((s) => s === 400)).toBe(true);
      expect(logins[3]).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe('the TOTP second factor', () => {
  it('sets up, enables, demands a code, refuses replays, spends recovery codes once and turns off', async () => {
    const account = await registerAccount(t.app);
    const session = await signIn(t.app, account);
    const setup = expectStatus(await call(t.app, 'POST', '/api/auth/totp/setup', { session }), 200);
    const { secret, uri } = setup.json<{ secret: string; uri: string }>();
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(uri).not.toContain(account.email);

    const bad = await call(t.app, 'POST', '/api/auth/totp/enable', {
      session,
      body: {
        code: String((Number(await totpCode(secret, now())) + 1) % 1_000_000).padStart(6, '0'),
      },
    });
    expect(errorCode(bad)).toBe('totp_invalid');
    const enableCode = await totpCode(secret, now());
    const enabled = expectStatus(
      await call(t.app, 'POST', '/api/auth/totp/enable', { session, body: { code: enableCode } }),
      200,
    );
    const { recoveryCodes } = enabled.json<{ recoveryCodes: string[] }>();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const me = await call(t.app, 'GET', '/api/auth/session', { session });
    expect(me.json()).toMatchObject({ account: { totpEnabled: true } });
    // Setting up again while on is refused.
    expect((await call(t.app, 'POST', '/api/auth/totp/setup', { session })).statusCode).toBe(409);

    expect(errorCode(await login(account))).toBe('totp_required');
    // The code that enabled it was used: it cannot sign in.
    expect(errorCode(await login(account, { totpCode: enableCode }))).toBe('totp_invalid');
    clock.advance(30_000);
    const code = await totpCode(secret, now());
    expectStatus(await login(account, { totpCode: code }), 200);
    expect(errorCode(await login(account, { totpCode: code }))).toBe('totp_invalid');

    const [first, second] = recoveryCodes;
    expectStatus(await login(account, { recoveryCode: first?.toUpperCase() }), 200);
    expect(errorCode(await login(account, { recoveryCode: first }))).toBe('totp_invalid');
    expect(errorCode(await login(account, { recoveryCode: 'aaaaa-aaaaa' }))).toBe('totp_invalid');
    // A recovery code does not replace the auth key.
    const withWrongKey = await login(account, {
      authKey: toBase64Url(randomBytes(32)),
      recoveryCode: second,
    });
    expect(errorCode(withWrongKey)).toBe('invalid_credentials');
    expectStatus(await login(account, { recoveryCode: second }), 200);

    // Turning it off needs a fresh code; a used one is refused.
    expect(
      errorCode(await call(t.app, 'POST', '/api/auth/totp/disable', { session, body: { code } })),
    ).toBe('totp_invalid');
    clock.advance(30_000);
    expectStatus(
      await call(t.app, 'POST', '/api/auth/totp/disable', {
        session,
        body: { code: await totpCode(secret, now()) },
      }),
      204,
    );
    expectStatus(await login(account), 200);
  });

  it('keeps the recovery codes only as hashes', async () => {
    const account = await registerAccount(t.app);
    const session = await signIn(t.app, account);
    const { secret } = (await call(t.app, 'POST', '/api/auth/totp/setup', { session })).json<{
      secret: string;
    }>();
    clock.advance(30_000);
    const { recoveryCodes } = expectStatus(
      await call(t.app, 'POST', '/api/auth/totp/enable', {
        session,
        body: { code: await totpCode(secret, now()) },
      }),
      200,
    ).json<{ recoveryCodes: string[] }>();
    const rows = await t.db.kysely
      .selectFrom('recovery_codes')
      .select('code_hash')
      .where('account_id', '=', account.id)
      .execute();
    expect(rows).toHaveLength(recoveryCodes.length);
    const stored = JSON.stringify(rows);
    for (const code of recoveryCodes) expect(stored).not.toContain(code);
  });
});
