import { SEALED_FIELD_NAMES, type SealedFieldChoice } from '@vigil/client';
import { EXPORT_PURPOSES, type ExportPurpose, type VaultId } from '@vigil/core';
import { emit, type CliContext } from '../../context';
import { usageError } from '../../errors';
import { openSession } from '../../session';
import { writeExportFiles } from '../../platform/files';
import { progressBar } from './progress';

/** What `vigil export` was asked to do, after parsing the command line. */
export interface ExportRequest {
  readonly vaultId: VaultId;
  readonly out: string;
  readonly format: 'json' | 'csv';
  readonly purpose: ExportPurpose;
  readonly sealed: SealedFieldChoice;
  readonly server: string;
  readonly json: boolean;
}

/** Parses --purpose. */
export const parsePurpose = (raw: string): ExportPurpose => {
  const found = EXPORT_PURPOSES.find((p) => p === raw.trim());
  if (found === undefined)
    throw usageError(`--purpose must be one of ${EXPORT_PURPOSES.join(', ')}`);
  return found;
};

/** Parses --sealed: all, none, or a comma-separated list of kind.field names of sealed fields. */
export const parseSealed = (raw: string): SealedFieldChoice => {
  const value = raw.trim();
  if (value === 'all' || value === 'none') return value;
  const names = value
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  const unknown = names.filter((n) => !SEALED_FIELD_NAMES.includes(n));
  if (names.length === 0 || unknown.length > 0) {
    throw usageError(
      `--sealed takes all, none or sealed fields as kind.field (unknown: ${unknown.join(', ') || 'none given'}); e.g. incident.narrative,person.names`,
    );
  }
  return names;
};

/** Runs `vigil export`: writes the files (0600) and says what consent left out. */
export const runExport = async (ctx: CliContext, request: ExportRequest): Promise<void> => {
  const { client } = await openSession(ctx, request.server, { unlock: true });
  const bar = progressBar(ctx);
  const result = await client.exports.vault(request.vaultId, {
    format: request.format,
    purpose: request.purpose,
    sealedFields: request.sealed,
    onProgress: (p) => bar.update('exporting', p.done, p.total),
  });
  bar.end();
  const paths = await writeExportFiles(request.out, result.files);
  emit(
    ctx,
    request.json,
    { files: paths, purpose: request.purpose, excluded: result.excluded },
    () =>
      `${paths.map((p) => `wrote ${p}`).join('\n')}\n` +
      (result.excluded.length === 0
        ? 'Nothing left out.\n'
        : `Left out ${result.excluded.length} record(s) for ${request.purpose}:\n` +
          result.excluded.map((e) => `  ${e.kind} ${e.id}: ${e.message} (${e.reason})`).join('\n') +
          '\n'),
  );
};
