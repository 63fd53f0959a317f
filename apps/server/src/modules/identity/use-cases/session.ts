import { ErrorCode, VigilError, type AccountView } from '@vigil/core';
import type { AppDeps } from '../../../deps';
import { findAccountById, toAccountView, findAccountByEmailHash } from '../repository';
import { deleteSession } from '../sessions';
import { emailHash } from './secrets';

/** The signed-in account's view (to unlock after a reload). */
export const currentAccount = async (deps: AppDeps, accountId: string): Promise<AccountView> => {
  const account = await findAccountById(deps.db.kysely, accountId);
  if (!account) throw new VigilError(ErrorCode.unauthenticated, 'Sign in first.');
  return toAccountView(account);
};

/** Ends the caller's session. */
export const logout = (deps: AppDeps, sessionId: string, accountId: string): Promise<void> =>
  deps.audit.run((uow) => deleteSession(uow, sessionId, accountId));

/** Public keys of the account with this address, to seal a vault key for an invitation. */
export const lookupAccount = async (
  deps: AppDeps,
  email: string,
): Promise<{ id: string; encryptionPublicKey: string; signingPublicKey: string }> => {
  const account = await findAccountByEmailHash(deps.db.kysely, await emailHash(deps.keys, email));
  if (!account) throw new VigilError(ErrorCode.notFound, 'No account has this address.');
  return {
    id: account.id,
    encryptionPublicKey: account.encryption_public_key,
    signingPublicKey: account.signing_public_key,
  };
};
