import {
  emailSchema,
  roleSchema,
  type AccountId,
  type Member,
  type AlertSettings,
  type RecordSettings,
  type Role,
  type VaultId,
  type VaultSummary,
} from '@vigil/core';
import { fromBase64Url, generateVaultKey, uuidv7, wrapVaultKey } from '@vigil/crypto';
import { z } from 'zod';
import type { ClientContext } from './context';
import {
  RecordKind,
  memberProfilePayloadSchema,
  openPayload,
  sealPayload,
  vaultNamePayloadSchema,
} from './payloads';
import { rotateVaultKey } from './rotation';
import { parseInput } from './validate';
import { currentKeyFor, keyringById, keyringFor } from './vault-keys';
import type { MemberView, VaultView } from './views';

const createInputSchema = z.strictObject({
  name: vaultNamePayloadSchema.shape.name,
  email: emailSchema,
});
const inviteInputSchema = z.strictObject({ email: emailSchema, role: roleSchema });

/** Opens a vault summary into the view the UI shows. */
const toVaultView = async (ctx: ClientContext, summary: VaultSummary): Promise<VaultView> => {
  const ring = await keyringFor(ctx, summary);
  const { name } = await openPayload(
    vaultNamePayloadSchema,
    ring,
    { vaultId: summary.id, kind: RecordKind.vault, recordId: summary.id },
    summary.name,
  );
  return {
    id: summary.id,
    name,
    role: summary.role,
    status: summary.status,
    keyVersion: summary.keyVersion,
    createdAt: summary.createdAt,
    recordSettings: summary.recordSettings,
    alertSettings: summary.alertSettings,
    rotationRequired: summary.rotationRequired,
  };
};

/** Opens a member's sealed profile with the vault keyring. */
const toMemberView = async (
  ctx: ClientContext,
  vaultId: VaultId,
  member: Member,
): Promise<MemberView> => {
  const ring = await keyringById(ctx, vaultId, [member.profileKeyVersion]);
  const { email } = await openPayload(
    memberProfilePayloadSchema,
    ring,
    { vaultId, kind: RecordKind.member, recordId: member.accountId },
    member.profile,
  );
  return {
    accountId: member.accountId,
    email,
    role: member.role,
    status: member.status,
    createdAt: member.createdAt,
  };
};

/** Creates a vault: new key, sealed name and own profile, key wrapped to our own public key. */
export const createVault = async (
  ctx: ClientContext,
  input: { name: string; email: string },
): Promise<VaultView> => {
  const { name, email } = parseInput(createInputSchema, input);
  const own = ctx.keys.userKeys();
  const accountId = ctx.account?.id;
  if (accountId === undefined) throw new Error('unlocked without an account');
  const id = uuidv7() as VaultId;
  const key = generateVaultKey(1);
  ctx.observe('vault-key', key.bytes);
  const body = {
    id,
    keyVersion: key.version,
    name: await sealPayload(
      vaultNamePayloadSchema,
      key,
      { vaultId: id, kind: RecordKind.vault, recordId: id },
      { name },
    ),
    profile: await sealPayload(
      memberProfilePayloadSchema,
      key,
      { vaultId: id, kind: RecordKind.member, recordId: accountId },
      { email },
    ),
    wrappedKey: await wrapVaultKey(own.encryption.publicKey, id, key),
  };
  const summary = await ctx.transport.call('vaultCreate', { body });
  ctx.keys.addVaultKey(id, key);
  return toVaultView(ctx, summary);
};

/** Lists the vaults we belong to or are invited to, names opened. */
export const listVaults = async (ctx: ClientContext): Promise<VaultView[]> => {
  ctx.keys.userKeys();
  const { vaults } = await ctx.transport.call('vaultList');
  return Promise.all(vaults.map((summary) => toVaultView(ctx, summary)));
};

