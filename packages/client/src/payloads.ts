import { emailSchema } from '@vigil/core';
import { isCryptoError, openJson, sealJson, type VaultKey, type VaultKeyring } from '@vigil/crypto';
import { z } from 'zod';
import { ApiError, ClientErrorCode } from './errors';

/**
 * Plaintext shapes sealed inside envelopes. Validated before sealing and again after opening
 * (SECURITY.md "Formats"): a payload that opens but has the wrong shape is refused.
 */
export const vaultNamePayloadSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
});
export const memberProfilePayloadSchema = z.strictObject({ email: emailSchema });

/** Record kinds used in envelope AADs for the payloads above. */
export const RecordKind = { vault: 'vault', member: 'member' } as const;
export type RecordKind = (typeof RecordKind)[keyof typeof RecordKind];

interface PayloadContext {
  readonly vaultId: string;
  readonly kind: RecordKind;
  readonly recordId: string;
}

/** Seals a payload after checking it with its schema. */
export const sealPayload = async <S extends z.ZodType>(
  schema: S,
  key: VaultKey,
  ctx: PayloadContext,
  value: z.input<S>,
): Promise<string> => sealJson(key, ctx, schema.parse(value));

/** Opens and validates a payload; any failure is `decrypt_failed` with no detail about content. */
export const openPayload = async <S extends z.ZodType>(
  schema: S,
  keys: VaultKeyring,
  ctx: PayloadContext,
  envelope: string,
): Promise<z.output<S>> => {
  let value: unknown;
  try {
    value = await openJson(keys, ctx, envelope);
  } catch (error) {
    if (isCryptoError(error)) {
      throw new ApiError(
        0,
        ClientErrorCode.decryptFailed,
        `A sealed ${ctx.kind} record did not open.`,
      );
    }
    throw error;
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new ApiError(
      0,
      ClientErrorCode.decryptFailed,
      `A sealed ${ctx.kind} record has an invalid shape.`,
    );
  }
  return parsed.data;
};
