import {
  createSha256,
  fromBase64Url,
  fromUtf8,
  toHex,
  verifyCustodyChain,
  verifyPackageManifest,
} from '@vigil/crypto';
import { z } from 'zod';
import {
  custodyPath,
  MANIFEST_PATH,
  MANIFEST_SIGNATURE_PATH,
  manifestSchema,
  manifestSignatureSchema,
  SIGNERS_PATH,
  signersSchema,
  type Manifest,
  type Signers,
} from './format';
import {
  bytesReader,
  readCentralDirectory,
  readEntry,
  readSmallEntry,
  ZipFormatError,
  type RandomAccessReader,
  type ZipEntry,
} from './zip-reader';

/** One thing that does not match, naming the file (and the event of a custody file). */
export interface PackageProblem {
  /** The file in the package (or "(package)" when the ZIP itself cannot be read). */
  readonly path: string;
  readonly item?: string;
  /** The index of the custody event, in the custody file's order. */
  readonly event?: number;
  /** A stable code: the custody problems of verifyCustodyChain, or one of this verifier's. */
  readonly problem: string;
}

export interface PackageItemResult {
  readonly id: string;
  readonly path: string;
  /** SHA-256 (hex) of the file as found in the package; null when it is missing. */
  readonly sha256: string | null;
  readonly events: number;
  /** False for an encrypted package: the plaintext hash needs the key, which is not included. */
  readonly plaintextChecked: boolean;
  readonly ok: boolean;
}

export interface PackageVerification {
  readonly ok: boolean;
  readonly manifest: Manifest | null;
  readonly items: readonly PackageItemResult[];
  readonly problems: readonly PackageProblem[];
}

const arrayOfUnknown: z.ZodType<unknown[]> = z.array(z.unknown());

/** Bounds for the files read whole: far above any real package, far below memory trouble. */
const MAX_JSON_BYTES = 64 * 1024 * 1024;

const hashEntry = async (reader: RandomAccessReader, entry: ZipEntry) => {
  const hasher = await createSha256();
  let size = 0;
  for await (const piece of readEntry(reader, entry)) {
    hasher.update(piece);
    size += piece.length;
  }
  return { sha256: toHex(hasher.digest()), size };
};

const readJson = async <T>(
  reader: RandomAccessReader,
  entry: ZipEntry | undefined,
  schema: z.ZodType<T>,
): Promise<{ value: T } | { problem: string }> => {
  if (entry === undefined) return { problem: 'missing' };
  try {
    const parsed = schema.safeParse(
      JSON.parse(fromUtf8(await readSmallEntry(reader, entry, MAX_JSON_BYTES))),
    );
    return parsed.success ? { value: parsed.data } : { problem: 'malformed' };
  } catch (error) {
    return { problem: error instanceof ZipFormatError ? 'unreadable' : 'malformed' };
  }
};

/**
 * The creator's signature of manifest.json's exact bytes, by the key signers.json gives for the
 * manifest's `createdBy`: null when it holds, else why not.
 */
const checkManifestSignature = async (
  reader: RandomAccessReader,
  byPath: ReadonlyMap<string, ZipEntry>,
  manifest: Manifest,
  signers: Signers,
): Promise<string | null> => {
  const read = await readJson(reader, byPath.get(MANIFEST_SIGNATURE_PATH), manifestSignatureSchema);
  if ('problem' in read) return read.problem;
  const { signer, signature } = read.value;
  const key = signers[signer];
  if (signer !== manifest.createdBy || key === undefined) return 'unknown_signer';
  const manifestEntry = byPath.get(MANIFEST_PATH);
  if (manifestEntry === undefined) return 'bad_signature';
  const bytes = await readSmallEntry(reader, manifestEntry, MAX_JSON_BYTES);
  const holds = await verifyPackageManifest(fromBase64Url(key), bytes, signature).catch(
    () => false,
  );
  return holds ? null : 'bad_signature';
};

/**
 * Checks an evidence package offline, with nothing but its bytes: every file's SHA-256 against
 * the manifest AND against the item's signed intake; every custody chain (hashes, links, order,
 * Ed25519 signatures by the keys signers.json gives); the creator's signature of the manifest
 * (which pins each chain's length, so a chain cut short at its end is caught); that the manifest
 * and the custody files agree; and that the ZIP holds exactly the files the manifest lists. Every mismatch is listed,
 * naming the file, and the event for a custody file. Memory: one slice of a file at a time, plus
 * the JSON files.
 */
