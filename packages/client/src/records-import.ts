import {
  fieldsOf,
  MAX_IMPORT_BATCH,
  RECORD_KINDS,
  type CreateRecordRequest,
  type RecordData,
  type RecordKind,
  type VaultId,
} from '@vigil/core';
import { uuidv7 } from '@vigil/crypto';
import type { ClientContext } from './context';
import { ApiError, isApiError } from './errors';
import { sealingKey, wireOf } from './records';

/** Where an import stands: sealing rows, uploading them, or the server writing them. */
export interface ImportProgress {
  readonly phase: 'sealing' | 'uploading' | 'committing';
  readonly done: number;
  readonly total: number;
}

export interface ImportOptions {
  readonly onProgress?: (p: ImportProgress) => void;
  /** Aborting stops before the next batch; the server's import is dropped, nothing is written. */
  readonly signal?: AbortSignal;
}

/** One row of a mixed import: its kind, its data and, when given, the id to store it under. */
export interface ImportRow {
  readonly kind: RecordKind;
  readonly data: Readonly<Record<string, unknown>>;
  readonly id?: string;
}

/**
 * An upload stays under this many bytes of JSON (the server's default body limit is 1 MiB);
 * a batch also holds at most MAX_IMPORT_BATCH records.
 */
export const MAX_UPLOAD_BYTES = 768 * 1024;
/** Rows sealed concurrently (WebCrypto calls overlap). */
const SEAL_CONCURRENCY = 64;

const RECORD_TARGETS = new Set<string>(RECORD_KINDS);

/**
 * Rewrites a record's relation ids through `ids` (old id → new id), leaving unknown ids as they
 * are: how an export's own references follow its records into another vault.
 */
export const remapRelations = (
  kind: RecordKind,
  data: Readonly<Record<string, unknown>>,
  ids: ReadonlyMap<string, string>,
): Record<string, unknown> => {
  const out: Record<string, unknown> = { ...data };
  for (const [name, spec] of fieldsOf(kind)) {
    if (spec.type !== 'relation' || spec.relation === undefined) continue;
    if (!RECORD_TARGETS.has(spec.relation)) continue;
    const value = out[name];
    if (typeof value === 'string') out[name] = ids.get(value) ?? value;
    if (Array.isArray(value))
      out[name] = value.map((v) => (typeof v === 'string' ? (ids.get(v) ?? v) : v));
  }
  return out;
};

/** The error of row `index`, its fields prefixed with `rows.<index>`. */
const rowError = (index: number, error: ApiError): ApiError =>
  new ApiError(
    error.status,
    error.code,
    `Row ${index}: ${error.message}`,
    error.fields.length > 0
      ? error.fields.map((f) => ({ path: `rows.${index}.${f.path}`, message: f.message }))
      : [{ path: `rows.${index}`, message: error.message }],
  );

/** An upload's error with `body.records.<i>.record.<field>` paths turned into `rows.<row>.<field>`. */
const byRow = (offset: number, error: ApiError): ApiError => {
  const fields = error.fields.map((f) => {
    const m = /^body\.records\.(\d+)(?:\.record)?(\..*)?$/.exec(f.path);
    return m ? { ...f, path: `rows.${offset + Number(m[1])}${m[2] ?? ''}` } : f;
  });
  return new ApiError(error.status, error.code, error.message, fields);
};

/**
 * Seals and imports rows of any kinds all or nothing: ids made here (or taken from the rows),
 * sealed under the vault's current key fetched once, uploaded in batches, committed in one
 * transaction by the server. Any failure (a row that does not validate, a broken relation, an
 * abort) drops the import; the error's fields name the row (`rows.<index>.<field>`).
 */
export const importRows = async (
  ctx: ClientContext,
  vaultId: VaultId,
  rows: readonly ImportRow[],
  options: ImportOptions = {},
): Promise<{ ids: string[] }> => {
  const { onProgress, signal } = options;
  const total = rows.length;
  if (total === 0) return { ids: [] };
  signal?.throwIfAborted();
  const key = await sealingKey(ctx, vaultId);
  const ids = rows.map((r) => r.id ?? uuidv7());
  const session = await ctx.transport.call('importStart', {
    params: { vaultId },
    body: { total },
  });
  const params = { vaultId, importId: session.id };
  try {
    let sealed = 0;
    let uploaded = 0;
    let batch: CreateRecordRequest[] = [];
    let batchBytes = 0;
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      signal?.throwIfAborted();
      try {
        await ctx.transport.call('importUpload', {
          params,
          body: { offset: uploaded, records: batch },
        });
      } catch (error) {
        throw isApiError(error) ? byRow(uploaded, error) : error;
      }
      uploaded += batch.length;
      batch = [];
      batchBytes = 0;
      onProgress?.({ phase: 'uploading', done: uploaded, total });
    };
    for (let from = 0; from < total; from += SEAL_CONCURRENCY) {
      signal?.throwIfAborted();
      const slice = rows.slice(from, from + SEAL_CONCURRENCY);
      const wires = await Promise.all(
        slice.map(async (row, i) => {
          const index = from + i;
          const id = ids[index] as string;
          try {
            return {
              id,
              kind: row.kind,
              record: await wireOf(key, vaultId, id, row.kind, row.data),
            };
          } catch (error) {
            throw isApiError(error) ? rowError(index, error) : error;
          }
        }),
      );
      sealed += wires.length;
      onProgress?.({ phase: 'sealing', done: sealed, total });
      for (const wire of wires) {
        const bytes = JSON.stringify(wire).length + 1;
        if (batch.length >= MAX_IMPORT_BATCH || batchBytes + bytes > MAX_UPLOAD_BYTES)
          await flush();
        batch.push(wire as CreateRecordRequest);
        batchBytes += bytes;
      }
    }
    await flush();
    signal?.throwIfAborted();
    onProgress?.({ phase: 'committing', done: 0, total });
    await ctx.transport.call('importCommit', { params });
    onProgress?.({ phase: 'committing', done: total, total });
    return { ids };
  } catch (error) {
    // Best effort: an import left open expires on the server anyway.
    await ctx.transport.call('importAbort', { params }).catch(() => undefined);
    throw error;
  }
};

/** Imports records of one kind all or nothing (C2 `client.records.importRecords`). */
export const importRecords = <K extends RecordKind>(
  ctx: ClientContext,
  vaultId: VaultId,
  kind: K,
  records: readonly RecordData<K>[],
  options: ImportOptions = {},
): Promise<{ ids: string[] }> =>
  importRows(
    ctx,
    vaultId,
    records.map((data) => ({ kind, data: data as Readonly<Record<string, unknown>> })),
    options,
  );
