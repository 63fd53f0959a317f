import { basename, extname, resolve } from 'node:path';
import {
  extractMetadata,
  METADATA_HEAD_BYTES,
  stripImageMetadata,
  type EvidenceView,
} from '@vigil/client';
import { EVIDENCE_KINDS, evidenceKindOf, type EvidenceKind, type VaultId } from '@vigil/core';
import { Option, type Command } from 'commander';
import { emit, globals, type CliContext } from '../../context';
import { CliError, usageError } from '../../errors';
import { fileSource, uploadJournal, writeAtomically } from '../../platform/evidence-files';
import { resolveHome } from '../../platform/state';
import { openSession } from '../../session';
import { progressBar } from '../io/progress';
import { parseVaultId } from '../vault/args';
import { registerEvidencePackageCommand } from './package';

const PASSWORD_NOTE =
  'Needs the password (VIGIL_PASSWORD or a prompt): files are encrypted and opened on this machine.';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const parseId = (what: string, raw: string): string => {
  if (!UUID.test(raw)) throw usageError(`${what} must be a lower-case UUID`);
  return raw;
};

/** Media types by extension, for the sealed metadata and the default kind. */
const MEDIA_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.heic': 'image/heic',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.mp4': 'video/mp4',
  '.mov': 'video/quicktime',
  '.webm': 'video/webm',
  '.mkv': 'video/x-matroska',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/opus',
  '.m4a': 'audio/mp4',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
};

/** Working copies are made in memory: photos, not videos. */
const MAX_STRIP_BYTES = 256 * 1024 * 1024;

const vaultOption = () =>
  new Option('--vault <vault-id>', 'the vault holding the evidence').makeOptionMandatory();

const itemJson = (v: EvidenceView) => ({
  id: v.item.id,
  kind: v.item.kind,
  fileName: v.meta.fileName ?? null,
  mediaType: v.meta.mediaType ?? null,
  size: v.meta.size,
  sha256: v.meta.sha256 ?? null,
  links: v.item.links,
  derivedFrom: v.item.derivedFrom,
  storedAt: v.item.storedAt,
  metadata: v.meta.metadata ?? null,
});

