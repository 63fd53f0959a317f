import type { AccountView, KdfParams } from '@vigil/core';
import type { Queryable } from '../audit/repository';
import type { UnitOfWork } from '../audit/log';

/** The account columns the identity use cases read. */
export interface AccountRow {
  id: string;
  kdf_salt: string;
  kdf_params: unknown;
  auth_hash: string;
  encryption_public_key: string;
  signing_public_key: string;
  encrypted_private_keys: string;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_enabled: boolean;
  totp_last_step: string | null;
  failed_logins: number;
  locked_until: Date | null;
}

const accountColumns = [
  'id',
  'kdf_salt',
  'kdf_params',
  'auth_hash',
  'encryption_public_key',
  'signing_public_key',
  'encrypted_private_keys',
  'totp_secret',
  'totp_pending_secret',
  'totp_enabled',
  'totp_last_step',
  'failed_logins',
  'locked_until',
] as const;

/** What a signed-in client needs to unlock. */
export const toAccountView = (row: AccountRow): AccountView =>
  ({
    id: row.id,
    salt: row.kdf_salt,
    kdf: row.kdf_params as KdfParams,
    encryptionPublicKey: row.encryption_public_key,
    signingPublicKey: row.signing_public_key,
    encryptedPrivateKeys: row.encrypted_private_keys,
    totpEnabled: row.totp_enabled,
  }) as AccountView;

/** One account by its e-mail hash. */
export const findAccountByEmailHash = (q: Queryable, emailHash: string) =>
  q
    .selectFrom('accounts')
    .select(accountColumns)
    .where('email_hash', '=', emailHash)
    .executeTakeFirst();

/** One account by id; `forUpdate` locks the row so concurrent logins count failures correctly. */
export const findAccountById = (q: Queryable, id: string, forUpdate = false) => {
  const query = q.selectFrom('accounts').select(accountColumns).where('id', '=', id);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
};

/** True when an account with this id or e-mail hash exists. */
export const accountExists = async (q: Queryable, id: string, emailHash: string) => {
  const row = await q
    .selectFrom('accounts')
    .select(['id', 'email_hash'])
    .where((eb) => eb.or([eb('id', '=', id), eb('email_hash', '=', emailHash)]))
    .executeTakeFirst();
  return row === undefined ? null : row.email_hash === emailHash ? 'email' : 'id';
};

/** Inserts a new account and records `account.register`. */
export const insertAccount = async (
  uow: UnitOfWork,
  values: {
    id: string;
    emailHash: string;
    salt: string;
    kdf: KdfParams;
    authHash: string;
    encryptionPublicKey: string;
    signingPublicKey: string;
    encryptedPrivateKeys: string;
    createdAt: Date;
  },
): Promise<void> => {
  await uow.trx
    .insertInto('accounts')
    .values({
      id: values.id,
      email_hash: values.emailHash,
      kdf_salt: values.salt,
      kdf_params: JSON.stringify(values.kdf),
      auth_hash: values.authHash,
      encryption_public_key: values.encryptionPublicKey,
      signing_public_key: values.signingPublicKey,
      encrypted_private_keys: values.encryptedPrivateKeys,
      created_at: values.createdAt,
    })
    .execute();
  await uow.record({
    chain: 'instance',
    actor: values.id,
    action: 'account.register',
    subjectType: 'account',
    subjectId: values.id,
  });
};

/** Records a failed login and, at the threshold, locks the account until `lockUntil`. */
export const recordFailedLogin = async (
  uow: UnitOfWork,
  account: AccountRow,
  reason: 'auth_key' | 'totp' | 'recovery_code',
  lock: { threshold: number; until: Date },
): Promise<boolean> => {
  const failures = account.failed_logins + 1;
  const locks = failures >= lock.threshold;
  await uow.trx
    .updateTable('accounts')
    .set(locks ? { failed_logins: 0, locked_until: lock.until } : { failed_logins: failures })
    .where('id', '=', account.id)
    .execute();
  await uow.record({
    chain: 'instance',
    actor: account.id,
    action: 'login.failure',
    subjectType: 'account',
    subjectId: account.id,
    data: { reason },
  });
  if (locks) {
    await uow.record({
      chain: 'instance',
      actor: null,
      action: 'account.lockout',
      subjectType: 'account',
      subjectId: account.id,
      data: { until: lock.until.toISOString() },
    });
  }
  return locks;
};

/** Records a login attempt for an e-mail that has no account (no id to name). */
export const recordUnknownLogin = (uow: UnitOfWork) =>
  uow.record({
    chain: 'instance',
    actor: null,
    action: 'login.failure',
    data: { reason: 'unknown_account' },
  });

/** Marks a login as successful: resets the failure count and stores the TOTP step used. */
export const recordLoginSuccess = async (
  uow: UnitOfWork,
  accountId: string,
  totpStep: number | null,
  client: 'web' | 'cli',
): Promise<void> => {
  await uow.trx
    .updateTable('accounts')
    .set({
      failed_logins: 0,
      locked_until: null,
      ...(totpStep === null ? {} : { totp_last_step: totpStep }),
    })
    .where('id', '=', accountId)
    .execute();
  await uow.record({
    chain: 'instance',
    actor: accountId,
    action: 'login.success',
    subjectType: 'account',
    subjectId: accountId,
    data: { client },
  });
};

/** Uses up one recovery code; false when it does not exist or was used before. */
export const consumeRecoveryCode = async (
  uow: UnitOfWork,
  accountId: string,
  codeHash: string,
  at: Date,
): Promise<boolean> => {
  const result = await uow.trx
    .updateTable('recovery_codes')
    .set({ used_at: at })
    .where('account_id', '=', accountId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) return false;
  await uow.record({
    chain: 'instance',
    actor: accountId,
    action: 'recovery_code.use',
    subjectType: 'account',
    subjectId: accountId,
  });
  return true;
};