/** One vault, name opened. */
export const getVault = async (ctx: ClientContext, vaultId: VaultId): Promise<VaultView> => {
  ctx.keys.userKeys();
  return toVaultView(ctx, await ctx.transport.call('vaultGet', { params: { vaultId } }));
};

/** The vault's members with their profiles opened. */
export const listMembers = async (ctx: ClientContext, vaultId: VaultId): Promise<MemberView[]> => {
  ctx.keys.userKeys();
  const { members } = await ctx.transport.call('memberList', { params: { vaultId } });
  return Promise.all(members.map((member) => toMemberView(ctx, vaultId, member)));
};

/**
 * Invites an existing account: looks up its public key, wraps the current vault key to it and
 * seals the profile (e-mail as typed here) with the vault key.
 */
export const inviteMember = async (
  ctx: ClientContext,
  vaultId: VaultId,
  input: { email: string; role: Role },
): Promise<MemberView> => {
  const { email, role } = parseInput(inviteInputSchema, input);
  ctx.keys.userKeys();
  const summary = await ctx.transport.call('vaultGet', { params: { vaultId } });
  const key = await currentKeyFor(ctx, summary);
  const invitee = await ctx.transport.call('accountLookup', { body: { email } });
  const body = {
    accountId: invitee.id,
    role,
    keyVersion: key.version,
    wrappedKey: await wrapVaultKey(fromBase64Url(invitee.encryptionPublicKey), vaultId, key),
    profile: await sealPayload(
      memberProfilePayloadSchema,
      key,
      { vaultId, kind: RecordKind.member, recordId: invitee.id },
      { email },
    ),
  };
  const member = await ctx.transport.call('memberInvite', { params: { vaultId }, body });
  return toMemberView(ctx, vaultId, member);
};

/** Accepts an invitation; the vault becomes active for us. */
export const acceptInvitation = async (
  ctx: ClientContext,
  vaultId: VaultId,
): Promise<VaultView> => {
  ctx.keys.userKeys();
  return toVaultView(ctx, await ctx.transport.call('invitationAccept', { params: { vaultId } }));
};

/** Changes a member's role (the server enforces who may grant what). */
export const changeRole = async (
  ctx: ClientContext,
  vaultId: VaultId,
  accountId: AccountId,
  role: Role,
): Promise<void> => {
  await ctx.transport.call('memberChangeRole', { params: { vaultId, accountId }, body: { role } });
};

/**
 * Removes a member (or withdraws an invitation), then rotates the vault key so that nothing new
 * is sealed with a key they may have kept.
 */
export const removeMember = async (
  ctx: ClientContext,
  vaultId: VaultId,
  accountId: AccountId,
): Promise<void> => {
  ctx.keys.userKeys();
  await ctx.transport.call('memberRemove', { params: { vaultId, accountId } });
  // They may have kept the key: make a new one before anything else is sealed in the vault.
  await rotateVaultKey(ctx, vaultId);
};

/**
 * Chooses which sensitive record fields the vault stores as coded (owners and admins). Records
 * saved before keep each field where it was until they are saved again.
 */
export const setRecordSettings = async (
  ctx: ClientContext,
  vaultId: VaultId,
  recordSettings: RecordSettings,
): Promise<VaultView> => {
  ctx.keys.userKeys();
  const summary = await ctx.transport.call('vaultSettings', {
    params: { vaultId },
    body: { recordSettings },
  });
  return toVaultView(ctx, summary);
};

/** Changes when the vault's alerts are raised (owners and admins); record settings stay. */
export const setAlertSettings = async (
  ctx: ClientContext,
  vaultId: VaultId,
  alertSettings: Partial<AlertSettings>,
): Promise<VaultView> => {
  const current = await ctx.transport.call('vaultGet', { params: { vaultId } });
  const summary = await ctx.transport.call('vaultSettings', {
    params: { vaultId },
    body: {
      recordSettings: current.recordSettings,
      alertSettings: { ...current.alertSettings, ...alertSettings },
    },
  });
  return toVaultView(ctx, summary);
};
