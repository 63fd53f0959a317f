// Test-only: the least a migration test needs to hang vault rows on (raw SQL, no app code).
import { sql } from 'kysely';
import type { TestDb } from '../types';

/** One account and one vault it created, with the given ids. */
export const seedAccountAndVault = async (
  db: TestDb,
  ids: { readonly account: string; readonly vault: string },
): Promise<void> => {
  await sql`
    INSERT INTO accounts (id, email_hash, kdf_salt, kdf_params, auth_hash,
      encryption_public_key, signing_public_key, encrypted_private_keys)
    VALUES (${ids.account}, ${'a'.repeat(64)}, 's', '{}'::jsonb, 'h', 'e', 's', 'k')`.execute(
    db.kysely,
  );
  await sql`
    INSERT INTO vaults (id, name_envelope, name_key_version, created_by)
    VALUES (${ids.vault}, 'n', 1, ${ids.account})`.execute(db.kysely);
};
