// BAD INPUT: every route of the table gets malformed JSON, wrong types, unknown fields, oversized
// bodies, bad ids, odd queries and non-JSON content types, signed in and not. The server must
// answer 4xx with the one error body, never 5xx, and must keep serving afterwards.
import { errorBodySchema, routes, type RouteName } from '@vigil/core';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createVault,
  invitationFor,
  newSession,
  registerAccount,
  registrationFor,
  uniqueEmail,
  vaultCreationFor,
  signIn,
  startApp,
  type TestApp,
  type TestSession,
  type TestVault,
} from '../testing/fixture';
import {
  createIncident,
  incidentWire,
  recordCreationFor,
} from '../modules/records/records.fixture';

const BODY_LIMIT = 4096;
const routeNames = Object.keys(routes) as RouteName[];

let t: TestApp;
let bearer: TestSession;
let cookie: TestSession;
let vault: TestVault;
/** A record of the vault, for the routes about one record. */
let recordId: string;

beforeAll(async () => {
  t = await startApp({ config: { bodyLimit: BODY_LIMIT } });
  bearer = await newSession(t.app, 'cli');
  cookie = await signIn(t.app, bearer.account, 'web');
  vault = await createVault(t.app, bearer);
  recordId = await createIncident(t.app, bearer, vault);
});
afterAll(async () => {
  await t.close();
});

/** Fails (with the request in the message) on a 5xx or an error answer not in the one shape. */
const checkAnswer = (res: LightMyRequestResponse, what: string): void => {
  expect(res.statusCode, `${what} → ${res.body}`).toBeLessThan(500);
  expect(res.headers['content-security-policy'], what).toBeDefined();
  if (res.statusCode >= 400) {
    const parsed = errorBodySchema.safeParse(JSON.parse(res.body));
    expect(parsed.success, `${what} → ${res.body}`).toBe(true);
  }
};

/** Fills a route's `:params` with the given values. */
const fillPath = (path: string, value: (param: string) => string): string =>
  path.replace(/:([A-Za-z]+)/g, (_m, param: string) => encodeURIComponent(value(param)));

const validParam = (param: string): string =>
  param === 'accountId' ? bearer.account.id : param === 'recordId' ? recordId : vault.id;

type Auth = 'anonymous' | 'bearer' | 'cookie' | 'cookieWithoutCsrf' | 'garbageToken';

const authHeaders = (auth: Auth, method: string): Record<string, string> => {
  switch (auth) {
    case 'anonymous':
      return {};
    case 'bearer':
      return bearer.headers(method);
    case 'cookie':
      return cookie.headers(method);
    case 'cookieWithoutCsrf':
      return { cookie: `vigil_session=${cookie.token}` };
    case 'garbageToken':
      return {
        authorization: 'Bearer not-a-real-token-but-long-enough',
        cookie: 'vigil_session=%%%',
      };
  }
};

/** One kind of body, as raw payload plus content type. */
type RawBody = { payload?: string; contentType?: string };

const jsonBody = fc.jsonValue({ maxDepth: 3 }).map((v): RawBody => ({
  payload: JSON.stringify(v),
  contentType: 'application/json',
}));
const objectWithUnknownFields = fc
  .dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 })
  .map((v): RawBody => ({ payload: JSON.stringify(v), contentType: 'application/json' }));
const malformedJson = fc
  .oneof(
    fc.string({ maxLength: 60 }),
    fc.constantFrom('{', '{"email":', '[1,2', '{"a":1}}', 'nul', '{"__proto__":{"x":1}}', '\u0000'),
  )
  .map((s): RawBody => ({ payload: s, contentType: 'application/json' }));
const oversized = fc.integer({ min: BODY_LIMIT + 1, max: BODY_LIMIT * 4 }).map((n): RawBody => ({
  payload: JSON.stringify({ email: 'a'.repeat(n) }),
  contentType: 'application/json',
}));
const otherContentType = fc
  .record({
    payload: fc.string({ maxLength: 80 }),
    contentType: fc.constantFrom(
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
      'application/octet-stream',
      'application/json; charset=latin-7',
      'nonsense',
    ),
  })
  .map((r): RawBody => r);
const noBody = fc.constant<RawBody>({});

const anyBody = fc.oneof(
  jsonBody,
  objectWithUnknownFields,
  malformedJson,
  oversized,
  otherContentType,
  noBody,
);

const badId = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.uuid().map((u) => u.toUpperCase()),
  fc.uuid(),
  fc.constantFrom('instance', '..', '%00', '0', '-1', 'null', "' OR 1=1 --", 'a'.repeat(300)),
);

const query = fc.dictionary(
  fc.constantFrom('afterSeq', 'limit', 'x', 'email', '__proto__', 'a[b]'),
  fc.oneof(fc.string({ maxLength: 20 }), fc.integer().map(String), fc.constant('1e309')),
  { maxKeys: 3 },
);

