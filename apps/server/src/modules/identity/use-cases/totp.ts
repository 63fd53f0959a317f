import { ErrorCode, VigilError } from '@vigil/core';
import { generateRecoveryCodes, generateTotpSecret, totpUri, verifyTotp } from '@vigil/crypto';
import type { AppDeps } from '../../../deps';
import { findAccountById } from '../repository';
import { disableTotp, enableTotp, setPendingTotpSecret } from '../totp-repository';
import { storedHash } from './secrets';

const invalidCode = () => new VigilError(ErrorCode.totpInvalid, 'The code is not valid.');

/** Starts TOTP setup: a new secret, kept pending until a code from it is confirmed. */
export const setupTotp = async (
  deps: AppDeps,
  accountId: string,
): Promise<{ secret: string; uri: string }> => {
  const secret = generateTotpSecret();
  await deps.audit.run(async (uow) => {
    const account = await findAccountById(uow.trx, accountId, true);
    if (!account) throw new VigilError(ErrorCode.unauthenticated, 'Sign in first.');
    if (account.totp_enabled) {
      throw new VigilError(ErrorCode.conflict, 'Two-factor sign-in is already on.');
    }
    await setPendingTotpSecret(uow, accountId, secret);
  });
  // The label carries no e-mail address: the URI ends up in an authenticator app's backups.
  return { secret, uri: totpUri(secret, 'Vigil account', 'Vigil') };
};

/** Confirms the pending secret with a code, turns TOTP on and returns fresh recovery codes once. */
export const confirmTotp = async (
  deps: AppDeps,
  accountId: string,
  code: string,
): Promise<{ recoveryCodes: string[] }> => {
  const recoveryCodes = generateRecoveryCodes(10);
  const hashes = await Promise.all(recoveryCodes.map(storedHash));
  await deps.audit.run(async (uow) => {
    const account = await findAccountById(uow.trx, accountId, true);
    if (!account) throw new VigilError(ErrorCode.unauthenticated, 'Sign in first.');
    if (account.totp_enabled) {
      throw new VigilError(ErrorCode.conflict, 'Two-factor sign-in is already on.');
    }
    if (account.totp_pending_secret === null) {
      throw new VigilError(ErrorCode.conflict, 'Start two-factor setup first.');
    }
    const step = await verifyTotp(
      account.totp_pending_secret,
      code,
      Math.floor(deps.clock().getTime() / 1000),
    );
    if (step === null) throw invalidCode();
    await enableTotp(uow, accountId, account.totp_pending_secret, step, hashes);
  });
  return { recoveryCodes };
};

/** Turns TOTP off after a current, not yet used code. */
export const turnOffTotp = async (
  deps: AppDeps,
  accountId: string,
  code: string,
): Promise<void> => {
  await deps.audit.run(async (uow) => {
    const account = await findAccountById(uow.trx, accountId, true);
    if (!account) throw new VigilError(ErrorCode.unauthenticated, 'Sign in first.');
    if (!account.totp_enabled || account.totp_secret === null) {
      throw new VigilError(ErrorCode.conflict, 'Two-factor sign-in is not on.');
    }
    const step = await verifyTotp(
      account.totp_secret,
      code,
      Math.floor(deps.clock().getTime() / 1000),
    );
    const lastStep = account.totp_last_step === null ? -1 : Number(account.totp_last_step);
    if (step === null || step <= lastStep) throw invalidCode();
    await disableTotp(uow, accountId);
  });
};
