// NO SECRETS IN LOGS: the API is driven through every sign-up, sign-in, second-factor and
// invitation flow with marker values, every log line is captured, and no marker (nor the session
// token, cookie, CSRF token, TOTP secret or recovery codes) may appear in any of them. Error
// answers, including a 500 from an internal error that quotes its input, must not echo them either.
import { errorBodySchema } from '@vigil/core';
import {
  deriveAuthKey,
  deriveMasterKey,
  fromBase64Url,
  randomBytes,
  toBase64Url,
  totpCode,
} from '@vigil/crypto';
import { Writable } from 'node:stream';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from './clock';
import { createLogger } from './logger';
import {
  call,
  createVault,
  expectStatus,
  invitationFor,
  registrationFor,
  signIn,
  startApp,
  TEST_KDF,
  type TestApp,
} from '../testing/fixture';

/** Every written log line, as text. */
const lines: string[] = [];
const destination = new Writable({
  write(chunk: Buffer | string, _encoding, done) {
    lines.push(String(chunk));
    done();
  },
});

const marker = (name: string) => `mrk${name}${toBase64Url(randomBytes(6)).replace(/[-_]/g, 'x')}`;
const aliceEmail = `${marker('alice')}@example.org`;
const bobEmail = `${marker('bob')}@example.org`;
const password = `${marker('password')} correct horse`;
const userAgent = marker('agent');

/** Needles: each secret in every text form it could be logged in. */
const needles = new Map<string, string>();
const addSecret = (name: string, value: string): void => {
  needles.set(name, value);
  const encoded = encodeURIComponent(value);
  if (encoded !== value) needles.set(`${name} (URL-encoded)`, encoded);
};
const addBytes = (name: string, bytes: Uint8Array): void => {
  const buf = Buffer.from(bytes);
  needles.set(`${name} (base64url)`, buf.toString('base64url'));
  needles.set(`${name} (base64)`, buf.toString('base64').replace(/=+$/, ''));
  needles.set(`${name} (hex)`, buf.toString('hex'));
};

const clock = manualClock(new Date());
let failing: string | null = null;
let t: TestApp;
const answers: LightMyRequestResponse[] = [];

/** Sends a request and keeps its answer for the echo check. */
const send = async (...args: Parameters<typeof call>): Promise<LightMyRequestResponse> => {
  const res = await call(...args);
  answers.push(res);
  return res;
};

const now = () => Math.floor(clock.clock().getTime() / 1000);

