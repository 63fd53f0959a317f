import type { VaultId } from '@vigil/core';
import { decryptFile, fromBase64Url, signPackageManifest, toBase64Url } from '@vigil/crypto';
import type { ClientContext } from '../../context';
import { ApiError, ClientErrorCode, lockedError } from '../../errors';
import { readCustody, recordCustody } from '../custody';
import { getEvidence } from '../files';
import { assemblePackage, PackageWriteError, type PackageItemSource } from './assemble';
import { PACKAGE_MAX_BYTES, type Manifest, type Signers } from './format';
import type { PackageSink } from './zip-writer';

export interface EvidencePackageOptions {
  /** Ciphertexts instead of the decrypted originals (the key is never included). */
  readonly encrypted?: boolean;
  /** Told after each item is written: items done of total. */
  readonly onProgress?: (p: { readonly done: number; readonly total: number }) => void;
  readonly signal?: AbortSignal;
}

/** How far back a working copy's lineage is followed (a loop in bad data must not hang us). */
const MAX_LINEAGE = 32;

const lineageOf = async (ctx: ClientContext, vaultId: VaultId, from: string | null) => {
  const lineage: string[] = [];
  for (let id = from; id !== null && lineage.length < MAX_LINEAGE;) {
    if (lineage.includes(id)) break;
    lineage.push(id);
    id = (await ctx.transport.call('evidenceGet', { params: { vaultId, evidenceId: id } }))
      .derivedFrom;
  }
  return lineage;
};

/**
 * Writes an evidence package of `itemIds` into `sink` (a ZIP; see ./format.ts and ADR 16). For
 * each item, in order, first signs an `export` custody event, then reads its custody chain
 * (export included) and streams its file, decrypted on this device or, with `encrypted`, as the
 * stored ciphertext. Memory holds one file chunk at a time, plus the items' JSON. A failure
 * leaves an unfinished ZIP in the sink: write it to a temporary place and keep it only when
 * this resolves. Resolves with the manifest written.
 */
export const packageEvidence = async (
  ctx: ClientContext,
  vaultId: VaultId,
  itemIds: readonly string[],
  sink: PackageSink,
  options: EvidencePackageOptions = {},
): Promise<Manifest> => {
  const { signal, onProgress } = options;
  const encrypted = options.encrypted ?? false;
  const account = ctx.account;
  if (account === null) throw lockedError();
  if (itemIds.length === 0 || new Set(itemIds).size !== itemIds.length) {
    throw new ApiError(0, 'validation_failed', 'Name each item once, at least one.');
  }
  signal?.throwIfAborted();
  // Refused before any export is signed: a package past the ZIP limit would be broken.
  let total = 0;
  for (const id of itemIds) {
    total += (await ctx.transport.call('evidenceGet', { params: { vaultId, evidenceId: id } }))
      .size;
  }
  if (total > PACKAGE_MAX_BYTES) {
    const gib = (bytes: number) => (bytes / 1024 ** 3).toFixed(1);
    throw new ApiError(
      0,
      'validation_failed',
      `These items hold ${gib(total)} GiB; a package holds at most ${gib(PACKAGE_MAX_BYTES)} GiB. ` +
        'Split them into several packages.',
    );
  }
  const { members } = await ctx.transport.call('memberList', { params: { vaultId } });
  const memberKeys = new Map(members.map((m) => [m.accountId as string, m.signingPublicKey]));
  const signers: Signers = {};

  const sources = async function* (): AsyncGenerator<PackageItemSource> {
    for (const id of itemIds) {
      signal?.throwIfAborted();
      const { item, meta } = await getEvidence(ctx, vaultId, id);
      await recordCustody(ctx, vaultId, id, 'export', {
        note: encrypted ? 'evidence package (encrypted)' : 'evidence package',
      });
      const { signed, signers: actors } = await readCustody(ctx, vaultId, id);
      // Every actor of the chain, with the key the vault's member list gives for the account,
      // or, for a member since removed, the key the server holds for that account.
      for (const e of signed) {
        const actor = (e as { event?: { actor?: { accountId?: unknown } } } | null)?.event?.actor
          ?.accountId;
        if (typeof actor !== 'string') continue;
        const key = memberKeys.get(actor) ?? actors[actor];
        if (key !== undefined) signers[actor] = key;
      }
      yield {
        id,
        kind: item.kind,
        fileName: meta.fileName ?? null,
        mediaType: meta.mediaType ?? null,
        derivedFrom: item.derivedFrom,
        lineage: await lineageOf(ctx, vaultId, item.derivedFrom),
        links: item.links,
        custody: signed,
        content: async function* () {
          const body = await ctx.transport.download('evidenceContent', {
            params: { vaultId, evidenceId: id },
          });
          if (encrypted) {
            for await (const chunk of body) {
              signal?.throwIfAborted();
              yield chunk;
            }
            return;
          }
          const fileKey = fromBase64Url(meta.fileKey);
          try {
            for await (const chunk of decryptFile(fileKey, id, body)) {
              signal?.throwIfAborted();
              yield chunk;
            }
          } finally {
            fileKey.fill(0);
          }
        },
      };
    }
  };

  // The creator signs the manifest: their key is in signers.json whatever the chains hold.
  signers[account.id] = toBase64Url(ctx.keys.userKeys().signing.publicKey);
  try {
    return await assemblePackage(
      sink,
      {
        createdAt: new Date().toISOString(),
        vaultId,
        createdBy: account.id,
        encrypted,
        // Filled while the items are read; written after the last one.
        signers,
        signManifest: (bytes) => signPackageManifest(ctx.keys.userKeys().signing.privateKey, bytes),
      },
      sources(),
      (done) => onProgress?.({ done, total: itemIds.length }),
    );
  } catch (error) {
    if (error instanceof PackageWriteError) {
      throw new ApiError(0, ClientErrorCode.integrityFailed, error.message);
    }
    throw error;
  }
};
