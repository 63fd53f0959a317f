// Test-only helpers: the real app over a fresh test database, driven through `app.inject` with
// requests built the way a client builds them (keys made and sealed here with @vigil/crypto; the
// password KDF is skipped because the server only ever sees its output, the auth key).
import type { KdfParams, Role } from '@vigil/core';
import {
  generateUserKeys,
  generateVaultKey,
  randomBytes,
  seal,
  toBase64Url,
  utf8,
  uuidv7,
  wrapVaultKey,
  type VaultKey,
} from '@vigil/crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Logger } from 'pino';
import { buildApp } from '../app';
import type { Clock } from '../platform/clock';
import { testConfig, type Config, type ConfigInput } from '../platform/config';
import { createTestDb, type TestDb } from '../platform/db';
import { openTempObjectStore, type ObjectStore } from '../platform/storage';

/** Argon2id at its schema minimum, as fast clients in tests use. */
export const TEST_KDF: KdfParams = {
  algorithm: 'argon2id',
  memoryKiB: 8 * 1024,
  iterations: 1,
  parallelism: 1,
};

/** A running app on its own database. */
export interface TestApp {
  readonly app: FastifyInstance;
  readonly db: TestDb;
  readonly config: Config;
  /** The app's evidence store, in a temporary directory removed by close. */
  readonly objects: ObjectStore;
  close(): Promise<void>;
}