beforeAll(async () => {
  t = await startApp({
    logger: createLogger({ level: 'trace', destination }),
    // An internal failure whose message quotes input, as a careless library error might.
    clock: () => {
      if (failing !== null) throw new Error(`cannot process ${failing}`);
      return clock.clock();
    },
  });

  // The password only ever becomes an auth key on the client; the key is a secret in its own right.
  const salt = randomBytes(16);
  const authKeyBytes = await deriveAuthKey(await deriveMasterKey(password, salt, TEST_KDF));
  const authKey = toBase64Url(authKeyBytes);
  addSecret('alice e-mail', aliceEmail);
  addSecret('bob e-mail', bobEmail);
  addSecret('password', password);
  addSecret('user agent', userAgent);
  addBytes('auth key', authKeyBytes);

  const aliceReg = await registrationFor(aliceEmail, authKey);
  const bobReg = await registrationFor(bobEmail);
  addBytes('bob auth key', fromBase64Url(bobReg.account.authKey));
  addSecret('alice sealed private keys', String(aliceReg.body.encryptedPrivateKeys));
  addBytes('alice private key', aliceReg.account.encryptionPrivateKey);
  const headers = { 'user-agent': userAgent };

  await send(t.app, 'POST', '/api/auth/prelogin', { body: { email: aliceEmail }, headers });
  expectStatus(
    await send(t.app, 'POST', '/api/auth/register', { body: aliceReg.body, headers }),
    201,
  );
  expectStatus(await send(t.app, 'POST', '/api/auth/register', { body: bobReg.body }), 201);
  // The same address again, and an unknown one.
  await send(t.app, 'POST', '/api/auth/register', { body: aliceReg.body, headers });
  await send(t.app, 'POST', '/api/auth/prelogin', { body: { email: `x${aliceEmail}` } });

  // Wrong key, then web and CLI sessions.
  const wrongKey = randomBytes(32);
  addBytes('wrong auth key', wrongKey);
  await send(t.app, 'POST', '/api/auth/login', {
    body: { email: aliceEmail, authKey: toBase64Url(wrongKey), client: 'cli' },
  });
  const web = await signIn(t.app, aliceReg.account, 'web');
  const cli = await signIn(t.app, aliceReg.account, 'cli');
  const bob = await signIn(t.app, bobReg.account, 'cli');
  for (const s of [web, cli, bob]) {
    addSecret(`${s.via} session token`, s.token);
    addSecret(`${s.via} CSRF token`, s.csrfToken);
  }
  await send(t.app, 'GET', '/api/auth/session', { session: web });
  // A cookie write without its CSRF token.
  await send(t.app, 'POST', '/api/auth/totp/setup', {
    headers: { cookie: `vigil_session=${web.token}` },
  });

  // Second factor: setup, enable, sign in with a code, a replay, a recovery code.
  const setup = expectStatus(
    await send(t.app, 'POST', '/api/auth/totp/setup', { session: cli }),
    200,
  );
  const { secret, uri } = setup.json<{ secret: string; uri: string }>();
  addSecret('TOTP secret', secret);
  addSecret('TOTP URI', uri);
  const enabled = expectStatus(
    await send(t.app, 'POST', '/api/auth/totp/enable', {
      session: cli,
      body: { code: await totpCode(secret, now()) },
    }),
    200,
  );
  const { recoveryCodes } = enabled.json<{ recoveryCodes: string[] }>();
  recoveryCodes.forEach((code, i) => addSecret(`recovery code ${i}`, code));
  clock.advance(30_000);
  const code = await totpCode(secret, now());
  const withCode = await signIn(t.app, aliceReg.account, 'cli', { totpCode: code });
  addSecret('TOTP session token', withCode.token);
  await send(t.app, 'POST', '/api/auth/login', {
    body: { email: aliceEmail, authKey, client: 'cli', totpCode: code },
  });
  const recovered = await signIn(t.app, aliceReg.account, 'web', {
    recoveryCode: recoveryCodes[0] ?? '',
  });
  addSecret('recovery session cookie', recovered.token);

  // Invitation: look up by address, seal, invite, accept.
  const vault = await createVault(t.app, withCode);
  await send(t.app, 'POST', '/api/accounts/lookup', {
    session: withCode,
    body: { email: bobEmail },
  });
  const invitation = await invitationFor(vault, bobReg.account, 'analyst');
  addSecret('wrapped vault key', String(invitation.wrappedKey));
  addBytes('vault key', vault.key.bytes);
  expectStatus(
    await send(t.app, 'POST', `/api/vaults/${vault.id}/members`, {
      session: withCode,
      body: invitation,
    }),
    201,
  );
  expectStatus(await send(t.app, 'POST', `/api/vaults/${vault.id}/accept`, { session: bob }), 200);

  // Bad input carrying secrets in values, queries and unknown fields; a non-JSON body; a bad path.
  await send(t.app, 'POST', '/api/auth/login', {
    body: { email: aliceEmail, authKey, client: 'cli', password },
  });
  await send(t.app, 'POST', '/api/auth/prelogin', { body: { email: password } });
  await send(t.app, 'POST', '/api/auth/login', {
    body: { email: aliceEmail, authKey: password, client: 'cli' },
  });
  await send(t.app, 'GET', `/api/vaults?email=${encodeURIComponent(aliceEmail)}`, { session: bob });
  await send(t.app, 'GET', `/api/vaults/${encodeURIComponent(aliceEmail)}`, { session: bob });
  await send(t.app, 'GET', `/api/nowhere/${encodeURIComponent(aliceEmail)}`);
  await send(t.app, 'GET', `/api/audit/${'x'.repeat(250)}${encodeURIComponent(aliceEmail)}`, {
    session: bob,
  });
  await t.app.inject({
    method: 'POST',
    url: '/api/auth/prelogin',
    headers: { 'content-type': 'text/plain' },
    payload: aliceEmail,
  });
  await send(t.app, 'POST', '/api/auth/prelogin', {
    headers: { 'content-type': 'application/json' },
    body: `{"email":"${aliceEmail}"`,
  });

  // An internal error that quotes the input it choked on.
  failing = `${aliceEmail} ${password}`;
  const crashed = await send(t.app, 'POST', '/api/auth/login', {
    body: { email: aliceEmail, authKey, client: 'cli' },
  });
  failing = null;
  expect(crashed.statusCode).toBe(500);

  await send(t.app, 'POST', '/api/auth/logout', { session: web });
});
afterAll(async () => {
  await t.close();
});

describe('the logs', () => {
  it('were captured: one line per request with route, status and account id', () => {
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = parsed.filter((l) => l.msg === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(answers.length);
    expect(requests.some((l) => l.route === '/api/auth/login' && l.status === 200)).toBe(true);
    expect(requests.some((l) => typeof l.accountId === 'string')).toBe(true);
    expect(parsed.some((l) => l.msg === 'request failed' && l.errorCode === 'internal_error')).toBe(
      true,
    );
  });

  it('contain none of the secrets, in any text form', () => {
    expect(needles.size).toBeGreaterThan(20);
    const text = lines.join('');
    const found = [...needles].filter(([, value]) => text.includes(value)).map(([name]) => name);
    expect(found).toEqual([]);
  });

  it('carry only allow-listed keys', () => {
    const keys = new Set(lines.flatMap((l) => Object.keys(JSON.parse(l) as object)));
    for (const key of keys) {
      expect([
        'level',
        'time',
        'msg',
        'reqId',
        'method',
        'route',
        'status',
        'durationMs',
        'errorCode',
        'errorType',
        'accountId',
        'vaultId',
      ]).toContain(key);
    }
  });
});

describe('error answers', () => {
  it('never echo the input, and keep the one error shape', () => {
    const errors = answers.filter((a) => a.statusCode >= 400);
    expect(errors.length).toBeGreaterThan(8);
    const echoed: string[] = [];
    for (const res of errors) {
      expect(errorBodySchema.safeParse(res.json()).success, res.body).toBe(true);
      for (const [name, value] of needles)
        if (res.body.includes(value)) echoed.push(`${res.statusCode} ${name}`);
    }
    expect(echoed).toEqual([]);
  });

  it('answer an internal error with a generic 500 that names nothing', () => {
    const crashed = answers.find((a) => a.statusCode === 500);
    expect(crashed?.json()).toEqual({
      error: { code: 'internal_error', message: 'Something went wrong on the server.', fields: [] },
    });
  });
});
