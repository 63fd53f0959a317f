import { describe, expect, it } from 'vitest';
import { ApiError } from './errors';
import { createTransport } from './transport';

interface Recorded {
  url: string;
  init: RequestInit;
}

/** A fetch that records every request and answers from a queue of responses. */
const fakeFetch = (...answers: (() => Response)[]) => {
  const calls: Recorded[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    calls.push({ url: String(input), init: init ?? {} });
    const next = answers.shift();
    if (next === undefined) throw new Error('unexpected request');
    return next();
  };
  return { calls, fetchImpl };
};

const json = (status: number, body: unknown) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const headersOf = (call: Recorded | undefined): Record<string, string> =>
  (call?.init.headers ?? {}) as Record<string, string>;

const salt = 'AAAAAAAAAAAAAAAAAAAAAA';
const kdf = { algorithm: 'argon2id', memoryKiB: 8192, iterations: 1, parallelism: 1 };
const vaultId = '01936b2c-7f00-7000-8000-000000000001';
const accountId = '01936b2c-7f00-7000-8000-000000000002';

describe('transport', () => {
  it('refuses an invalid request body before anything is sent', async () => {
    const { calls, fetchImpl } = fakeFetch(json(200, { salt, kdf }));
    const transport = createTransport({ baseUrl: 'http://x', mode: 'cli', fetch: fetchImpl });
    const failure = await transport
      .call('prelogin', { body: { email: 'not an address' } })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 0, code: 'validation_failed' });
    expect((failure as ApiError).fields.map((f) => f.path)).toEqual(['body.email']);
    expect(calls).toHaveLength(0);
  });

  it('refuses unknown body fields because request schemas are strict', async () => {
    const { calls, fetchImpl } = fakeFetch();
    const transport = createTransport({ baseUrl: 'http://x', mode: 'cli', fetch: fetchImpl });
    const body = { email: 'a@example.org', password: 'secret' } as unknown as { email: string };
    await expect(transport.call('prelogin', { body })).rejects.toMatchObject({
      code: 'validation_failed',
    });
    expect(calls).toHaveLength(0);
  });

  it('refuses a malformed path parameter before anything is sent', async () => {
    const { calls, fetchImpl } = fakeFetch();
    const transport = createTransport({ baseUrl: 'http://x', mode: 'cli', fetch: fetchImpl });
    const params = { vaultId: '../../auth/logout' } as unknown as { vaultId: string };
    await expect(transport.call('vaultGet', { params })).rejects.toMatchObject({
      code: 'validation_failed',
    });
    expect(calls).toHaveLength(0);
  });

  it('sends the validated, normalised body as JSON to the route of the shared table', async () => {
    const { calls, fetchImpl } = fakeFetch(json(200, { salt, kdf }));
    const transport = createTransport({ baseUrl: 'http://x/', mode: 'cli', fetch: fetchImpl });
    const answer = await transport.call('prelogin', { body: { email: '  A@Example.ORG ' } });
    expect(answer).toEqual({ salt, kdf });
    expect(calls[0]?.url).toBe('http://x/api/auth/prelogin');
    expect(calls[0]?.init.method).toBe('POST');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ email: 'a@example.org' });
    expect(headersOf(calls[0])['content-type']).toBe('application/json');
  });

  it('fills path parameters and the query of the audit route', async () => {
    const page = { events: [], checkpoints: [], serverPublicKey: 'A'.repeat(43), headSeq: 0 };
    const { calls, fetchImpl } = fakeFetch(json(200, page));
    const transport = createTransport({ baseUrl: 'http://x', mode: 'cli', fetch: fetchImpl });
    await transport.call('auditChain', { params: { chain: vaultId }, query: { afterSeq: 5 } });
    expect(calls[0]?.url).toBe(`http://x/api/audit/${vaultId}?afterSeq=5&limit=1000`);
  });

  it('turns an error answer into an ApiError with the server code, message and fields', async () => {
    const error = {
      error: { code: 'email_taken', message: 'Taken.', fields: [{ path: 'email', message: 'x' }] },
    };
    const { fetchImpl } = fakeFetch(json(409, error));
    const transport = createTransport({ baseUrl: 'http://x', mode: 'cli', fetch: fetchImpl });
    const failure = await transport
      .call('prelogin', { body: { email: 'a@example.org' } })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({
      status: 409,
      code: 'email_taken',
      message: 'Taken.',
      fields: [{ path: 'email', message: 'x' }],
    });
  });

  it('reports an error answer without an error body as bad_server_response', async () => {
    const { fetchImpl } = fakeFetch(() => new Response('<html>proxy</html>', { status: 502 }));
    const transport = createTransport({ baseUrl: 'http://x', mode: 'cli', fetch: fetchImpl });
    await expect(transport.call('session')).rejects.toMatchObject({
      status: 502,
      code: 'bad_server_response',
    });
  });

  it('reports an unknown error code as bad_server_response rather than passing it on', async () => {
    const body = { error: { code: 'made_up', message: 'x', fields: [] } };
    const { fetchImpl } = fakeFetch(json(400, body));
    const transport = createTransport({ baseUrl: 'http://x', mode: 'cli', fetch: fetchImpl });
    await expect(transport.call('session')).rejects.toMatchObject({ code: 'bad_server_response' });
  });

  it('reports a success answer that does not match the response schema', async () => {
    const { fetchImpl } = fakeFetch(json(200, { salt: 'short', kdf }));
    const transport = createTransport({ baseUrl: 'http://x', mode: 'cli', fetch: fetchImpl });
    await expect(
      transport.call('prelogin', { body: { email: 'a@example.org' } }),
    ).rejects.toMatchObject({ status: 200, code: 'bad_server_response' });
  });

  it('reports a failed connection as network_error with status 0', async () => {
    const fetchImpl: typeof fetch = async () => {
      throw new TypeError('fetch failed');
    };
    const transport = createTransport({ baseUrl: 'http://x', mode: 'cli', fetch: fetchImpl });
    await expect(transport.call('session')).rejects.toMatchObject({
      status: 0,
      code: 'network_error',
    });
  });

  it('sends the CSRF token on state-changing calls in web mode, never a bearer token', async () => {
    const { calls, fetchImpl } = fakeFetch(json(200, { members: [] }), json(200, {}));
    const transport = createTransport({ baseUrl: '', mode: 'web', token: 'tok', fetch: fetchImpl });
    transport.setCsrfToken('csrf-123');
    await transport.call('memberList', { params: { vaultId } });
    await transport.call('memberChangeRole', {
      params: { vaultId, accountId },
      body: { role: 'viewer' },
    });
    expect(headersOf(calls[0])['x-csrf-token']).toBeUndefined();
    expect(headersOf(calls[1])['x-csrf-token']).toBe('csrf-123');
    expect(calls[1]?.init.method).toBe('PATCH');
    expect(calls[1]?.url).toBe(`/api/vaults/${vaultId}/members/${accountId}`);
    for (const call of calls) {
      expect(call.init.credentials).toBe('same-origin');
      expect(headersOf(call).authorization).toBeUndefined();
    }
  });

  it('sends the bearer token on every call in cli mode, and no CSRF header', async () => {
    const { calls, fetchImpl } = fakeFetch(
      json(200, { vaults: [] }),
      () => new Response(null, { status: 204 }),
    );
    const transport = createTransport({
      baseUrl: 'http://x',
      mode: 'cli',
      token: 'tok-1',
      fetch: fetchImpl,
    });
    transport.setCsrfToken('csrf-123');
    await transport.call('vaultList');
    transport.setToken('tok-2');
    await transport.call('logout');
    expect(headersOf(calls[0]).authorization).toBe('Bearer tok-1');
    expect(headersOf(calls[1]).authorization).toBe('Bearer tok-2');
    for (const call of calls) expect(headersOf(call)['x-csrf-token']).toBeUndefined();
  });

  it('sends no body and no content type on calls without a request schema', async () => {
    const { calls, fetchImpl } = fakeFetch(() => new Response(null, { status: 204 }));
    const transport = createTransport({ baseUrl: 'http://x', mode: 'cli', fetch: fetchImpl });
    await transport.call('memberRemove', { params: { vaultId, accountId } });
    expect(calls[0]?.init.body).toBeUndefined();
    expect(headersOf(calls[0])['content-type']).toBeUndefined();
  });
});