const requestArb = fc.record({
  name: fc.constantFrom(...routeNames),
  auth: fc.constantFrom<Auth>('anonymous', 'bearer', 'cookie', 'cookieWithoutCsrf', 'garbageToken'),
  validParams: fc.boolean(),
  param: badId,
  query,
  body: anyBody,
  method: fc.option(fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE'), { freq: 4 }),
});

/** A signed-in session that a fuzzed logout ended is opened again, so later runs stay signed in. */
const stillSignedIn = async (): Promise<void> => {
  const probe = await t.app.inject({
    method: 'GET',
    url: '/api/auth/session',
    headers: bearer.headers('GET'),
  });
  if (probe.statusCode === 401) bearer = await signIn(t.app, bearer.account, 'cli');
  const probeCookie = await t.app.inject({
    method: 'GET',
    url: '/api/auth/session',
    headers: cookie.headers('GET'),
  });
  if (probeCookie.statusCode === 401) cookie = await signIn(t.app, bearer.account, 'web');
};

/** A fresh valid body per route that takes one, as a client would send it. */
const validBodies: Partial<Record<RouteName, () => Promise<Record<string, unknown>>>> = {
  prelogin: async () => ({ email: uniqueEmail() }),
  register: async () => (await registrationFor(uniqueEmail())).body,
  login: async () => ({
    email: bearer.account.email,
    authKey: bearer.account.authKey,
    client: 'cli',
  }),
  totpEnable: async () => ({ code: '123456' }),
  totpDisable: async () => ({ code: '123456' }),
  accountLookup: async () => ({ email: bearer.account.email }),
  vaultCreate: async () => (await vaultCreationFor(bearer.account)).body,
  memberInvite: async () => invitationFor(vault, invitee, 'viewer'),
  memberChangeRole: async () => ({ role: 'analyst' }),
  recordCreate: async () => (await recordCreationFor(vault)).body,
  recordNameLookup: async () => ({ indexes: ['0123456789abcdef', 'fedcba9876543210'], limit: 10 }),
  recordUpdate: async () => ({
    kind: 'incident',
    expectedVersion: 1,
    record: await incidentWire(vault, recordId),
  }),
};
let invitee: Awaited<ReturnType<typeof registerAccount>>;

/** One change to a valid body: a field dropped, replaced by something odd, or one added. */
const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    null,
    '',
    -1,
    0,
    2 ** 31,
    2 ** 53,
    1e308,
    -0,
    'A'.repeat(43),
    'a'.repeat(3000),
    '00000000-0000-0000-0000-000000000000',
    'ä@example.org',
    'a@b',
    '\u0000',
    true,
    [],
    {},
  ),
  fc.uuid(),
);
const mutation = fc.record({
  mode: fc.constantFrom('keep', 'drop', 'replace', 'replace', 'replace', 'add'),
  field: fc.nat(),
  value: oddValue,
  auth: fc.constantFrom<Auth>('anonymous', 'bearer', 'cookie'),
});
const mutatedRoutes = Object.keys(validBodies) as RouteName[];

