import type { Queryable } from '../audit/repository';
import type { UnitOfWork } from '../audit/log';

/** The key chains of some vaults: each older key version sealed under the next, newest first. */
export const keyChainsOf = async (
  q: Queryable,
  vaultIds: readonly string[],
): Promise<Map<string, { keyVersion: number; sealed: string }[]>> => {
  const chains = new Map<string, { keyVersion: number; sealed: string }[]>();
  if (vaultIds.length === 0) return chains;
  const rows = await q
    .selectFrom('vault_key_chain')
    .select(['vault_id', 'key_version', 'sealed'])
    .where('vault_id', 'in', [...new Set(vaultIds)])
    .orderBy('vault_id')
    .orderBy('key_version', 'desc')
    .execute();
  for (const row of rows) {
    const chain = chains.get(row.vault_id) ?? [];
    chain.push({ keyVersion: row.key_version, sealed: row.sealed });
    chains.set(row.vault_id, chain);
  }
  return chains;
};

/** The vault's key version and whether it waits for a rotation (the row locked). */
export const rotationState = (q: Queryable, vaultId: string) =>
  q
    .selectFrom('vaults')
    .select(['key_version', 'rotation_required'])
    .where('id', '=', vaultId)
    .forUpdate()
    .executeTakeFirst();

/** What a rotation writes: the new version and everything sealed again under it. */
export interface Rotation {
  readonly vaultId: string;
  readonly actor: string;
  readonly from: number;
  readonly to: number;
  readonly name: string;
  readonly previousKey: string;
  readonly members: readonly { accountId: string; wrappedKey: string; profile: string }[];
  readonly at: Date;
}

/** Writes a rotation (the vault, a grant and profile per member, the chain) and `vault.rotate`. */
export const writeRotation = async (uow: UnitOfWork, r: Rotation): Promise<void> => {
  await uow.trx
    .updateTable('vaults')
    .set({
      key_version: r.to,
      name_envelope: r.name,
      name_key_version: r.to,
      rotation_required: false,
    })
    .where('id', '=', r.vaultId)
    .execute();
  await uow.trx
    .insertInto('vault_key_grants')
    .values(
      r.members.map((m) => ({
        vault_id: r.vaultId,
        account_id: m.accountId,
        key_version: r.to,
        wrapped_key: m.wrappedKey,
        created_at: r.at,
      })),
    )
    .execute();
  for (const m of r.members) {
    await uow.trx
      .updateTable('vault_members')
      .set({ profile_envelope: m.profile, profile_key_version: r.to })
      .where('vault_id', '=', r.vaultId)
      .where('account_id', '=', m.accountId)
      .execute();
  }
  await uow.trx
    .insertInto('vault_key_chain')
    .values({
      vault_id: r.vaultId,
      key_version: r.from,
      sealed: r.previousKey,
      created_by: r.actor,
      created_at: r.at,
    })
    .execute();
  await uow.record({
    chain: r.vaultId,
    actor: r.actor,
    action: 'vault.rotate',
    subjectType: 'vault',
    subjectId: r.vaultId,
    data: { keyVersion: r.to, members: r.members.length },
  });
};
