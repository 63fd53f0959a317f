import { sql } from 'kysely';
import { alertSettingsSchema, can, roles, type AlertSettings, type Role } from '@vigil/core';
import type { Queryable } from '../audit/repository';
import type { UnitOfWork } from '../audit/log';

/** A membership row: the caller's or another member's. */
export interface MembershipRow {
  vault_id: string;
  account_id: string;
  role: Role;
  status: 'invited' | 'active';
}

/** One membership, or undefined. `forUpdate` locks it for a change. */
export const findMembership = (
  q: Queryable,
  vaultId: string,
  accountId: string,
  forUpdate = false,
) => {
  const query = q
    .selectFrom('vault_members')
    .select(['vault_id', 'account_id', 'role', 'status'])
    .where('vault_id', '=', vaultId)
    .where('account_id', '=', accountId);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
};

/** True when the account may write records (owner, admin, documenter) in at least one vault. */
export const writesInSomeVault = async (q: Queryable, accountId: string): Promise<boolean> => {
  const row = await q
    .selectFrom('vault_members')
    .select('vault_id')
    .where('account_id', '=', accountId)
    .where('status', '=', 'active')
    .where(
      'role',
      'in',
      roles.filter((r) => can(r, 'records.write')),
    )
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
};

/** Vault summaries for one account (active and invited), with that account's newest key grant. */
export const listVaultsFor = (q: Queryable, accountId: string, vaultId?: string) => {
  let query = q
    .selectFrom('vault_members as m')
    .innerJoin('vaults as v', 'v.id', 'm.vault_id')
    .innerJoin('vault_key_grants as g', (join) =>
      join.onRef('g.vault_id', '=', 'm.vault_id').onRef('g.account_id', '=', 'm.account_id'),
    )
    .select([
      'v.id',
      'v.name_envelope',
      'v.name_key_version',
      'v.key_version',
      'v.coded_sensitive_fields',
      'v.alert_settings',
      'v.rotation_required',
      'v.created_at',
      'm.role',
      'm.status',
      'm.invited_by',
      'g.wrapped_key',
      'g.key_version as grant_version',
    ])
    .where('m.account_id', '=', accountId)
    // Only the grant of the newest version each member holds.
    .where(({ eb, selectFrom }) =>
      eb(
        'g.key_version',
        '=',
        selectFrom('vault_key_grants as g2')
          .select(({ fn }) => fn.max('g2.key_version').as('max'))
          .whereRef('g2.vault_id', '=', 'm.vault_id')
          .whereRef('g2.account_id', '=', 'm.account_id'),
      ),
    )
    .orderBy('v.created_at', 'asc')
    .orderBy('v.id', 'asc');
  if (vaultId !== undefined) query = query.where('v.id', '=', vaultId);
  return query.execute();
};

/** Members of a vault with their public keys. */
export const listMembers = (q: Queryable, vaultId: string) =>
  q
    .selectFrom('vault_members as m')
    .innerJoin('accounts as a', 'a.id', 'm.account_id')
    .select([
      'm.account_id',
      'm.role',
      'm.status',
      'm.profile_envelope',
      'm.profile_key_version',
      'm.invited_by',
      'm.created_at',
      'a.encryption_public_key',
      'a.signing_public_key',
    ])
    .where('m.vault_id', '=', vaultId)
    .orderBy('m.created_at', 'asc')
    .orderBy('m.account_id', 'asc')
    .execute();

/** The vault's current key version (locked for the transaction). */
export const vaultKeyVersion = async (q: Queryable, vaultId: string): Promise<number | null> => {
  const row = await q
    .selectFrom('vaults')
    .select('key_version')
    .where('id', '=', vaultId)
    .forUpdate()
    .executeTakeFirst();
  return row?.key_version ?? null;
};

/**
 * What a record write needs of its vault: the current key version and which sensitive fields it
 * stores as coded (the row locked for the transaction, as `vaultKeyVersion` does).
 */
export const vaultRecordContext = async (
  q: Queryable,
  vaultId: string,
): Promise<{
  keyVersion: number;
  codedSensitiveFields: string[];
  rotationRequired: boolean;
} | null> => {
  const row = await q
    .selectFrom('vaults')
    .select(['key_version', 'coded_sensitive_fields', 'rotation_required'])
    .where('id', '=', vaultId)
    .forUpdate()
    .executeTakeFirst();
  return row === undefined
    ? null
    : {
        keyVersion: row.key_version,
        codedSensitiveFields: row.coded_sensitive_fields,
        rotationRequired: row.rotation_required,
      };
};

/** Sets when the vault's alerts are raised, and records `vault.alerts`. */
export const updateAlertSettings = async (
  uow: UnitOfWork,
  v: { vaultId: string; actor: string; settings: AlertSettings },
): Promise<void> => {
  await uow.trx
    .updateTable('vaults')
    .set({ alert_settings: JSON.stringify(v.settings) })
    .where('id', '=', v.vaultId)
    .execute();
  await uow.record({
    chain: v.vaultId,
    actor: v.actor,
    action: 'vault.alerts',
    subjectType: 'vault',
    subjectId: v.vaultId,
    data: { ...v.settings },
  });
};

/** The vault's alert settings, defaults filled in. */
export const alertSettingsOf = async (q: Queryable, vaultId: string): Promise<AlertSettings> => {
  const row = await q
    .selectFrom('vaults')
    .select('alert_settings')
    .where('id', '=', vaultId)
    .executeTakeFirst();
  return alertSettingsSchema.parse(row?.alert_settings ?? {});
};

