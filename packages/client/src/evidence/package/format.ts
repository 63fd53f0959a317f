import { evidenceKindSchema } from '@vigil/core';
import { z } from 'zod';

/**
 * The evidence package (issue 4 point 6, ADR 16): one ZIP a court or a lawyer can check offline
 * with nothing but the package itself. The manifest lists every file with its hashes; the custody
 * files carry the events exactly as their actors signed them; signers.json names the key of each
 * actor. Nothing in the package is trusted on its own: each file's hash is checked against the
 * manifest AND the signed intake, each chain against the signers' keys.
 */
export const PACKAGE_FORMAT = 'vigil-evidence-package';
export const PACKAGE_FORMAT_VERSION = 1;

/**
 * The largest package written: the ZIP writer (fflate) writes no ZIP64, so sizes and offsets past
 * 4 GiB would wrap into a broken file. Counted as the items' stored (ciphertext) sizes, a little
 * more than the originals; the margin covers the JSON, the reports and the ZIP headers.
 */
export const PACKAGE_MAX_BYTES = 4 * 1024 ** 3 - 64 * 1024 ** 2;

export const MANIFEST_PATH = 'manifest.json';
export const SIGNERS_PATH = 'signers.json';
/** The creator's signature of manifest.json's exact bytes (written after it). */
export const MANIFEST_SIGNATURE_PATH = 'manifest.sig.json';
export const REPORT_HTML_PATH = 'report.html';
export const REPORT_PDF_PATH = 'report.pdf';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits');
const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

/** Where an item's custody events are in the package. */
export const custodyPath = (id: string): string => `custody/${id}.json`;

/** Characters a file name in the package never keeps: separators, controls, reserved on Windows. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f/\\:*?"<>|]/g;

/**
 * A file name safe to unpack anywhere: no directories, no control or reserved characters, no
 * leading dot (hidden, or `..`), at most 120 characters; Cyrillic and other letters stay.
 */
export const safeFileName = (name: string | undefined): string => {
  const cleaned = (name ?? '')
    .normalize('NFC')
    .replace(UNSAFE, '_')
    .replace(/^[.\s]+/, '')
    .trim();
  const short = [...cleaned].slice(0, 120).join('');
  return short === '' ? 'file' : short;
};

/** Where an item's file is in the package; an encrypted one ends in `.vigil-enc`. */
export const filePath = (id: string, fileName: string | undefined, encrypted: boolean): string =>
  `files/${id}/${safeFileName(fileName)}${encrypted ? '.vigil-enc' : ''}`;

/** What an encrypted item's file is, so its bytes can be checked (and opened, with the key). */
export const ciphertextSchema = z.strictObject({
  /** Vigil file format v1 (SECURITY.md "Files"). */
  format: z.literal('vigil-file-v1'),
  /** SHA-256 (hex) and size of the ciphertext in the package: checkable without the key. */
  sha256: hex64,
  size: z.number().int().min(0),
  /** Always false: the file key is not in the package; the vault's members can open it. */
  keyIncluded: z.literal(false),
  description: z.string(),
});

export const manifestItemSchema = z.strictObject({
  id: uuid,
  kind: evidenceKindSchema,
  fileName: z.string().nullable(),
  mediaType: z.string().nullable(),
  /** Plaintext size and SHA-256 (hex) of the original, as its signed intake event states them. */
  size: z.number().int().min(0),
  sha256: hex64,
  /** The file in the package: the original, or its ciphertext when `ciphertext` is given. */
  path: z.string(),
  ciphertext: ciphertextSchema.optional(),
  custody: z.string(),
  /** The original this item is a working copy of, and that original's own lineage. */
  derivedFrom: uuid.nullable(),
  lineage: z.array(uuid),
  /** Records (people, incidents, sources) the item documents, by id. */
  links: z.array(z.string()),
  /** How many custody events the package holds for the item. */
  events: z.number().int().min(0),
});
export type ManifestItem = z.infer<typeof manifestItemSchema>;

export const manifestSchema = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  version: z.literal(PACKAGE_FORMAT_VERSION),
  createdAt: z.iso.datetime({ offset: false }),
  vaultId: uuid,
  createdBy: uuid,
  /** Whether the files are ciphertexts (the key is never in a package). */
  encrypted: z.boolean(),
  items: z.array(manifestItemSchema),
  /** The reports, derived from the rest: their hashes, so a changed report is caught too. */
  reports: z.array(z.strictObject({ path: z.string(), sha256: hex64 })),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** Account id → raw Ed25519 signing public key (base64url) of every actor of every chain. */
export const signersSchema = z.record(uuid, z.string().regex(/^[A-Za-z0-9_-]{43}$/));
export type Signers = z.infer<typeof signersSchema>;

/**
 * The creator's Ed25519 signature of manifest.json: it binds the item list, every file's hash and
 * each chain's event count, so a custody file cut short at its end (which its own links cannot
 * show) or a manifest edited to match is caught. The key is the creator's entry in signers.json.
 */
export const manifestSignatureSchema = z.strictObject({
  algorithm: z.literal('Ed25519'),
  signer: uuid,
  signature: z.string().regex(/^[A-Za-z0-9_-]{86}$/),
});
export type ManifestSignature = z.infer<typeof manifestSignatureSchema>;

export const CIPHERTEXT_DESCRIPTION =
  'AES-256-GCM in 1 MiB chunks under a per-file key, chunk index and last-chunk flag in the AAD. ' +
  'The key is NOT included in this package: the SHA-256 above proves these bytes are the ones ' +
  'exported; the plaintext hash is checkable only after decryption by a member of the vault.';
