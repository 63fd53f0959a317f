import {
  RECORD_KINDS,
  consentDecisions,
  listVocabularies,
  type ExportPurpose,
  type RecordKind,
  type VaultId,
} from '@vigil/core';
import { uuidv7 } from '@vigil/crypto';
import type { ClientContext } from '../context';
import { ApiError } from '../errors';
import { listRecords, setRecordDeleted } from '../records';
import { importRows, remapRelations, type ImportOptions } from '../records-import';
import { excludedCsv, kindCsv } from './csv';
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  SEALED_FIELD_NAMES,
  vaultExportSchema,
  withChosenFields,
  type ExcludedRecord,
  type ExportedRecord,
  type SealedFieldChoice,
  type VaultExport,
} from './format';

export interface VaultExportOptions {
  readonly format: 'json' | 'csv';
  readonly purpose: ExportPurpose;
  /** Sealed fields to include: 'all' (default), 'none', or names like 'incident.narrative'. */
  readonly sealedFields?: SealedFieldChoice;
  /** Kinds listed so far out of all kinds (the vault's size is not known in advance). */
  readonly onProgress?: (p: { done: number; total: number }) => void;
  readonly signal?: AbortSignal;
}

export interface VaultExportResult {
  readonly files: { name: string; content: string }[];
  readonly excluded: ExcludedRecord[];
}

/** Every record of one kind, deleted ones too, opened, page after page. */
const allOfKind = async (
  ctx: ClientContext,
  vaultId: VaultId,
  kind: RecordKind,
  signal: AbortSignal | undefined,
): Promise<ExportedRecord[]> => {
  const out: ExportedRecord[] = [];
  let after: string | undefined;
  do {
    signal?.throwIfAborted();
    const page = await listRecords(ctx, vaultId, kind, {
      deleted: 'include',
      limit: 1000,
      ...(after === undefined ? {} : { after }),
    });
    for (const r of page.records) {
      out.push({
        id: r.id,
        kind: r.kind,
        deleted: r.deleted,
        version: r.version,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
        data: r.data as Record<string, unknown>,
      });
    }
    after = page.next ?? undefined;
  } while (after !== undefined);
  return out;
};

/** Refuses sealed field names that are not `kind.field` of a sealed field. */
const checkChoice = (choice: SealedFieldChoice): void => {
  if (typeof choice === 'string') return;
  const unknown = choice.filter((name) => !SEALED_FIELD_NAMES.includes(name));
  if (unknown.length > 0) {
    throw new ApiError(
      0,
      'validation_failed',
      'Some sealed field names are unknown.',
      unknown.map((name) => ({
        path: 'sealedFields',
        message: `${name} is not a sealed field (kind.field)`,
      })),
    );
  }
};

/**
 * Exports a vault for a purpose: every record the consent rule allows (`consentDecisions`),
 * opened here, with the sealed fields chosen. JSON: one file with a header, the excluded records
 * and the records (a `backup` with every sealed field is complete and re-importable with
 * `importVaultExport`). CSV: one file per kind plus `excluded.csv`.
 */
export const exportVault = async (
  ctx: ClientContext,
  vaultId: VaultId,
  options: VaultExportOptions,
): Promise<VaultExportResult> => {
  const choice = options.sealedFields ?? 'all';
  checkChoice(choice);
  const records: ExportedRecord[] = [];
  for (const [done, kind] of RECORD_KINDS.entries()) {
    options.onProgress?.({ done, total: RECORD_KINDS.length });
    records.push(...(await allOfKind(ctx, vaultId, kind, options.signal)));
  }
  options.onProgress?.({ done: RECORD_KINDS.length, total: RECORD_KINDS.length });
  const decisions = consentDecisions(records, options.purpose);
  const excluded: ExcludedRecord[] = [];
  const included: ExportedRecord[] = [];
  for (const r of records) {
    const decision = decisions.get(r.id);
    if (decision?.allowed === false) {
      excluded.push({ kind: r.kind, id: r.id, reason: decision.reason, message: decision.message });
    } else {
      included.push({ ...r, data: withChosenFields(r.kind, r.data, choice) });
    }
  }
  if (options.format === 'csv') {
    const files = RECORD_KINDS.map((kind) => ({
      name: `${kind}.csv`,
      content: kindCsv(
        kind,
        included.filter((r) => r.kind === kind),
        choice,
      ),
    }));
    return {
      files: [...files, { name: 'excluded.csv', content: excludedCsv(excluded) }],
      excluded,
    };
  }
  const file: VaultExport = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    vaultId,
    createdAt: new Date().toISOString(),
    purpose: options.purpose,
    complete: excluded.length === 0 && choice === 'all',
    sealedFields: typeof choice === 'string' ? choice : [...choice],
    vocabularies: Object.fromEntries(listVocabularies().map((v) => [v.id, v.version])),
    excluded,
    records: included,
  };
  return {
    files: [
      { name: `vigil-export-${vaultId}.json`, content: `${JSON.stringify(file, null, 2)}\n` },
    ],
    excluded,
  };
};

/** Reads a JSON export file; a file that is not one is `validation_failed` naming the field. */
export const parseVaultExport = (content: string): VaultExport => {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    throw new ApiError(0, 'validation_failed', 'The file is not JSON.');
  }
  const parsed = vaultExportSchema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(
      0,
      'validation_failed',
      'The file is not a Vigil export.',
      parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  return parsed.data;
};

/**
 * Imports a JSON export into a vault, all or nothing: every record gets a new id (ids are unique
 * across vaults), relations between the export's records follow them, relations to records not
 * in the export are kept as they are (and refused by the server unless the vault holds them).
 * Records flagged deleted are deleted again once the import is committed. Returns old id → new.
 */
export const importVaultExport = async (
  ctx: ClientContext,
  vaultId: VaultId,
  content: string,
  options: ImportOptions = {},
): Promise<{ ids: Map<string, string> }> => {
  const file = parseVaultExport(content);
  const ids = new Map(file.records.map((r) => [r.id, uuidv7()]));
  await importRows(
    ctx,
    vaultId,
    file.records.map((r) => ({
      kind: r.kind,
      id: ids.get(r.id) as string,
      data: remapRelations(r.kind, r.data, ids),
    })),
    options,
  );
  for (const r of file.records) {
    if (r.deleted) await setRecordDeleted(ctx, vaultId, ids.get(r.id) as string, true);
  }
  return { ids };
};
