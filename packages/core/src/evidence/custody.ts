import { z } from 'zod';
import { base64Url } from '../encoding';
import { accountIdSchema, vaultIdSchema } from '../ids';
import { evidenceIdSchema } from '../records/kinds';

/**
 * Chain of custody of one evidence item (SECURITY.md "Audit and custody"; Berkeley Protocol:
 * who held the item, when, and what they did with it). Each event is signed by the acting user's
 * Ed25519 key and names the hash of the event before it, so an event dropped, altered or moved is
 * detected by anyone holding the events and the signers' public keys, offline.
 */
export const custodyActions = [
  'intake',
  'view',
  'download',
  'copy',
  'share',
  'export',
  'derive',
] as const;
export const custodyActionSchema = z.enum(custodyActions);
export type CustodyAction = z.infer<typeof custodyActionSchema>;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits');

/** The previous hash of the first event of every item's chain. */
export const CUSTODY_GENESIS = '0'.repeat(64);

/**
 * What a custody event says; the signature covers its canonical JSON (RFC 8785). `file` is the
 * plaintext SHA-256 and size of the original, required on intake (and on `derive`, for the
 * working copy made). The server stores events sealed: a file hash in the clear would let whoever
 * holds a copy of a video confirm that this vault holds it too.
 */
export const custodyEventSchema = z
  .object({
    v: z.literal(1),
    vaultId: vaultIdSchema,
    evidenceId: evidenceIdSchema,
    seq: z.number().int().min(0).max(1_000_000),
    action: custodyActionSchema,
    at: z.iso.datetime({ offset: false }),
    actor: z.strictObject({
      accountId: accountIdSchema,
      /** The raw Ed25519 public key (base64url) the signature verifies with. */
      signingKey: base64Url(32, 32),
    }),
    prev: hex64,
    file: z.strictObject({ sha256: hex64, size: z.number().int().min(0) }).optional(),
    /** For `derive`: the working copy's id; for an item made by `derive`: nothing here. */
    derived: evidenceIdSchema.optional(),
    note: z.string().max(1000).optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if ((e.seq === 0) !== (e.action === 'intake')) {
      ctx.addIssue({
        code: 'custom',
        path: ['action'],
        message: 'intake is the first event, only',
      });
    }
    if (e.seq === 0 && e.prev !== CUSTODY_GENESIS) {
      ctx.addIssue({ code: 'custom', path: ['prev'], message: 'the first event has no previous' });
    }
    if ((e.action === 'intake' || e.action === 'derive') && e.file === undefined) {
      ctx.addIssue({ code: 'custom', path: ['file'], message: `${e.action} names the file` });
    }
    if ((e.action === 'derive') !== (e.derived !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['derived'], message: 'derive names the copy' });
    }
  });
export type CustodyEvent = z.infer<typeof custodyEventSchema>;

/** An event with its hash (hex SHA-256 of its canonical JSON) and Ed25519 signature (base64url). */
export const signedCustodyEventSchema = z.strictObject({
  event: custodyEventSchema,
  hash: hex64,
  signature: base64Url(64, 64),
});
export type SignedCustodyEvent = z.infer<typeof signedCustodyEventSchema>;
