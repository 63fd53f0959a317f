import { z } from 'zod';
import { publicKeySchema, sealedBoxSchema, sealedEnvelopeSchema } from '../encoding';
import { accountIdSchema, vaultIdSchema } from '../ids';
import { roleSchema } from '../roles';

import { recordSettingsSchema } from '../records/schema';
import { alertSettingsSchema } from '../monitoring/alerts';
import { keyVersionSchema } from './key-version';

export { keyVersionSchema };

export const vaultParamsSchema = z.strictObject({ vaultId: vaultIdSchema });
export const memberParamsSchema = z.strictObject({
  vaultId: vaultIdSchema,
  accountId: accountIdSchema,
});

/** Create a vault: the client made the vault key and sealed everything already. */
export const createVaultRequestSchema = z.strictObject({
  /** Client-generated UUIDv7 (it is in the AAD of the sealed name). */
  id: vaultIdSchema,
  /** Vault name, sealed with the vault key (kind "vault", record id = vault id). */
  name: sealedEnvelopeSchema,
  keyVersion: keyVersionSchema,
  /** The vault key sealed to the creator's X25519 public key. */
  wrappedKey: sealedBoxSchema,
  /** The creator's member profile (e-mail, display name) sealed with the vault key (kind "member"). */
  profile: sealedEnvelopeSchema,
});
export type CreateVaultRequest = z.infer<typeof createVaultRequestSchema>;

export const membershipStatusSchema = z.enum(['invited', 'active']);

/** A vault as one member sees it, with their own wrapped copy of the vault key. */
export const vaultSummarySchema = z.object({
  id: vaultIdSchema,
  name: sealedEnvelopeSchema,
  nameKeyVersion: keyVersionSchema,
  keyVersion: keyVersionSchema,
  role: roleSchema,
  status: membershipStatusSchema,
  wrappedKey: sealedBoxSchema,
  wrappedKeyVersion: keyVersionSchema,
  invitedBy: accountIdSchema.nullable(),
  createdAt: z.string(),
  /** Which sensitive fields this vault stores as coded; clients split records accordingly. */
  recordSettings: recordSettingsSchema,
  /** When alerts are raised (incommunicado days, incident clusters). */
  alertSettings: alertSettingsSchema,
  /** A member left and no new key was made yet: nothing new may be sealed until an admin rotates. */
  rotationRequired: z.boolean(),
  /** Every older key version, sealed under the next one, newest first (open them in order). */
  keyChain: z.array(z.object({ keyVersion: keyVersionSchema, sealed: sealedEnvelopeSchema })),
});
export type VaultSummary = z.infer<typeof vaultSummarySchema>;
export const vaultListResponseSchema = z.object({ vaults: z.array(vaultSummarySchema) });

export const memberSchema = z.object({
  accountId: accountIdSchema,
  role: roleSchema,
  status: membershipStatusSchema,
  profile: sealedEnvelopeSchema,
  profileKeyVersion: keyVersionSchema,
  encryptionPublicKey: publicKeySchema,
  signingPublicKey: publicKeySchema,
  invitedBy: accountIdSchema.nullable(),
  createdAt: z.string(),
});
export type Member = z.infer<typeof memberSchema>;
export const memberListResponseSchema = z.object({ members: z.array(memberSchema) });

/** Invite an existing account: the admin's client sealed the vault key to the invitee. */
export const inviteRequestSchema = z.strictObject({
  accountId: accountIdSchema,
  role: roleSchema,
  keyVersion: keyVersionSchema,
  wrappedKey: sealedBoxSchema,
  /** The invitee's profile (e-mail as the inviter typed it), sealed with the vault key. */
  profile: sealedEnvelopeSchema,
});
export type InviteRequest = z.infer<typeof inviteRequestSchema>;

export const changeRoleRequestSchema = z.strictObject({ role: roleSchema });

/**
 * Change which sensitive fields the vault stores as coded. Records saved before keep the field on
 * the side they were saved with until they are saved again.
 */
export const vaultSettingsRequestSchema = z.strictObject({
  recordSettings: recordSettingsSchema,
  /** Left out: the alert settings stay as they are. */
  alertSettings: alertSettingsSchema.optional(),
});
export type VaultSettingsRequest = z.infer<typeof vaultSettingsRequestSchema>;

/**
 * A new vault key (version current + 1), made by an admin's client: wrapped for every member who
 * stays (invitations too), the vault name and every member profile sealed again under it, and the
 * previous key sealed under it for the key chain. The set of members must be exactly the vault's.
 */
export const rotateVaultRequestSchema = z.strictObject({
  keyVersion: keyVersionSchema,
  name: sealedEnvelopeSchema,
  previousKey: sealedEnvelopeSchema,
  members: z
    .array(
      z.strictObject({
        accountId: accountIdSchema,
        wrappedKey: sealedBoxSchema,
        profile: sealedEnvelopeSchema,
      }),
    )
    .min(1)
    .max(10_000),
});
export type RotateVaultRequest = z.infer<typeof rotateVaultRequestSchema>;
