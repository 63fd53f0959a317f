import { alertSettingsSchema, type Member, type VaultSummary } from '@vigil/core';
import type { listMembers, listVaultsFor } from './repository';

type VaultRow = Awaited<ReturnType<typeof listVaultsFor>>[number];
type MemberRow = Awaited<ReturnType<typeof listMembers>>[number];

/** A vault as one member sees it. */
export const toVaultSummary = (
  row: VaultRow,
  keyChain: readonly { keyVersion: number; sealed: string }[],
): VaultSummary =>
  ({
    id: row.id,
    name: row.name_envelope,
    nameKeyVersion: row.name_key_version,
    keyVersion: row.key_version,
    role: row.role,
    status: row.status,
    wrappedKey: row.wrapped_key,
    wrappedKeyVersion: row.grant_version,
    invitedBy: row.invited_by,
    createdAt: row.created_at.toISOString(),
    recordSettings: { codedSensitiveFields: row.coded_sensitive_fields },
    alertSettings: alertSettingsSchema.parse(row.alert_settings),
    rotationRequired: row.rotation_required,
    keyChain,
  }) as VaultSummary;

/** A member as the vault's members see them. */
export const toMember = (row: MemberRow): Member =>
  ({
    accountId: row.account_id,
    role: row.role,
    status: row.status,
    profile: row.profile_envelope,
    profileKeyVersion: row.profile_key_version,
    encryptionPublicKey: row.encryption_public_key,
    signingPublicKey: row.signing_public_key,
    invitedBy: row.invited_by,
    createdAt: row.created_at.toISOString(),
  }) as Member;
