import { emailSchema, type AccountId, type AccountView, type KdfParams } from '@vigil/core';
import {
  deriveAuthKey,
  deriveMasterKey,
  deriveWrapKey,
  fromBase64Url,
  generateUserKeys,
  isCryptoError,
  openPrivateKeys,
  randomBytes,
  sealPrivateKeys,
  toBase64Url,
  constantTimeEqual,
  uuidv7,
  type UserKeys,
  type WrapKey,
} from '@vigil/crypto';
import { z } from 'zod';
import type { ClientContext } from './context';
import { ApiError, ClientErrorCode } from './errors';
import { parseInput } from './validate';

/** Shortest password accepted at registration (NIST SP 800-63B minimum). */
export const MIN_PASSWORD_LENGTH = 8;

const registerInputSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(MIN_PASSWORD_LENGTH).max(1024),
});
const loginInputSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(1024),
  totpCode: z.string().optional(),
  recoveryCode: z.string().optional(),
});

/** Derives the auth key (sent) and the wrap key (never sent) from the password. */
const deriveKeys = async (
  ctx: ClientContext,
  password: string,
  salt: Uint8Array,
  kdf: KdfParams,
): Promise<{ authKey: Uint8Array; wrapKey: WrapKey }> => {
  const master = await deriveMasterKey(password, salt, kdf);
  ctx.observe('master-key', master);
  const authKey = await deriveAuthKey(master);
  const wrapKey = await deriveWrapKey(master);
  ctx.observe('wrap-key', wrapKey);
  master.fill(0);
  return { authKey, wrapKey };
};

/**
 * Opens the account's private keys and checks they belong to the public keys the server holds,
 * so a server cannot make us seal vault keys to a key pair that is not ours.
 */
const openAccountKeys = async (
  ctx: ClientContext,
  wrapKey: WrapKey,
  account: AccountView,
): Promise<UserKeys> => {
  let keys: UserKeys;
  try {
    keys = await openPrivateKeys(wrapKey, account.id, account.encryptedPrivateKeys);
  } catch (error) {
    if (isCryptoError(error)) {
      throw new ApiError(0, 'invalid_credentials', 'The password does not open this account.');
    }
    throw error;
  } finally {
    wrapKey.fill(0);
  }
  const matches =
    constantTimeEqual(keys.encryption.publicKey, fromBase64Url(account.encryptionPublicKey)) &&
    constantTimeEqual(keys.signing.publicKey, fromBase64Url(account.signingPublicKey));
  if (!matches) {
    throw new ApiError(
      0,
      ClientErrorCode.badServerResponse,
      'The account public keys do not match the sealed private keys.',
    );
  }
  ctx.observe('private-key', keys.encryption.privateKey);
  ctx.observe('private-key', keys.signing.privateKey);
  return keys;
};

/** Creates an account: keys are made here; only the auth key and sealed keys are sent. */
export const register = async (
  ctx: ClientContext,
  input: { email: string; password: string },
): Promise<{ accountId: AccountId }> => {
  const { email, password } = parseInput(registerInputSchema, input);
  const accountId = uuidv7();
  const salt = randomBytes(16);
  const { authKey, wrapKey } = await deriveKeys(ctx, password, salt, ctx.kdf);
  const keys = await generateUserKeys();
  ctx.observe('private-key', keys.encryption.privateKey);
  ctx.observe('private-key', keys.signing.privateKey);
  const encryptedPrivateKeys = await sealPrivateKeys(wrapKey, accountId, keys);
  wrapKey.fill(0);
  keys.encryption.privateKey.fill(0);
  keys.signing.privateKey.fill(0);
  return ctx.transport.call('register', {
    body: {
      accountId,
      email,
      salt: toBase64Url(salt),
      kdf: ctx.kdf,
      authKey: toBase64Url(authKey),
      encryptionPublicKey: toBase64Url(keys.encryption.publicKey),
      signingPublicKey: toBase64Url(keys.signing.publicKey),
      encryptedPrivateKeys,
    },
  });
};

/** Signs in and unlocks: pre-login for the salt, derive, prove the auth key, open the keys. */
export const login = async (
  ctx: ClientContext,
  input: { email: string; password: string; totpCode?: string; recoveryCode?: string },
): Promise<{ token?: string }> => {
  const { email, password, totpCode, recoveryCode } = parseInput(loginInputSchema, input);
  const { salt, kdf } = await ctx.transport.call('prelogin', { body: { email } });
  const { authKey, wrapKey } = await deriveKeys(ctx, password, fromBase64Url(salt), kdf);
  const answer = await ctx.transport.call('login', {
    body: {
      email,
      authKey: toBase64Url(authKey),
      client: ctx.transport.mode,
      ...(totpCode === undefined ? {} : { totpCode }),
      ...(recoveryCode === undefined ? {} : { recoveryCode }),
    },
  });
  ctx.transport.setCsrfToken(answer.csrfToken);
  if (answer.token !== undefined) ctx.transport.setToken(answer.token);
  ctx.account = answer.account;
  ctx.keys.unlock(await openAccountKeys(ctx, wrapKey, answer.account));
  return answer.token === undefined ? {} : { token: answer.token };
};

/** Picks up an existing session (cookie or stored token); the keys stay locked. */
export const resume = async (ctx: ClientContext): Promise<AccountView> => {
  const answer = await ctx.transport.call('session');
  ctx.transport.setCsrfToken(answer.csrfToken);
  if (ctx.account?.id !== answer.account.id) ctx.keys.lock();
  ctx.account = answer.account;
  return answer.account;
};

/** Opens the private keys of the signed-in account with its password. */
export const unlock = async (ctx: ClientContext, password: string): Promise<void> => {
  const account = ctx.account;
  if (account === null) {
    throw new ApiError(0, 'unauthenticated', 'No session: sign in or resume first.');
  }
  const { wrapKey } = await deriveKeys(ctx, password, fromBase64Url(account.salt), account.kdf);
  ctx.keys.unlock(await openAccountKeys(ctx, wrapKey, account));
};

/** Ends the session on the server and forgets every key and token here, whatever the answer. */
export const logout = async (ctx: ClientContext): Promise<void> => {
  try {
    await ctx.transport.call('logout');
  } finally {
    ctx.keys.lock();
    ctx.account = null;
    ctx.transport.setToken(null);
    ctx.transport.setCsrfToken(null);
  }
};