/** Registers `vigil evidence add|get|list|verify|package`. */
export const registerEvidenceCommands = (program: Command, ctx: CliContext): void => {
  const evidence = program
    .command('evidence')
    .description('evidence files: encrypted here, uploaded resumably, with a signed custody log');

  evidence
    .command('add')
    .description('encrypt and upload a file; prints its id and SHA-256')
    .argument('<file>', 'the file (never altered; read twice if an upload resumes)')
    .addOption(vaultOption())
    .option('--incident <id>', 'an incident the file documents')
    .option('--person <id>', 'a person the file documents')
    .option('--source <id>', 'a source the file comes from')
    .addOption(new Option('--kind <kind>', 'what the file is').choices(EVIDENCE_KINDS))
    .option('--note <text>', 'a note for the intake (sealed, and signed in the custody log)')
    .option('--derived-from <id>', 'this file is a working copy of that evidence (its original)')
    .addHelpText(
      'after',
      `\nAn interrupted upload continues where it stopped when the same command runs again.\n${PASSWORD_NOTE}\nJSON output (--json): { "id": string, "sha256": string }`,
    )
    .action(
      async (
        file: string,
        opts: {
          vault: string;
          incident?: string;
          person?: string;
          source?: string;
          kind?: EvidenceKind;
          note?: string;
          derivedFrom?: string;
        },
        cmd: Command,
      ) => {
        const { server, json } = globals(ctx, cmd);
        const vaultId = parseVaultId(opts.vault);
        const links = [
          ...(opts.incident === undefined ? [] : [parseId('--incident', opts.incident)]),
          ...(opts.person === undefined ? [] : [parseId('--person', opts.person)]),
          ...(opts.source === undefined ? [] : [parseId('--source', opts.source)]),
        ];
        const source = await fileSource(file);
        // Read here, sealed with the file: capture time, place, device, pages, duration.
        const metadata = await extractMetadata({
          bytes: await source.readRange(0, METADATA_HEAD_BYTES),
          size: source.size,
          fileName: basename(file),
          readRange: source.readRange,
          ...(MEDIA_TYPES[extname(file).toLowerCase()] === undefined
            ? {}
            : { mediaType: MEDIA_TYPES[extname(file).toLowerCase()] }),
        });
        const mediaType = metadata.mediaType;
        const journal = uploadJournal(resolveHome(ctx.env));
        const key = await journal.keyOf([
          server,
          vaultId,
          resolve(file),
          source.size,
          source.mtimeMs,
        ]);
        const resume = await journal.get(key);
        const { client } = await openSession(ctx, server, { unlock: true });
        const bar = progressBar(ctx);
        const added = await client.evidence
          .add(
            vaultId as VaultId,
            source,
            {
              kind: opts.kind ?? evidenceKindOf(mediaType),
              fileName: basename(file),
              mediaType,
              metadata,
              links,
              ...(opts.derivedFrom === undefined
                ? {}
                : { derivedFrom: parseId('--derived-from', opts.derivedFrom) }),
              ...(opts.note === undefined ? {} : { note: opts.note }),
            },
            {
              ...(resume === undefined ? {} : { resume }),
              onStarted: (id) => void journal.set(key, id),
              onProgress: (p) => bar.update(p.phase, p.done, p.total),
            },
          )
          .finally(() => bar.end());
        await journal.delete(key);
        emit(
          ctx,
          json,
          { id: added.id, sha256: added.sha256 },
          () => `${added.id} ${added.sha256}\n`,
        );
      },
    );

  evidence
    .command('get')
    .description('download and decrypt a file (byte-identical); signs a download in its custody')
    .argument('<id>', 'the evidence id')
    .addOption(vaultOption())
    .addOption(new Option('--out <file>', 'where to write it').makeOptionMandatory())
    .addHelpText(
      'after',
      `\nThe file appears only once whole and matching its SHA-256.\n${PASSWORD_NOTE}\nJSON output (--json): { "id": string, "sha256": string, "size": number }`,
    )
    .action(async (rawId: string, opts: { vault: string; out: string }, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      const id = parseId('<id>', rawId);
      const vaultId = parseVaultId(opts.vault);
      const { client } = await openSession(ctx, server, { unlock: true });
      const got = await writeAtomically(opts.out, (write) =>
        client.evidence.download(vaultId as VaultId, id, write),
      );
      emit(
        ctx,
        json,
        { id, sha256: got.sha256, size: got.size },
        () => `${opts.out} ${got.sha256}\n`,
      );
    });

  evidence
    .command('list')
    .description("list a vault's evidence, oldest first")
    .addOption(vaultOption())
    .option('--linked-to <id>', 'only files documenting this record')
    .addOption(new Option('--kind <kind>', 'only this kind').choices(EVIDENCE_KINDS))
    .option('--after <id>', 'files after this id (the "next" of the previous page)')
    .addHelpText(
      'after',
      `\n${PASSWORD_NOTE}\nJSON output (--json): { "items": [ { "id", "kind", "fileName", "mediaType", "size", "sha256", "links", "derivedFrom", "storedAt", "metadata" } ], "next": string|null }`,
    )
    .action(
      async (
        opts: { vault: string; linkedTo?: string; kind?: EvidenceKind; after?: string },
        cmd: Command,
      ) => {
        const { server, json } = globals(ctx, cmd);
        const vaultId = parseVaultId(opts.vault);
        const { client } = await openSession(ctx, server, { unlock: true });
        const page = await client.evidence.list(vaultId as VaultId, {
          ...(opts.linkedTo === undefined
            ? {}
            : { linkedTo: parseId('--linked-to', opts.linkedTo) }),
          ...(opts.kind === undefined ? {} : { kind: opts.kind }),
          ...(opts.after === undefined ? {} : { after: parseId('--after', opts.after) }),
        });
        const items = page.items.map(itemJson);
        emit(ctx, json, { items, next: page.next }, () =>
          items.length === 0
            ? 'No evidence yet.\n'
            : items
                .map(
                  (i) =>
                    `${i.id}  ${i.kind.padEnd(15)} ${String(i.size).padStart(12)}  ${i.fileName ?? ''}`,
                )
                .join('\n') + '\n',
        );
      },
    );

  evidence
    .command('strip')
    .description(
      'make a working copy of a photo without its metadata (GPS, time, device); the original stays as it is',
    )
    .argument('<id>', 'the evidence id of the original')
    .addOption(vaultOption())
    .addHelpText(
      'after',
      `\nThe copy is a new item naming its original; both custody logs record it.\n${PASSWORD_NOTE}\nJSON output (--json): { "id": string, "sha256": string, "removed": [ string ] }`,
    )
    .action(async (rawId: string, opts: { vault: string }, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      const id = parseId('<id>', rawId);
      const vaultId = parseVaultId(opts.vault) as VaultId;
      const { client } = await openSession(ctx, server, { unlock: true });
      const original = await client.evidence.get(vaultId, id);
      if (original.meta.size > MAX_STRIP_BYTES) {
        throw usageError(`only images up to ${MAX_STRIP_BYTES} bytes are stripped here`);
      }
      const chunks: Uint8Array[] = [];
      await client.evidence.download(vaultId, id, (c) => void chunks.push(c), { action: 'copy' });
      const bytes = new Uint8Array(Buffer.concat(chunks));
      const mediaType = original.meta.mediaType ?? 'application/octet-stream';
      const stripped = stripImageMetadata(bytes, mediaType);
      if (!stripped.ok) {
        throw new CliError(
          stripped.reason === 'unsupported-type' ? 'unsupported_type' : 'malformed',
          stripped.reason === 'unsupported-type'
            ? `${mediaType} files cannot be stripped here (JPEG, PNG and WebP can)`
            : 'the image could not be read safely; no copy was made',
        );
      }
      const copy = stripped.bytes;
      const added = await client.evidence.add(
        vaultId,
        {
          size: copy.length,
          open: async function* () {
            yield copy;
          },
        },
        {
          kind: original.item.kind,
          mediaType,
          ...(original.meta.fileName === undefined
            ? {}
            : { fileName: `stripped-${original.meta.fileName}` }),
          links: original.item.links,
          derivedFrom: id,
          note: 'working copy: metadata stripped',
        },
      );
      const removed = [...new Set(stripped.removed)];
      emit(
        ctx,
        json,
        { id: added.id, sha256: added.sha256, removed },
        () => `${added.id} ${added.sha256}\n`,
      );
    });

  evidence
    .command('verify')
    .description("check a file's custody chain and its SHA-256 against the signed intake")
    .argument('<id>', 'the evidence id')
    .addOption(vaultOption())
    .addHelpText(
      'after',
      `\nReads the stored file (a signed "view" in its custody) and hashes it here. Exit code 0 only when everything matches.\n${PASSWORD_NOTE}\nJSON output (--json): { "ok": boolean, "sha256": string, "problems": [ { "index": number, "problem": string } ] }`,
    )
    .action(async (rawId: string, opts: { vault: string }, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      const id = parseId('<id>', rawId);
      const vaultId = parseVaultId(opts.vault) as VaultId;
      const { client } = await openSession(ctx, server, { unlock: true });
      let sha256: string;
      try {
        sha256 = (await client.evidence.download(vaultId, id, () => undefined, { action: 'view' }))
          .sha256;
      } catch (error) {
        if (error instanceof Error && 'code' in error && error.code === 'decrypt_failed') {
          throw new CliError('mismatch', `the stored file of ${id} is damaged or altered`);
        }
        throw error;
      }
      const check = await client.evidence.verify(vaultId, id, sha256);
      const problems = [...check.problems, ...check.mismatches];
      emit(ctx, json, { ok: check.ok, sha256, problems }, () =>
        check.ok
          ? `ok: ${check.signed.length} custody events verified; SHA-256 ${sha256}\n`
          : problems.map((p) => `event ${p.index}: ${p.problem}`).join('\n') + '\n',
      );
      if (!check.ok) throw new CliError('mismatch', `the custody of ${id} does not verify`);
    });

  registerEvidencePackageCommand(evidence, ctx, PASSWORD_NOTE);
};
