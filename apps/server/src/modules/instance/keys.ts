import { fromBase64Url, generateSigningKeyPair, randomBytes, toBase64Url } from '@vigil/crypto';
import type { Db } from '../../platform/db';

/** Secrets created on an instance's first start and kept in `instance_settings`. */
export interface InstanceKeys {
  /** HMAC key for e-mail hashes: without it a leaked table cannot be matched to addresses. */
  readonly emailKey: Uint8Array;
  /** Ed25519 key pair signing audit checkpoints. */
  readonly signing: { readonly publicKey: Uint8Array; readonly privateKey: Uint8Array };
}

const names = {
  emailKey: 'email_hmac_key',
  signingPrivate: 'audit_signing_private_key',
  signingPublic: 'audit_signing_public_key',
} as const;

/**
 * Loads the instance keys, creating them on first start. Inserts use ON CONFLICT DO NOTHING and the
 * values are read back, so two processes starting together on one PostgreSQL agree on one key.
 */
export const loadInstanceKeys = async (db: Db): Promise<InstanceKeys> => {
  const pair = await generateSigningKeyPair();
  await db.transaction(async (trx) => {
    await trx
      .insertInto('instance_settings')
      .values([
        { key: names.emailKey, value: toBase64Url(randomBytes(32)) },
        { key: names.signingPrivate, value: toBase64Url(pair.privateKey) },
        { key: names.signingPublic, value: toBase64Url(pair.publicKey) },
      ])
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
  });
  const rows = await db.kysely
    .selectFrom('instance_settings')
    .select(['key', 'value'])
    .where('key', 'in', Object.values(names))
    .execute();
  const get = (key: string): Uint8Array => {
    const row = rows.find((r) => r.key === key);
    if (!row) throw new Error('instance setting missing');
    return fromBase64Url(row.value);
  };
  return {
    emailKey: get(names.emailKey),
    signing: { publicKey: get(names.signingPublic), privateKey: get(names.signingPrivate) },
  };
};
