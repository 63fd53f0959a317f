import type { AccountView, KdfParams } from '@vigil/core';
import { generateUserKeys, toBase64Url } from '@vigil/crypto';
import { describe, expect, it } from 'vitest';
import { createVigilClient } from './client';
import { ApiError } from './errors';

const testKdf: KdfParams = {
  algorithm: 'argon2id',
  memoryKiB: 8192,
  iterations: 1,
  parallelism: 1,
};
const vaultId = '01936b2c-7f00-7000-8000-000000000001';

interface Captured {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: Record<string, unknown> | undefined;
}

/**
 * A minimal in-memory stand-in for the identity routes: it keeps what registration sent and
 * answers pre-login, login and session from it, recording every request.
 */
const fakeIdentityServer = () => {
  const requests: Captured[] = [];
  let registered: Record<string, unknown> | undefined;
  const account = (): AccountView =>
    ({
      id: registered?.accountId,
      salt: registered?.salt,
      kdf: registered?.kdf,
      encryptionPublicKey: registered?.encryptionPublicKey,
      signingPublicKey: registered?.signingPublicKey,
      encryptedPrivateKeys: registered?.encryptedPrivateKeys,
      totpEnabled: false,
    }) as AccountView;
  const reply = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const fetchImpl: typeof fetch = async (input, init) => {
    const url = new URL(String(input), 'http://local');
    const body =
      typeof init?.body === 'string'
        ? (JSON.parse(init.body) as Record<string, unknown>)
        : undefined;
    requests.push({
      url: url.pathname,
      method: init?.method ?? 'GET',
      headers: (init?.headers ?? {}) as Record<string, string>,
      body,
    });
    switch (url.pathname) {
      case '/api/auth/register':
        registered = body;
        return reply(201, { accountId: body?.accountId });
      case '/api/auth/prelogin':
        return reply(200, { salt: registered?.salt, kdf: registered?.kdf });
      case '/api/auth/login':
        if (body?.authKey !== registered?.authKey) {
          return reply(401, { error: { code: 'invalid_credentials', message: 'No.', fields: [] } });
        }
        return reply(200, {
          account: account(),
          csrfToken: 'csrf-1',
          ...(body?.client === 'cli' ? { token: 'bearer-1' } : {}),
        });
      case '/api/auth/session':
        return reply(200, { account: account(), csrfToken: 'csrf-2' });
      case '/api/vaults':
        return reply(200, { vaults: [] });
      case '/api/auth/logout':
        return new Response(null, { status: 204 });
      default:
        return reply(404, { error: { code: 'not_found', message: 'No.', fields: [] } });
    }
  };
  return {
    requests,
    fetchImpl,
    tamper: (field: string, value: unknown) => {
      if (registered !== undefined) registered[field] = value;
    },
  };
};

const email = 'Someone@Example.org';
const password = 'correct horse battery staple';

const newClient = (server: ReturnType<typeof fakeIdentityServer>, mode: 'web' | 'cli' = 'cli') =>
  createVigilClient({ baseUrl: 'http://local', mode, fetch: server.fetchImpl, kdf: testKdf });

