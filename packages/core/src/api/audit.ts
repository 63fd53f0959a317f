import { z } from 'zod';
import { publicKeySchema, sha256HexSchema, signatureSchema } from '../encoding';
import { accountIdSchema, vaultIdSchema } from '../ids';

/** Genesis previous-hash of every chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** The instance chain holds account events; each vault has its own chain named by its id. */
export const INSTANCE_CHAIN = 'instance';

const scalar = z.union([z.string().max(200), z.number(), z.boolean(), z.null()]);

/**
 * The hashed content of one audit event. Only ids, codes and counts: never names or free text.
 * hash = SHA-256(prevHash bytes ‖ UTF-8 of canonical JSON (RFC 8785) of this object).
 */
export const auditEventBodySchema = z.object({
  chain: z.string(),
  seq: z.number().int().min(1),
  at: z.string(),
  actor: accountIdSchema.nullable(),
  action: z.string(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  data: z.record(z.string(), scalar),
});
export type AuditEventBody = z.infer<typeof auditEventBodySchema>;

export const auditEventSchema = auditEventBodySchema.extend({
  prevHash: sha256HexSchema,
  hash: sha256HexSchema,
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

/** A server-signed statement that `chain` had head `hash` at `seq`. */
export const auditCheckpointSchema = z.object({
  chain: z.string(),
  seq: z.number().int().min(1),
  hash: sha256HexSchema,
  signedAt: z.string(),
  /** Ed25519 over canonical JSON of { chain, seq, hash, signedAt }. */
  signature: signatureSchema,
});
export type AuditCheckpoint = z.infer<typeof auditCheckpointSchema>;

export const auditChainParamsSchema = z.strictObject({
  // The canonical (lower-case) vault id: another spelling would name an empty chain.
  chain: z.union([z.literal(INSTANCE_CHAIN), vaultIdSchema]),
});
export const auditChainQuerySchema = z.strictObject({
  afterSeq: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(1000),
});
export const auditChainResponseSchema = z.object({
  events: z.array(auditEventSchema),
  checkpoints: z.array(auditCheckpointSchema),
  /** The server's Ed25519 checkpoint key. */
  serverPublicKey: publicKeySchema,
  /** Sequence number of the chain's head, so clients know when they have it all. */
  headSeq: z.number().int().min(0),
});
export type AuditChainResponse = z.infer<typeof auditChainResponseSchema>;