/** Builds the app on a fresh test database (PostgreSQL when VIGIL_TEST_DATABASE_URL is set). */
export const startApp = async (
  options: { config?: ConfigInput; logger?: Logger; clock?: Clock } = {},
): Promise<TestApp> => {
  const db = await createTestDb();
  const config = testConfig({ logLevel: 'silent', ...options.config });
  const objects = await openTempObjectStore();
  const app = await buildApp({
    db,
    config,
    objects: objects.store,
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  await app.ready();
  return {
    app,
    db,
    config,
    objects: objects.store,
    close: async () => {
      await app.close();
      await db.drop();
      await objects.remove();
    },
  };
};

/** An account as its client knows it: the auth key and the private keys stay here. */
export interface TestAccount {
  readonly id: string;
  readonly email: string;
  readonly authKey: string;
  readonly salt: string;
  readonly encryptionPublicKey: Uint8Array;
  readonly encryptionPrivateKey: Uint8Array;
}

/** A signed-in session; `headers(method)` adds the CSRF token to writes of cookie sessions. */
export interface TestSession {
  readonly account: TestAccount;
  readonly via: 'bearer' | 'cookie';
  readonly token: string;
  readonly csrfToken: string;
  headers(method: string): Record<string, string>;
}

let emailCounter = 0;

/** A unique address per call, so tests sharing a database never clash. */
export const uniqueEmail = (prefix = 'user'): string => {
  emailCounter += 1;
  return `${prefix}-${emailCounter}-${toBase64Url(randomBytes(4)).toLowerCase()}@example.org`;
};

/** The request body `register` expects, for a new account with fresh keys. */
export const registrationFor = async (
  email: string,
  authKey = toBase64Url(randomBytes(32)),
): Promise<{ body: Record<string, unknown>; account: TestAccount }> => {
  const id = uuidv7();
  const keys = await generateUserKeys();
  const salt = toBase64Url(randomBytes(16));
  // Stands in for the private keys sealed with the wrap key: the server cannot tell the difference.
  const sealedKeys = await seal(
    generateVaultKey(1),
    { vaultId: 'account', kind: 'account-keys', recordId: id },
    keys.encryption.privateKey,
  );
  return {
    body: {
      accountId: id,
      email,
      salt,
      kdf: TEST_KDF,
      authKey,
      encryptionPublicKey: toBase64Url(keys.encryption.publicKey),
      signingPublicKey: toBase64Url(keys.signing.publicKey),
      encryptedPrivateKeys: sealedKeys,
    },
    account: {
      id,
      email,
      authKey,
      salt,
      encryptionPublicKey: keys.encryption.publicKey,
      encryptionPrivateKey: keys.encryption.privateKey,
    },
  };
};

/** Sends one JSON request; `session` adds bearer or cookie (and CSRF) credentials. */
export const call = (
  app: FastifyInstance,
  method: string,
  url: string,
  options: { session?: TestSession | null; body?: unknown; headers?: Record<string, string> } = {},
): Promise<LightMyRequestResponse> =>
  app.inject({
    method: method as 'GET',
    url,
    headers: { ...(options.session?.headers(method) ?? {}), ...(options.headers ?? {}) },
    ...(options.body === undefined ? {} : { payload: options.body as object }),
  });

/** Fails with the answer's body when the status is not the expected one. */
export const expectStatus = (
  res: LightMyRequestResponse,
  status: number,
): LightMyRequestResponse => {
  if (res.statusCode !== status) {
    throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
  }
  return res;
};

/** Registers a new account through the API. */
export const registerAccount = async (
  app: FastifyInstance,
  email = uniqueEmail(),
): Promise<TestAccount> => {
  const { body, account } = await registrationFor(email);
  expectStatus(await call(app, 'POST', '/api/auth/register', { body }), 201);
  return account;
};

/** Signs in through the API: a bearer token for the CLI, a cookie plus CSRF token for the web. */
export const signIn = async (
  app: FastifyInstance,
  account: TestAccount,
  client: 'cli' | 'web' = 'cli',
  extra: { totpCode?: string; recoveryCode?: string } = {},
): Promise<TestSession> => {
  const res = expectStatus(
    await call(app, 'POST', '/api/auth/login', {
      body: { email: account.email, authKey: account.authKey, client, ...extra },
    }),
    200,
  );
  const answer = res.json<{ token?: string; csrfToken: string }>();
  if (client === 'cli') {
    const token = answer.token ?? '';
    return {
      account,
      via: 'bearer',
      token,
      csrfToken: answer.csrfToken,
      headers: () => ({ authorization: `Bearer ${token}` }),
    };
  }
  const cookie = res.cookies.find((c) => c.name === 'vigil_session');
  if (!cookie) throw new Error('login set no session cookie');
  return {
    account,
    via: 'cookie',
    token: cookie.value,
    csrfToken: answer.csrfToken,
    headers: (method) => ({
      cookie: `vigil_session=${cookie.value}`,
      ...(method === 'GET' || method === 'HEAD' ? {} : { 'x-csrf-token': answer.csrfToken }),
    }),
  };
};

/** Registers and signs in a new account. */
export const newSession = async (
  app: FastifyInstance,
  client: 'cli' | 'web' = 'cli',
  email = uniqueEmail(),
): Promise<TestSession> => signIn(app, await registerAccount(app, email), client);

/** A vault as its creator's client knows it. */
export interface TestVault {
  readonly id: string;
  readonly key: VaultKey;
}

/** The body of a vault creation, sealed as the client seals it. */
export const vaultCreationFor = async (
  owner: TestAccount,
): Promise<{ body: Record<string, unknown>; vault: TestVault }> => {
  const id = uuidv7();
  const key = generateVaultKey(1);
  return {
    body: {
      id,
      name: await seal(key, { vaultId: id, kind: 'vault', recordId: id }, utf8('Case files')),
      keyVersion: 1,
      wrappedKey: await wrapVaultKey(owner.encryptionPublicKey, id, key),
      profile: await seal(
        key,
        { vaultId: id, kind: 'member', recordId: owner.id },
        utf8(owner.email),
      ),
    },
    vault: { id, key },
  };
};

/** Creates a vault through the API. */
export const createVault = async (app: FastifyInstance, owner: TestSession): Promise<TestVault> => {
  const { body, vault } = await vaultCreationFor(owner.account);
  expectStatus(await call(app, 'POST', '/api/vaults', { session: owner, body }), 201);
  return vault;
};

/** The body of an invitation of `invitee` with `role`, sealed as the inviter's client seals it. */
export const invitationFor = async (
  vault: TestVault,
  invitee: TestAccount,
  role: Role,
): Promise<Record<string, unknown>> => ({
  accountId: invitee.id,
  role,
  keyVersion: vault.key.version,
  wrappedKey: await wrapVaultKey(invitee.encryptionPublicKey, vault.id, vault.key),
  profile: await seal(
    vault.key,
    { vaultId: vault.id, kind: 'member', recordId: invitee.id },
    utf8(invitee.email),
  ),
});

/** Invites through the API (expects success). */
export const invite = async (
  app: FastifyInstance,
  inviter: TestSession,
  vault: TestVault,
  invitee: TestAccount,
  role: Role,
): Promise<void> => {
  const body = await invitationFor(vault, invitee, role);
  expectStatus(
    await call(app, 'POST', `/api/vaults/${vault.id}/members`, { session: inviter, body }),
    201,
  );
};

/** Accepts a pending invitation through the API (expects success). */
export const accept = async (
  app: FastifyInstance,
  session: TestSession,
  vault: TestVault,
): Promise<void> => {
  expectStatus(await call(app, 'POST', `/api/vaults/${vault.id}/accept`, { session }), 200);
};

/** Adds a new member with `role` (invited and accepted) and returns their session. */
export const addMember = async (
  app: FastifyInstance,
  owner: TestSession,
  vault: TestVault,
  role: Role,
): Promise<TestSession> => {
  const session = await newSession(app);
  await invite(app, owner, vault, session.account, role);
  await accept(app, session, vault);
  return session;
};
