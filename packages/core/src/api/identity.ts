import { z } from 'zod';
import { base64Url, publicKeySchema, sealedEnvelopeSchema } from '../encoding';
import { accountIdSchema } from '../ids';

/** An e-mail address, trimmed and lower-cased; it is only ever stored as a keyed hash. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'must be an e-mail address' }));

/** Argon2id parameters, stored per account so they can be raised later. */
export const kdfParamsSchema = z.strictObject({
  /** Always argon2id in protocol v1. */
  algorithm: z.literal('argon2id'),
  /** Memory in KiB (64 MiB = 65536 by default). */
  memoryKiB: z
    .number()
    .int()
    .min(8 * 1024)
    .max(1024 * 1024),
  /** Number of passes (t). */
  iterations: z.number().int().min(1).max(16),
  /** Lanes (p). */
  parallelism: z.number().int().min(1).max(8),
});
export type KdfParams = z.infer<typeof kdfParamsSchema>;

/** A 16-byte random salt, base64url. */
export const saltSchema = base64Url(16, 16);
/** The 32-byte auth key derived from the master key; the server stores only a slow hash of it. */
export const authKeySchema = base64Url(32, 32);
/** A six-digit TOTP code. */
export const totpCodeSchema = z.string().regex(/^\d{6}$/, 'must be six digits');
/** A one-time recovery code as printed to the user (groups of letters and digits). */
export const recoveryCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9]{5}-[a-z0-9]{5}$/i, 'must look like xxxxx-xxxxx');

/** Pre-login: which salt and KDF parameters to derive keys with. */
export const preloginRequestSchema = z.strictObject({ email: emailSchema });
export const preloginResponseSchema = z.object({ salt: saltSchema, kdf: kdfParamsSchema });

/** Registration: keys were generated on the client; no password or master key is sent. */
export const registerRequestSchema = z.strictObject({
  /** Client-generated UUIDv7, needed before the private keys are sealed (it is in their AAD). */
  accountId: accountIdSchema,
  email: emailSchema,
  salt: saltSchema,
  kdf: kdfParamsSchema,
  authKey: authKeySchema,
  /** X25519 public key: vault keys are sealed to it. */
  encryptionPublicKey: publicKeySchema,
  /** Ed25519 public key: verifies the user's custody signatures. */
  signingPublicKey: publicKeySchema,
  /** Both private keys, sealed with the wrap key (envelope v1, kind "account-keys"). */
  encryptedPrivateKeys: sealedEnvelopeSchema,
});
export type RegisterRequest = z.infer<typeof registerRequestSchema>;

export const clientKindSchema = z.enum(['web', 'cli']);
export type ClientKind = z.infer<typeof clientKindSchema>;

/** Login proves knowledge of the auth key, plus a TOTP or recovery code when 2FA is on. */
export const loginRequestSchema = z.strictObject({
  email: emailSchema,
  authKey: authKeySchema,
  /** "web" gets an httpOnly cookie; "cli" gets a bearer token in the body. */
  client: clientKindSchema,
  totpCode: totpCodeSchema.optional(),
  recoveryCode: recoveryCodeSchema.optional(),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** What a signed-in client needs to unlock: its sealed private keys and public keys. */
export const accountViewSchema = z.object({
  id: accountIdSchema,
  salt: saltSchema,
  kdf: kdfParamsSchema,
  encryptionPublicKey: publicKeySchema,
  signingPublicKey: publicKeySchema,
  encryptedPrivateKeys: sealedEnvelopeSchema,
  totpEnabled: z.boolean(),
});
export type AccountView = z.infer<typeof accountViewSchema>;

export const loginResponseSchema = z.object({
  account: accountViewSchema,
  /** Bearer token, only for `client: "cli"`. */
  token: z.string().optional(),
  /** Token to echo in the `x-csrf-token` header on state-changing calls (cookie sessions). */
  csrfToken: z.string(),
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const sessionResponseSchema = z.object({
  account: accountViewSchema,
  csrfToken: z.string(),
});

export const totpSetupResponseSchema = z.object({
  /** Base32 secret to type into an authenticator app. */
  secret: z.string(),
  /** otpauth:// URI for a QR code (shown only on the user's screen). */
  uri: z.string(),
});
export const totpEnableRequestSchema = z.strictObject({ code: totpCodeSchema });
export const totpEnableResponseSchema = z.object({ recoveryCodes: z.array(z.string()) });
export const totpDisableRequestSchema = z.strictObject({ code: totpCodeSchema });

/** Look up an account's public keys by e-mail, to seal a vault key for an invitation. */
export const accountLookupRequestSchema = z.strictObject({ email: emailSchema });
export const accountLookupResponseSchema = z.object({
  id: accountIdSchema,
  encryptionPublicKey: publicKeySchema,
  signingPublicKey: publicKeySchema,
});