describe('createVigilClient', () => {
  it('registers with keys made on the client and the explicit KDF parameters', async () => {
    const server = fakeIdentityServer();
    const { accountId } = await newClient(server).register({ email, password });
    const sent = server.requests[0]?.body;
    expect(sent?.accountId).toBe(accountId);
    expect(sent?.kdf).toEqual(testKdf);
    expect(sent?.email).toBe('someone@example.org');
    expect(Object.keys(sent ?? {}).sort()).toEqual(
      [
        'accountId',
        'authKey',
        'email',
        'encryptedPrivateKeys',
        'encryptionPublicKey',
        'kdf',
        'salt',
        'signingPublicKey',
      ].sort(),
    );
  });

  it('refuses a too short password at registration before anything is sent', async () => {
    const server = fakeIdentityServer();
    await expect(newClient(server).register({ email, password: 'short' })).rejects.toMatchObject({
      status: 0,
      code: 'validation_failed',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('logs in, unlocks, and uses the returned bearer token in cli mode', async () => {
    const server = fakeIdentityServer();
    await newClient(server).register({ email, password });
    const client = newClient(server);
    expect(await client.login({ email, password })).toEqual({ token: 'bearer-1' });
    expect(client.isUnlocked()).toBe(true);
    expect(client.account()?.id).toBe(server.requests[0]?.body?.accountId);
    expect(server.requests.at(-1)?.body?.client).toBe('cli');
    await client.vaults.list();
    expect(server.requests.at(-1)?.headers.authorization).toBe('Bearer bearer-1');
  });

  it('logs in as a web client without a bearer token and echoes the CSRF token on writes', async () => {
    const server = fakeIdentityServer();
    await newClient(server).register({ email, password });
    const client = newClient(server, 'web');
    expect(await client.login({ email, password })).toEqual({});
    expect(server.requests.at(-1)?.body?.client).toBe('web');
    await client.vaults.list();
    expect(server.requests.at(-1)?.headers['x-csrf-token']).toBeUndefined();
    await client.logout();
    expect(server.requests.at(-1)?.headers['x-csrf-token']).toBe('csrf-1');
    expect(server.requests.at(-1)?.headers.authorization).toBeUndefined();
    expect(client.isUnlocked()).toBe(false);
    expect(client.account()).toBeNull();
  });

  it('passes on a wrong password as invalid_credentials and stays locked', async () => {
    const server = fakeIdentityServer();
    await newClient(server).register({ email, password });
    const client = newClient(server);
    await expect(client.login({ email, password: 'wrong password!' })).rejects.toMatchObject({
      status: 401,
      code: 'invalid_credentials',
    });
    expect(client.isUnlocked()).toBe(false);
  });

  it('resumes a session locked, unlocks with the password, and locks again', async () => {
    const server = fakeIdentityServer();
    const { accountId } = await newClient(server).register({ email, password });
    const client = createVigilClient({
      baseUrl: 'http://local',
      mode: 'cli',
      token: 'stored-token',
      fetch: server.fetchImpl,
    });
    const account = await client.resume();
    expect(account.id).toBe(accountId);
    expect(server.requests.at(-1)?.headers.authorization).toBe('Bearer stored-token');
    expect(client.isUnlocked()).toBe(false);
    await expect(client.vaults.list()).rejects.toMatchObject({ code: 'locked' });
    await expect(client.unlock('not the password')).rejects.toMatchObject({
      code: 'invalid_credentials',
    });
    await client.unlock(password);
    expect(client.isUnlocked()).toBe(true);
    client.lock();
    expect(client.isUnlocked()).toBe(false);
    await expect(client.vaults.create({ name: 'V', email })).rejects.toBeInstanceOf(ApiError);
  });

  it('refuses to unlock when the server substitutes the account public key', async () => {
    const server = fakeIdentityServer();
    await newClient(server).register({ email, password });
    const other = await generateUserKeys();
    server.tamper('encryptionPublicKey', toBase64Url(other.encryption.publicKey));
    const client = newClient(server);
    await expect(client.login({ email, password })).rejects.toMatchObject({
      code: 'bad_server_response',
    });
    expect(client.isUnlocked()).toBe(false);
  });

  it('refuses a malformed vault id without calling the server', async () => {
    const server = fakeIdentityServer();
    await newClient(server).register({ email, password });
    const client = newClient(server);
    await client.login({ email, password });
    const before = server.requests.length;
    await expect(
      client.vaults.remove(vaultId.toUpperCase() as never, vaultId as never),
    ).rejects.toMatchObject({
      code: 'validation_failed',
    });
    expect(server.requests).toHaveLength(before);
  });
});
