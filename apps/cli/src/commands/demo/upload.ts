import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  remapRelations,
  type ImportProgress,
  type VaultExport,
  type VigilClient,
} from '@vigil/client';
import { listVocabularies, type RecordKind, type VaultId } from '@vigil/core';
import type { DemoRecord } from './model';

/** A record on its way into the vault: relation ids already those of the vault where known. */
interface Row {
  readonly id: string;
  readonly kind: RecordKind;
  readonly data: Readonly<Record<string, unknown>>;
}

/** Rows as a JSON export: the file `vigil import` takes, whose relations follow its records. */
const asExport = (vaultId: VaultId, rows: readonly Row[]): string => {
  const createdAt = new Date().toISOString();
  const file: VaultExport = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    vaultId,
    createdAt,
    purpose: 'backup',
    complete: true,
    sealedFields: 'all',
    vocabularies: Object.fromEntries(listVocabularies().map((v) => [v.id, v.version])),
    excluded: [],
    records: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      deleted: false,
      version: 1,
      createdAt,
      updatedAt: createdAt,
      data: { ...r.data },
    })),
  };
  return JSON.stringify(file);
};

/** Records per import. */
export const IMPORT_CHUNK = 2000;

/** Where the imports stand: records committed so far, and the current import's phase. */
export interface UploadProgress {
  readonly phase: ImportProgress['phase'];
  /** Records sealed, uploaded or committed, counting the imports before this one. */
  readonly done: number;
  readonly total: number;
}

/**
 * Imports the records (in the order the generator made them, which puts every record after the
 * records it points at) through the bulk import: sealed here, uploaded in batches, committed in
 * one transaction per import of IMPORT_CHUNK records. Relations to records of earlier imports
 * are rewritten to the ids those imports gave them; relations inside an import follow its
 * records (as for any JSON export). `committed` is called with the records in the vault so far.
 *
 * Why imports of 2,000 and not one: measured on a new server (embedded database, two cores
 * shared with other work), one import of the default 17,000 records committed in 220 s, and in
 * another run in over 300 s, when the client stops waiting for the answer (although the server
 * commits); in imports of 2,000 the same records took 127 s end to end, no commit over 25 s.
 */
export const importDataset = async (
  client: VigilClient,
  vaultId: VaultId,
  records: readonly DemoRecord[],
  on: {
    readonly progress: (p: UploadProgress) => void;
    readonly committed: (count: number) => void;
  },
): Promise<void> => {
  const ids = new Map<string, string>();
  const total = records.length;
  for (let from = 0; from < total; from += IMPORT_CHUNK) {
    const rows = records.slice(from, from + IMPORT_CHUNK).map((r) => ({
      id: r.id,
      kind: r.kind,
      data: remapRelations(r.kind, r.data, ids),
    }));
    const done = await client.exports.importJson(vaultId, asExport(vaultId, rows), {
      onProgress: (p) => on.progress({ phase: p.phase, done: from + p.done, total }),
    });
    for (const [old, given] of done.ids) ids.set(old, given);
    on.committed(from + rows.length);
  }
};
