import { ErrorCode, VigilError, type AccountView, type LoginRequest } from '@vigil/core';
import {
  fromBase64Url,
  randomToken,
  sha256Hex,
  uuidv7,
  verifyAuthKey,
  verifyTotp,
} from '@vigil/crypto';
import type { AppDeps } from '../../../deps';
import type { UnitOfWork } from '../../audit/log';
import {
  consumeRecoveryCode,
  findAccountByEmailHash,
  findAccountById,
  recordFailedLogin,
  recordLoginSuccess,
  recordUnknownLogin,
  toAccountView,
  type AccountRow,
} from '../repository';
import { insertSession } from '../sessions';
import { emailHash, storedHash } from './secrets';

/** A signed-in session: the raw token goes to the client once and is stored only hashed. */
export interface LoginResult {
  readonly account: AccountView;
  readonly token: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

// A valid PHC string for a key nobody has: unknown addresses cost the same Argon2id run.
const dummyHash =
  '$argon2id$v=19$m=19456,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

type Outcome = { ok: true; result: LoginResult } | { ok: false; error: VigilError };

const invalid = () =>
  new VigilError(ErrorCode.invalidCredentials, 'Wrong e-mail address or password.');
const locked = () =>
  new VigilError(ErrorCode.accountLocked, 'Too many failed sign-ins; try again later.');

/**
 * Proves knowledge of the auth key (and the second factor when enabled) and opens a session.
 * Failures are counted and audited in a committed transaction, and only then thrown.
 */
export const login = async (deps: AppDeps, input: LoginRequest): Promise<LoginResult> => {
  const { db, clock, config } = deps;
  const found = await findAccountByEmailHash(db.kysely, await emailHash(deps.keys, input.email));
  const authKey = fromBase64Url(input.authKey);
  if (!found) {
    await verifyAuthKey(authKey, dummyHash);
    await deps.audit.run((uow) => recordUnknownLogin(uow));
    throw invalid();
  }
  const keyOk = await verifyAuthKey(authKey, found.auth_hash);
  const now = clock();
  const lock = {
    threshold: config.lockoutThreshold,
    until: new Date(now.getTime() + config.lockoutMinutes * 60_000),
  };
  const fail = async (
    uow: UnitOfWork,
    account: AccountRow,
    reason: Parameters<typeof recordFailedLogin>[2],
    error: VigilError,
  ): Promise<Outcome> => {
    const nowLocked = await recordFailedLogin(uow, account, reason, lock);
    return { ok: false, error: nowLocked ? locked() : error };
  };

  const succeed = async (
    uow: UnitOfWork,
    account: AccountRow,
    totpStep: number | null,
  ): Promise<Outcome> => {
    const token = randomToken(32);
    const csrfToken = randomToken(32);
    const expiresAt = new Date(now.getTime() + config.sessionTtlHours * 3_600_000);
    await recordLoginSuccess(uow, account.id, totpStep, input.client);
    await insertSession(uow, {
      id: uuidv7(),
      tokenHash: await sha256Hex(token),
      accountId: account.id,
      client: input.client,
      csrfToken,
      createdAt: now,
      expiresAt,
    });
    return { ok: true, result: { account: toAccountView(account), token, csrfToken, expiresAt } };
  };

  const outcome = await deps.audit.run(async (uow): Promise<Outcome> => {
    // Re-read under a row lock so parallel attempts cannot each see a low failure count.
    const account = await findAccountById(uow.trx, found.id, true);
    if (!account) return { ok: false, error: invalid() };
    if (account.locked_until !== null && account.locked_until.getTime() > now.getTime()) {
      return { ok: false, error: locked() };
    }
    if (!keyOk) return fail(uow, account, 'auth_key', invalid());
    if (!account.totp_enabled || account.totp_secret === null) {
      return succeed(uow, account, null);
    }
    if (input.recoveryCode !== undefined) {
      const used = await consumeRecoveryCode(
        uow,
        account.id,
        await storedHash(input.recoveryCode),
        now,
      );
      if (!used)
        return fail(
          uow,
          account,
          'recovery_code',
          new VigilError(ErrorCode.totpInvalid, 'The recovery code is not valid.'),
        );
      return succeed(uow, account, null);
    }
    if (input.totpCode === undefined) {
      return {
        ok: false,
        error: new VigilError(
          ErrorCode.totpRequired,
          'Enter the code from your authenticator app.',
        ),
      };
    }
    const step = await verifyTotp(
      account.totp_secret,
      input.totpCode,
      Math.floor(now.getTime() / 1000),
    );
    const lastStep = account.totp_last_step === null ? -1 : Number(account.totp_last_step);
    // A code seen once (or an older one) is refused: a shoulder-surfed code cannot be replayed.
    if (step === null || step <= lastStep) {
      return fail(
        uow,
        account,
        'totp',
        new VigilError(ErrorCode.totpInvalid, 'The code is not valid.'),
      );
    }
    return succeed(uow, account, step);
  });
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
};
