import type { UnitOfWork } from '../audit/log';

/** Keeps a new TOTP secret aside until the user proves their app has it. */
export const setPendingTotpSecret = async (
  uow: UnitOfWork,
  accountId: string,
  secret: string,
): Promise<void> => {
  await uow.trx
    .updateTable('accounts')
    .set({ totp_pending_secret: secret })
    .where('id', '=', accountId)
    .execute();
  await uow.record({
    chain: 'instance',
    actor: accountId,
    action: 'totp.setup',
    subjectType: 'account',
    subjectId: accountId,
  });
};

/** Turns TOTP on with the confirmed secret and replaces the recovery codes (stored hashed). */
export const enableTotp = async (
  uow: UnitOfWork,
  accountId: string,
  secret: string,
  step: number,
  recoveryCodeHashes: readonly string[],
): Promise<void> => {
  await uow.trx
    .updateTable('accounts')
    .set({
      totp_secret: secret,
      totp_pending_secret: null,
      totp_enabled: true,
      totp_last_step: step,
    })
    .where('id', '=', accountId)
    .execute();
  await uow.trx.deleteFrom('recovery_codes').where('account_id', '=', accountId).execute();
  await uow.trx
    .insertInto('recovery_codes')
    .values(recoveryCodeHashes.map((code_hash) => ({ account_id: accountId, code_hash })))
    .execute();
  await uow.record({
    chain: 'instance',
    actor: accountId,
    action: 'totp.enable',
    subjectType: 'account',
    subjectId: accountId,
  });
};

/** Turns TOTP off and deletes the recovery codes. */
export const disableTotp = async (uow: UnitOfWork, accountId: string): Promise<void> => {
  await uow.trx
    .updateTable('accounts')
    .set({
      totp_secret: null,
      totp_pending_secret: null,
      totp_enabled: false,
      totp_last_step: null,
    })
    .where('id', '=', accountId)
    .execute();
  await uow.trx.deleteFrom('recovery_codes').where('account_id', '=', accountId).execute();
  await uow.record({
    chain: 'instance',
    actor: accountId,
    action: 'totp.disable',
    subjectType: 'account',
    subjectId: accountId,
  });
};
