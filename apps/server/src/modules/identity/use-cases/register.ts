import { ErrorCode, VigilError, type RegisterRequest } from '@vigil/core';
import { fromBase64Url, hashAuthKey } from '@vigil/crypto';
import type { AppDeps } from '../../../deps';
import { accountExists, insertAccount } from '../repository';
import { emailHash } from './secrets';

/** Creates an account from client-made keys; the server keeps only hashes and sealed data. */
export const register = async (
  deps: AppDeps,
  input: RegisterRequest,
): Promise<{ accountId: string }> => {
  const hash = await emailHash(deps.keys, input.email);
  const authHash = await hashAuthKey(fromBase64Url(input.authKey));
  try {
    return await deps.audit.run(async (uow) => {
      const clash = await accountExists(uow.trx, input.accountId, hash);
      if (clash === 'email')
        throw new VigilError(ErrorCode.emailTaken, 'This e-mail address already has an account.');
      if (clash === 'id') throw new VigilError(ErrorCode.conflict, 'This account id is taken.');
      await insertAccount(uow, {
        id: input.accountId,
        emailHash: hash,
        salt: input.salt,
        kdf: input.kdf,
        authHash,
        encryptionPublicKey: input.encryptionPublicKey,
        signingPublicKey: input.signingPublicKey,
        encryptedPrivateKeys: input.encryptedPrivateKeys,
        createdAt: deps.clock(),
      });
      return { accountId: input.accountId };
    });
  } catch (error) {
    // Two registrations racing for one address: the unique index decides, the loser gets a 409.
    if ((error as { code?: unknown }).code === '23505') {
      throw new VigilError(ErrorCode.conflict, 'This account already exists.');
    }
    throw error;
  }
};
