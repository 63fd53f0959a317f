import { z } from 'zod';
import { publicKeySchema } from '../encoding';

export const healthResponseSchema = z.object({ ok: z.literal(true) });

export const instanceResponseSchema = z.object({
  /** Protocol version of the crypto formats (SECURITY.md v1). */
  protocol: z.literal(1),
  /** The server's Ed25519 key for audit checkpoints. */
  serverPublicKey: publicKeySchema,
});