export const verifyEvidencePackage = async (
  source: Uint8Array | RandomAccessReader,
): Promise<PackageVerification> => {
  const reader = source instanceof Uint8Array ? bytesReader(source) : source;
  const problems: PackageProblem[] = [];
  const fail = (problem: string): PackageVerification => ({
    ok: false,
    manifest: null,
    items: [],
    problems: [{ path: '(package)', problem }],
  });
  let entries: ZipEntry[];
  try {
    entries = (await readCentralDirectory(reader)).filter((e) => !e.path.endsWith('/'));
  } catch (error) {
    if (error instanceof ZipFormatError) return fail('unreadable_zip');
    throw error;
  }
  const byPath = new Map<string, ZipEntry>();
  for (const entry of entries) {
    if (byPath.has(entry.path)) problems.push({ path: entry.path, problem: 'duplicate_entry' });
    byPath.set(entry.path, entry);
  }
  const expected = new Set<string>([MANIFEST_PATH, MANIFEST_SIGNATURE_PATH, SIGNERS_PATH]);

  const manifestRead = await readJson(reader, byPath.get(MANIFEST_PATH), manifestSchema);
  if ('problem' in manifestRead) {
    return {
      ok: false,
      manifest: null,
      items: [],
      problems: [...problems, { path: MANIFEST_PATH, problem: manifestRead.problem }],
    };
  }
  const manifest = manifestRead.value;
  const signersRead = await readJson(reader, byPath.get(SIGNERS_PATH), signersSchema);
  let signers: Signers = {};
  if ('problem' in signersRead) problems.push({ path: SIGNERS_PATH, problem: signersRead.problem });
  else signers = signersRead.value;
  const known = new Map(Object.entries(signers));
  const signatureProblem = await checkManifestSignature(reader, byPath, manifest, signers);
  if (signatureProblem !== null) {
    problems.push({ path: MANIFEST_SIGNATURE_PATH, problem: signatureProblem });
  }

  for (const report of manifest.reports) {
    expected.add(report.path);
    const entry = byPath.get(report.path);
    if (entry === undefined) {
      problems.push({ path: report.path, problem: 'missing' });
      continue;
    }
    const found = await hashEntry(reader, entry).catch(() => null);
    if (found === null) problems.push({ path: report.path, problem: 'unreadable' });
    else if (found.sha256 !== report.sha256) {
      problems.push({ path: report.path, problem: 'sha256_mismatch' });
    }
  }

  const items: PackageItemResult[] = [];
  const seen = new Set<string>();
  for (const item of manifest.items) {
    const before = problems.length;
    const add = (p: Omit<PackageProblem, 'item'>) => problems.push({ ...p, item: item.id });
    if (seen.has(item.id)) add({ path: MANIFEST_PATH, problem: 'duplicate_item' });
    seen.add(item.id);
    const ownCustody = custodyPath(item.id);
    if (item.custody !== ownCustody || !item.path.startsWith(`files/${item.id}/`)) {
      add({ path: MANIFEST_PATH, problem: 'unexpected_path' });
    }
    expected.add(item.path);
    expected.add(item.custody);
    if (manifest.encrypted !== (item.ciphertext !== undefined)) {
      add({ path: MANIFEST_PATH, problem: 'malformed' });
    }

    // The file: its hash against the manifest (of the ciphertext, when encrypted).
    const entry = byPath.get(item.path);
    let found: { sha256: string; size: number } | null = null;
    if (entry === undefined) add({ path: item.path, problem: 'missing' });
    else {
      found = await hashEntry(reader, entry).catch(() => null);
      const want = item.ciphertext ?? item;
      if (found === null) add({ path: item.path, problem: 'unreadable' });
      else {
        if (found.sha256 !== want.sha256) add({ path: item.path, problem: 'sha256_mismatch' });
        if (found.size !== want.size) add({ path: item.path, problem: 'size_mismatch' });
      }
    }

    // The custody chain: signed by the keys signers.json names; its intake against the file.
    const custodyRead = await readJson(reader, byPath.get(item.custody), arrayOfUnknown);
    let events = 0;
    if ('problem' in custodyRead) add({ path: item.custody, problem: custodyRead.problem });
    else {
      events = custodyRead.value.length;
      const plaintext = item.ciphertext === undefined && found !== null ? found.sha256 : undefined;
      const check = await verifyCustodyChain(custodyRead.value, {
        vaultId: manifest.vaultId,
        evidenceId: item.id,
        signers: known,
        ...(plaintext === undefined ? {} : { fileSha256: plaintext }),
      });
      for (const p of check.problems) {
        add({
          path: item.custody,
          ...(p.index >= 0 ? { event: p.index } : {}),
          problem: p.problem,
        });
      }
      // The manifest says what the signed intake says.
      if (check.intake !== undefined) {
        if (check.intake.sha256 !== item.sha256 || check.intake.size !== item.size) {
          add({ path: MANIFEST_PATH, problem: 'manifest_intake_mismatch' });
        }
      }
      if (events !== item.events) add({ path: MANIFEST_PATH, problem: 'event_count_mismatch' });
    }
    items.push({
      id: item.id,
      path: item.path,
      sha256: found?.sha256 ?? null,
      events,
      plaintextChecked: item.ciphertext === undefined,
      ok: problems.length === before,
    });
  }

  for (const entry of entries) {
    if (!expected.has(entry.path)) problems.push({ path: entry.path, problem: 'not_in_manifest' });
  }
  return { ok: problems.length === 0, manifest, items, problems };
};
