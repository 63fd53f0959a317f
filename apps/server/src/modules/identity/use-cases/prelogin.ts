import type { KdfParams } from '@vigil/core';
import type { AppDeps } from '../../../deps';
import { findAccountByEmailHash } from '../repository';
import { defaultKdf, emailHash, fakeSalt } from './secrets';

/** Salt and KDF parameters for an address; unknown addresses get a stable fake salt. */
export const prelogin = async (
  deps: AppDeps,
  email: string,
): Promise<{ salt: string; kdf: KdfParams }> => {
  const account = await findAccountByEmailHash(deps.db.kysely, await emailHash(deps.keys, email));
  if (!account) return { salt: await fakeSalt(deps.keys, email), kdf: defaultKdf };
  return { salt: account.kdf_salt, kdf: account.kdf_params as KdfParams };
};
