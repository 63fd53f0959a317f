import { signedCustodyEventSchema, type EvidenceKind, type SignedCustodyEvent } from '@vigil/core';
import { createSha256, sha256Hex, toHex, utf8 } from '@vigil/crypto';
import {
  CIPHERTEXT_DESCRIPTION,
  custodyPath,
  filePath,
  MANIFEST_PATH,
  MANIFEST_SIGNATURE_PATH,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  REPORT_HTML_PATH,
  REPORT_PDF_PATH,
  SIGNERS_PATH,
  type Manifest,
  type ManifestItem,
  type ManifestSignature,
  type Signers,
} from './format';
import { reportModel } from './report';
import { reportHtml } from './report-html';
import { reportPdf } from './report-pdf';
import { zipWriter, type PackageSink } from './zip-writer';

/** One item as the package writer needs it; `content` is read once, as it is written. */
export interface PackageItemSource {
  readonly id: string;
  readonly kind: EvidenceKind;
  readonly fileName: string | null;
  readonly mediaType: string | null;
  readonly derivedFrom: string | null;
  readonly lineage: readonly string[];
  readonly links: readonly string[];
  /** The custody events as their actors signed them (export included), in chain order. */
  readonly custody: readonly unknown[];
  /** The original's bytes, or its ciphertext when the package is encrypted. */
  content(): AsyncIterable<Uint8Array>;
}

export interface PackageHeader {
  readonly createdAt: string;
  readonly vaultId: string;
  readonly createdBy: string;
  readonly encrypted: boolean;
  readonly signers: Signers;
  /** Signs manifest.json's bytes with the creator's key (base64url Ed25519 signature). */
  readonly signManifest: (manifestBytes: Uint8Array) => Promise<string>;
}

/** The writer found something it must not package (the bytes are not what the intake signed). */
export class PackageWriteError extends Error {}

const json = (value: unknown): Uint8Array => utf8(`${JSON.stringify(value, null, 2)}\n`);

const intakeOf = (custody: readonly unknown[]): SignedCustodyEvent['event'] | undefined => {
  const first = signedCustodyEventSchema.safeParse(custody[0]);
  return first.success && first.data.event.action === 'intake' ? first.data.event : undefined;
};

/**
 * Writes a package into `sink`: each item's file as it streams (hashed on the way; memory holds
 * one piece), then its custody file; at the end signers.json, the reports, the manifest and the
 * creator's signature of it. The
 * manifest's plaintext hash and size come from the signed intake; a decrypted file whose hash
 * differs is refused, not packaged. `onItem` is told after each item.
 */
export const assemblePackage = async (
  sink: PackageSink,
  header: PackageHeader,
  items: AsyncIterable<PackageItemSource>,
  onItem?: (done: number) => void,
): Promise<Manifest> => {
  const zip = zipWriter(sink);
  try {
    const entries: ManifestItem[] = [];
    const custody = new Map<string, SignedCustodyEvent[]>();
    for await (const item of items) {
      const intake = intakeOf(item.custody);
      if (intake?.file === undefined) {
        throw new PackageWriteError(`item ${item.id} has no signed intake`);
      }
      const path = filePath(item.id, item.fileName ?? undefined, header.encrypted);
      const hasher = await createSha256();
      let size = 0;
      const hashed = async function* () {
        for await (const piece of item.content()) {
          hasher.update(piece);
          size += piece.length;
          yield piece;
        }
      };
      await zip.addStream(path, hashed());
      const sha256 = toHex(hasher.digest());
      if (!header.encrypted && (sha256 !== intake.file.sha256 || size !== intake.file.size)) {
        throw new PackageWriteError(`item ${item.id} does not match its signed intake`);
      }
      await zip.addBytes(custodyPath(item.id), json(item.custody));
      custody.set(
        item.id,
        item.custody.flatMap((e) => {
          const parsed = signedCustodyEventSchema.safeParse(e);
          return parsed.success ? [parsed.data] : [];
        }),
      );
      entries.push({
        id: item.id,
        kind: item.kind,
        fileName: item.fileName,
        mediaType: item.mediaType,
        size: intake.file.size,
        sha256: intake.file.sha256,
        path,
        ...(header.encrypted
          ? {
              ciphertext: {
                format: 'vigil-file-v1' as const,
                sha256,
                size,
                keyIncluded: false as const,
                description: CIPHERTEXT_DESCRIPTION,
              },
            }
          : {}),
        custody: custodyPath(item.id),
        derivedFrom: item.derivedFrom,
        lineage: [...item.lineage],
        links: [...item.links],
        events: item.custody.length,
      });
      onItem?.(entries.length);
    }
    const base = {
      format: PACKAGE_FORMAT,
      version: PACKAGE_FORMAT_VERSION,
      createdAt: header.createdAt,
      vaultId: header.vaultId,
      createdBy: header.createdBy,
      encrypted: header.encrypted,
      items: entries,
    } as const;
    await zip.addBytes(SIGNERS_PATH, json(header.signers));
    const model = await reportModel(base, custody, header.signers);
    const html = utf8(reportHtml(model));
    const pdf = reportPdf(model);
    await zip.addBytes(REPORT_HTML_PATH, html);
    await zip.addBytes(REPORT_PDF_PATH, pdf);
    const manifest: Manifest = {
      ...base,
      reports: [
        { path: REPORT_HTML_PATH, sha256: await sha256Hex(html) },
        { path: REPORT_PDF_PATH, sha256: await sha256Hex(pdf) },
      ],
    };
    const manifestBytes = json(manifest);
    await zip.addBytes(MANIFEST_PATH, manifestBytes);
    const signature: ManifestSignature = {
      algorithm: 'Ed25519',
      signer: header.createdBy,
      signature: await header.signManifest(manifestBytes),
    };
    await zip.addBytes(MANIFEST_SIGNATURE_PATH, json(signature));
    await zip.end();
    return manifest;
  } catch (error) {
    zip.abort();
    throw error;
  }
};
