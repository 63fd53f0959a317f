import {
  CUSTODY_GENESIS,
  custodyEventSchema,
  type CustodyEvent,
  type SignedCustodyEvent,
} from '@vigil/core';
import { canonicalJson } from './canonical-json';
import { concatBytes, fromBase64Url, toBase64Url, toHex, utf8 } from './encoding';
import { CryptoError } from './errors';
import { sha256 } from './hash';
import { sign, verifySignature } from './signatures';

/** Hex SHA-256 of an event's canonical JSON: what the next event names as `prev`. */
export const custodyEventHash = async (event: CustodyEvent): Promise<string> =>
  toHex(await sha256(utf8(canonicalJson(event))));

/** Signs an event with the actor's Ed25519 private key (PKCS#8); the bytes signed are its canonical JSON. */
export const signCustodyEvent = async (
  privateKeyPkcs8: Uint8Array,
  event: CustodyEvent,
): Promise<SignedCustodyEvent> => {
  const parsed = custodyEventSchema.safeParse(event);
  if (!parsed.success) throw new CryptoError('bad_format', 'not a valid custody event');
  const bytes = utf8(canonicalJson(event));
  return {
    event,
    hash: toHex(await sha256(bytes)),
    signature: toBase64Url(await sign(privateKeyPkcs8, bytes)),
  };
};

/** Why an event of a chain does not hold; `index` is its position in the list checked. */
export type CustodyProblem =
  | { index: number; problem: 'malformed' }
  | { index: number; problem: 'wrong_item' }
  | { index: number; problem: 'bad_hash' }
  | { index: number; problem: 'bad_signature' }
  | { index: number; problem: 'unknown_signer' }
  | { index: number; problem: 'out_of_order' }
  | { index: number; problem: 'broken_link' }
  | { index: number; problem: 'file_mismatch' }
  | { index: -1; problem: 'no_intake' };

export interface CustodyCheck {
  readonly ok: boolean;
  readonly problems: readonly CustodyProblem[];
  /** The file the signed intake event names, when there is one. */
  readonly intake?: { readonly sha256: string; readonly size: number };
}

export interface CustodyExpectations {
  /** The item the chain must be about. */
  readonly vaultId: string;
  readonly evidenceId: string;
  /** When given, the file's plaintext SHA-256 must equal the one the intake event signed. */
  readonly fileSha256?: string;
  /**
   * When given, each actor's signing key must be this account's known key (from the server's
   * account records, or the public keys an evidence package carries).
   */
  readonly signers?: ReadonlyMap<string, string>;
}

/**
 * Checks one item's custody chain, in order: each event well-formed and about this item, its
 * hash its canonical JSON's, its signature valid for its actor's key (and that key the account's
 * known one), its seq one more than the one before, its `prev` the hash before it (the first:
 * intake on genesis), and the intake's file hash the file's. Every problem is listed, so a report
 * can name each event that does not match.
 */
export const verifyCustodyChain = async (
  events: readonly unknown[],
  expect: CustodyExpectations,
): Promise<CustodyCheck> => {
  const problems: CustodyProblem[] = [];
  let prevHash = CUSTODY_GENESIS;
  let intake: { sha256: string; size: number } | undefined;
  for (const [index, raw] of events.entries()) {
    const parsed = parseSigned(raw);
    if (parsed === null) {
      problems.push({ index, problem: 'malformed' });
      prevHash = '';
      continue;
    }
    const { event, hash, signature } = parsed;
    if (event.vaultId !== expect.vaultId || event.evidenceId !== expect.evidenceId) {
      problems.push({ index, problem: 'wrong_item' });
    }
    const bytes = utf8(canonicalJson(event));
    const actual = toHex(await sha256(bytes));
    if (actual !== hash) problems.push({ index, problem: 'bad_hash' });
    const key = fromBase64Url(event.actor.signingKey);
    if (!(await verifySignature(key, bytes, fromBase64Url(signature)))) {
      problems.push({ index, problem: 'bad_signature' });
    }
    const known = expect.signers?.get(event.actor.accountId);
    if (expect.signers !== undefined && known !== event.actor.signingKey) {
      problems.push({ index, problem: 'unknown_signer' });
    }
    if (event.seq !== index) problems.push({ index, problem: 'out_of_order' });
    if (event.prev !== prevHash) problems.push({ index, problem: 'broken_link' });
    if (event.action === 'intake' && event.file !== undefined) {
      intake = event.file;
      if (expect.fileSha256 !== undefined && event.file.sha256 !== expect.fileSha256) {
        problems.push({ index, problem: 'file_mismatch' });
      }
    }
    prevHash = actual;
  }
  if (intake === undefined) problems.push({ index: -1, problem: 'no_intake' });
  return { ok: problems.length === 0, problems, ...(intake ? { intake } : {}) };
};

const parseSigned = (raw: unknown): SignedCustodyEvent | null => {
  if (typeof raw !== 'object' || raw === null) return null;
  const { event, hash, signature } = raw as Record<string, unknown>;
  const parsed = custodyEventSchema.safeParse(event);
  if (!parsed.success || typeof hash !== 'string' || typeof signature !== 'string') return null;
  if (!/^[0-9a-f]{64}$/.test(hash) || !/^[A-Za-z0-9_-]{86}$/.test(signature)) return null;
  // Verify what was signed, not the schema's re-serialisation: keep the raw event object.
  return { event: event as CustodyEvent, hash, signature };
};

/**
 * The bytes an evidence package's creator signs: a fixed label (so this signature can never pass
 * for one over a custody event or anything else the same key signs) and the SHA-256 of the exact
 * bytes of manifest.json.
 */
const manifestSigningInput = async (manifestBytes: Uint8Array): Promise<Uint8Array> => {
  const label = utf8('vigil-evidence-package-manifest-v1\n');
  return concatBytes(label, await sha256(manifestBytes));
};

/** Signs an evidence package's manifest.json bytes; base64url Ed25519 signature. */
export const signPackageManifest = async (
  privateKeyPkcs8: Uint8Array,
  manifestBytes: Uint8Array,
): Promise<string> =>
  toBase64Url(await sign(privateKeyPkcs8, await manifestSigningInput(manifestBytes)));

/** Whether `signature` (base64url) is the key's signature of these manifest.json bytes. */
export const verifyPackageManifest = async (
  publicKeyRaw: Uint8Array,
  manifestBytes: Uint8Array,
  signature: string,
): Promise<boolean> => {
  let raw: Uint8Array;
  try {
    raw = fromBase64Url(signature);
  } catch {
    return false;
  }
  return verifySignature(publicKeyRaw, await manifestSigningInput(manifestBytes), raw);
};