describe('bad input to every route', () => {
  it('never answers 5xx to a valid body with one field dropped, replaced or added', async () => {
    invitee = await registerAccount(t.app);
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...mutatedRoutes), mutation, async (name, m) => {
        const valid = await (validBodies[name] ?? (async () => ({})))();
        const keys = Object.keys(valid);
        const key = keys[m.field % keys.length] ?? 'x';
        const body: Record<string, unknown> =
          m.mode === 'drop'
            ? Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key))
            : m.mode === 'replace'
              ? { ...valid, [key]: m.value }
              : m.mode === 'add'
                ? { ...valid, [`extra${m.field}`]: m.value }
                : valid;
        const route = routes[name];
        const url = fillPath(route.path, validParam);
        const res = await t.app.inject({
          method: route.method,
          url,
          headers: authHeaders(m.auth, route.method),
          payload: body,
        });
        checkAnswer(
          res,
          `${route.method} ${url} [${m.auth}] ${m.mode} ${key} ${JSON.stringify(m.value)}`,
        );
        statuses.add(res.statusCode);
      }),
      { numRuns: 250 },
    );
    // The valid bodies really are valid: some requests got through to the use cases.
    expect(
      [...statuses].some((s) => s >= 200 && s < 300),
      [...statuses].join(),
    ).toBe(true);
  });

  it('never answers 5xx and always answers errors as { error: { code, message, fields } }', async () => {
    await fc.assert(
      fc.asyncProperty(requestArb, async (r) => {
        const route = routes[r.name];
        const method = r.method ?? route.method;
        const url =
          fillPath(route.path, (p) => (r.validParams ? validParam(p) : r.param)) +
          (Object.keys(r.query).length > 0 ? `?${new URLSearchParams(r.query).toString()}` : '');
        const headers: Record<string, string> = { ...authHeaders(r.auth, method) };
        if (r.body.contentType !== undefined) headers['content-type'] = r.body.contentType;
        const res = await t.app.inject({
          method: method as 'GET',
          url,
          headers,
          ...(r.body.payload === undefined ? {} : { payload: r.body.payload }),
        });
        checkAnswer(res, `${method} ${url} [${r.auth}] ${(r.body.payload ?? '').slice(0, 200)}`);
        if (r.name === 'logout') await stillSignedIn();
      }),
      { numRuns: 400 },
    );
    // Still serving, and the sessions still work.
    await stillSignedIn();
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/vaults',
      headers: bearer.headers('GET'),
    });
    expect(list.statusCode).toBe(200);
  });

  // The same categories, each sent once to every route, with the exact answer the API promises.
  const bodyRoutes = routeNames.filter((n) => routes[n].method !== 'GET');

  it.each(bodyRoutes)('%s: malformed JSON is 400 malformed_json', async (name) => {
    const route = routes[name];
    const res = await t.app.inject({
      method: route.method,
      url: fillPath(route.path, validParam),
      headers: { ...bearer.headers(route.method), 'content-type': 'application/json' },
      payload: '{"email": "x@example.org",',
    });
    checkAnswer(res, name);
    expect(res.json()).toMatchObject({ error: { code: 'malformed_json' } });
  });

  it.each(bodyRoutes)('%s: an oversized body is 413 payload_too_large', async (name) => {
    const route = routes[name];
    const res = await t.app.inject({
      method: route.method,
      url: fillPath(route.path, validParam),
      headers: { ...bearer.headers(route.method), 'content-type': 'application/json' },
      payload: JSON.stringify({ pad: 'x'.repeat(BODY_LIMIT * 2) }),
    });
    checkAnswer(res, name);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it.each(bodyRoutes)('%s: a text/plain body is 415 unsupported_media_type', async (name) => {
    const route = routes[name];
    const res = await t.app.inject({
      method: route.method,
      url: fillPath(route.path, validParam),
      headers: { ...bearer.headers(route.method), 'content-type': 'text/plain' },
      payload: 'email=x@example.org',
    });
    checkAnswer(res, name);
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
  });

  it.each(bodyRoutes)(
    '%s: an unknown field is 400 validation_failed naming the field',
    async (name) => {
      const route = routes[name];
      const res = await t.app.inject({
        method: route.method,
        url: fillPath(route.path, validParam),
        headers: bearer.headers(route.method),
        payload: { smuggled: true },
      });
      checkAnswer(res, name);
      expect(res.statusCode).toBe(400);
      const body = errorBodySchema.parse(res.json());
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.fields.length).toBeGreaterThan(0);
    },
  );

  it.each(bodyRoutes)('%s: wrong types are 400 validation_failed', async (name) => {
    const route = routes[name];
    const res = await t.app.inject({
      method: route.method,
      url: fillPath(route.path, validParam),
      headers: bearer.headers(route.method),
      payload: [1, 'two', { three: 3 }],
    });
    checkAnswer(res, name);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'validation_failed' } });
  });

  const paramRoutes = routeNames.filter((n) => routes[n].path.includes(':'));
  it.each(paramRoutes)(
    '%s: a bad id is 400 validation_failed naming the parameter',
    async (name) => {
      const route = routes[name];
      for (const bad of [
        'not-a-uuid',
        vault.id.toUpperCase(),
        `${vault.id}x`,
        "'; DROP TABLE vaults; --",
        'a'.repeat(300),
      ]) {
        const res = await t.app.inject({
          method: route.method,
          url: fillPath(route.path, () => bad),
          headers: bearer.headers(route.method),
          ...(route.method === 'GET' ? {} : { payload: {} }),
        });
        checkAnswer(res, `${name} ${bad}`);
        expect(res.statusCode, bad).toBe(400);
        const body = errorBodySchema.parse(res.json());
        expect(body.error.code).toBe('validation_failed');
        // Over-long ids are refused by the router before validation, without field details.
        if (bad.length <= 200) {
          expect(
            body.error.fields.some((f) => f.path.startsWith('params')),
            res.body,
          ).toBe(true);
        }
        expect(res.body).not.toContain(bad);
        expect(res.headers['content-type']).toMatch(/^application\/json/);
        expect(res.headers['content-security-policy']).toBeDefined();
      }
    },
  );

  it.each(routeNames)('%s: an unknown query parameter is refused with 400', async (name) => {
    const route = routes[name];
    const res = await t.app.inject({
      method: route.method,
      url: `${fillPath(route.path, validParam)}?smuggled=1`,
      headers: bearer.headers(route.method),
      ...(route.method === 'GET' ? {} : { payload: {} }),
    });
    checkAnswer(res, name);
    expect(res.statusCode).toBe(400);
  });
});