/** Sets which sensitive fields the vault stores as coded, and records `vault.settings`. */
export const updateRecordSettings = async (
  uow: UnitOfWork,
  v: { vaultId: string; actor: string; codedSensitiveFields: readonly string[] },
): Promise<void> => {
  const fields = [...new Set(v.codedSensitiveFields)].sort();
  await uow.trx
    .updateTable('vaults')
    // An array literal, so both drivers (pg and PGlite's shim) bind it the same way.
    .set({ coded_sensitive_fields: sql<string[]>`ARRAY[${sql.join(fields)}]::text[]` })
    .where('id', '=', v.vaultId)
    .execute();
  await uow.record({
    chain: v.vaultId,
    actor: v.actor,
    action: 'vault.settings',
    subjectType: 'vault',
    subjectId: v.vaultId,
    data: { codedSensitiveFields: fields.join(',') },
  });
};

/** Number of active owners of a vault. */
export const countOwners = async (q: Queryable, vaultId: string): Promise<number> => {
  const row = await q
    .selectFrom('vault_members')
    .select(({ fn }) => fn.countAll<string>().as('n'))
    .where('vault_id', '=', vaultId)
    .where('role', '=', 'owner')
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(row.n);
};

/** Creates a vault with its creator as the active owner and records `vault.create`. */
export const insertVault = async (
  uow: UnitOfWork,
  v: {
    id: string;
    creator: string;
    name: string;
    keyVersion: number;
    wrappedKey: string;
    profile: string;
    at: Date;
  },
): Promise<void> => {
  await uow.trx
    .insertInto('vaults')
    .values({
      id: v.id,
      key_version: v.keyVersion,
      name_envelope: v.name,
      name_key_version: v.keyVersion,
      created_by: v.creator,
      created_at: v.at,
    })
    .execute();
  await uow.trx
    .insertInto('vault_members')
    .values({
      vault_id: v.id,
      account_id: v.creator,
      role: 'owner',
      status: 'active',
      profile_envelope: v.profile,
      profile_key_version: v.keyVersion,
      invited_by: null,
      created_at: v.at,
    })
    .execute();
  await uow.trx
    .insertInto('vault_key_grants')
    .values({
      vault_id: v.id,
      account_id: v.creator,
      key_version: v.keyVersion,
      wrapped_key: v.wrappedKey,
      created_at: v.at,
    })
    .execute();
  await uow.record({
    chain: v.id,
    actor: v.creator,
    action: 'vault.create',
    subjectType: 'vault',
    subjectId: v.id,
    data: { keyVersion: v.keyVersion },
  });
};

/** Adds an invited member with their wrapped key and records `member.invite`. */
export const insertInvitation = async (
  uow: UnitOfWork,
  i: {
    vaultId: string;
    accountId: string;
    role: Role;
    keyVersion: number;
    wrappedKey: string;
    profile: string;
    invitedBy: string;
    at: Date;
  },
): Promise<void> => {
  await uow.trx
    .insertInto('vault_members')
    .values({
      vault_id: i.vaultId,
      account_id: i.accountId,
      role: i.role,
      status: 'invited',
      profile_envelope: i.profile,
      profile_key_version: i.keyVersion,
      invited_by: i.invitedBy,
      created_at: i.at,
    })
    .execute();
  await uow.trx
    .insertInto('vault_key_grants')
    .values({
      vault_id: i.vaultId,
      account_id: i.accountId,
      key_version: i.keyVersion,
      wrapped_key: i.wrappedKey,
      created_at: i.at,
    })
    .execute();
  await uow.record({
    chain: i.vaultId,
    actor: i.invitedBy,
    action: 'member.invite',
    subjectType: 'account',
    subjectId: i.accountId,
    data: { role: i.role, keyVersion: i.keyVersion },
  });
};

/** Turns an invitation into an active membership and records `member.accept`. */
export const acceptInvitation = async (uow: UnitOfWork, vaultId: string, accountId: string) => {
  await uow.trx
    .updateTable('vault_members')
    .set({ status: 'active' })
    .where('vault_id', '=', vaultId)
    .where('account_id', '=', accountId)
    .execute();
  await uow.record({
    chain: vaultId,
    actor: accountId,
    action: 'member.accept',
    subjectType: 'account',
    subjectId: accountId,
  });
};

/** Changes a member's role and records `member.role`. */
export const updateRole = async (
  uow: UnitOfWork,
  c: { vaultId: string; accountId: string; from: Role; to: Role; actor: string },
) => {
  await uow.trx
    .updateTable('vault_members')
    .set({ role: c.to })
    .where('vault_id', '=', c.vaultId)
    .where('account_id', '=', c.accountId)
    .execute();
  await uow.record({
    chain: c.vaultId,
    actor: c.actor,
    action: 'member.role',
    subjectType: 'account',
    subjectId: c.accountId,
    data: { from: c.from, to: c.to },
  });
};

/** Removes a member (their key grants go with them) and records `member.remove`. */
export const deleteMember = async (
  uow: UnitOfWork,
  r: { vaultId: string; accountId: string; actor: string },
) => {
  await uow.trx
    .deleteFrom('vault_members')
    .where('vault_id', '=', r.vaultId)
    .where('account_id', '=', r.accountId)
    .execute();
  // They may have kept the key: nothing new is sealed with it until an admin rotates.
  await uow.trx
    .updateTable('vaults')
    .set({ rotation_required: true })
    .where('id', '=', r.vaultId)
    .execute();
  await uow.record({
    chain: r.vaultId,
    actor: r.actor,
    action: 'member.remove',
    subjectType: 'account',
    subjectId: r.accountId,
  });
};
