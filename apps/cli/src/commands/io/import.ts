import {
  dryRun,
  isApiError,
  isImportFileError,
  mappingFromColumns,
  parseImportMapping,
  parseTable,
  parseVaultExport,
  type DryRunResult,
  type ImportMapping,
  type Table,
} from '@vigil/client';
import type { RecordData, RecordKind, VaultId } from '@vigil/core';
import { extname } from 'node:path';
import { emit, type CliContext } from '../../context';
import { CliError, usageError } from '../../errors';
import { openSession } from '../../session';
import { progressBar } from './progress';
import { readInputFile } from '../../platform/files';

/** What `vigil import` was asked to do, after parsing the command line. */
export interface ImportRequest {
  readonly file: string;
  readonly vaultId: VaultId;
  readonly kind: RecordKind | undefined;
  readonly mapping: string | undefined;
  readonly sheet: string | undefined;
  readonly dryRun: boolean;
  readonly server: string;
  readonly json: boolean;
}

const TABLE_FORMATS: Record<string, 'csv' | 'xlsx'> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'csv',
  '.xlsx': 'xlsx',
};

/** Reads the mapping file, or builds one from the column names; its kind must match --kind. */
const mappingFor = async (
  request: ImportRequest,
  kind: RecordKind,
  table: Table,
): Promise<ImportMapping> => {
  if (request.mapping === undefined) return mappingFromColumns(kind, table.columns);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(await readInputFile(request.mapping)));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw usageError(`the mapping ${request.mapping} is not valid JSON`);
  }
  const parsed = parseImportMapping(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw usageError(`the mapping ${request.mapping} is invalid: ${problems.join('; ')}`);
  }
  if (parsed.data.kind !== kind) {
    throw usageError(`the mapping is for ${parsed.data.kind} records, not ${kind}`);
  }
  return parsed.data;
};

/** Every problem of a dry run, one line each, by sheet row and column. */
export const problemLines = (result: DryRunResult<RecordKind>): string[] => [
  ...result.mappingProblems.map(
    (p) =>
      `mapping${p.field === undefined ? '' : ` ${p.field}`}${p.column === undefined ? '' : ` (column "${p.column}")`}: ${p.message}`,
  ),
  ...result.rows.flatMap((r) =>
    r.ok
      ? []
      : r.problems.map(
          (p) =>
            `row ${p.row}${p.column === undefined ? '' : `, column "${p.column}"`} (${p.field}): ${p.message}` +
            (p.candidates !== undefined && p.candidates.length > 0
              ? ` — did you mean ${p.candidates.join(', ')}?`
              : ''),
        ),
  ),
];

/** Server paths `rows.<i>.<field>` turned into the sheet's row numbers, for the user. */
const rowsNamed = (error: unknown, rowNumbers: readonly number[]): string[] => {
  if (!isApiError(error)) return [];
  return error.fields.map((f) => {
    const m = /^rows\.(\d+)(?:\.(.*))?$/.exec(f.path);
    if (!m) return `${f.path}: ${f.message}`;
    const row = rowNumbers[Number(m[1])] ?? Number(m[1]);
    return `row ${row}${m[2] === undefined ? '' : ` (${m[2]})`}: ${f.message}`;
  });
};

/** `vigil import` on a CSV or XLSX file: parse, map, dry run, then (unless --dry-run) import. */
const importTable = async (ctx: CliContext, request: ImportRequest, bytes: Uint8Array) => {
  const format = TABLE_FORMATS[extname(request.file).toLowerCase()];
  if (format === undefined) {
    throw usageError('the file must be .csv, .tsv, .txt, .xlsx or a JSON export (.json)');
  }
  if (request.kind === undefined) throw usageError('--kind is needed to import a table');
  const kind = request.kind;
  let table: Table;
  try {
    table = await parseTable(
      bytes,
      format,
      request.sheet === undefined ? {} : { sheet: request.sheet },
    );
  } catch (error) {
    if (isImportFileError(error)) throw new CliError('bad_file', error.message);
    throw error;
  }
  const mapping = await mappingFor(request, kind, table);
  const bar = progressBar(ctx);
  const result = await dryRun(table, mapping, {
    onProgress: (done, total) => bar.update('checking', done, total),
  });
  bar.end();
  const problems = problemLines(result);
  if (problems.length > 0) {
    if (request.json) {
      emit(
        ctx,
        true,
        {
          ready: false,
          rows: result.summary.rows,
          problems: result.rows.flatMap((r) => (r.ok ? [] : r.problems)),
          mappingProblems: result.mappingProblems,
        },
        () => '',
      );
    } else {
      ctx.terminal.err(`${problems.join('\n')}\n`);
    }
    throw new CliError(
      'import_problems',
      `${problems.length} problem(s) in ${result.summary.withProblems} of ${result.summary.rows} rows; nothing imported`,
    );
  }
  const records = result.rows.flatMap((r) => (r.ok ? [r.record as RecordData<RecordKind>] : []));
  if (request.dryRun) {
    emit(
      ctx,
      request.json,
      { ready: true, rows: records.length },
      () => `${records.length} rows ready to import as ${kind} records.\n`,
    );
    return;
  }
  const { client } = await openSession(ctx, request.server, { unlock: true });
  try {
    const { ids } = await client.records.importRecords(request.vaultId, kind, records, {
      onProgress: (p) => bar.update(p.phase, p.done, p.total),
    });
    bar.end();
    emit(
      ctx,
      request.json,
      { imported: ids.length, ids },
      () => `Imported ${ids.length} ${kind} records.\n`,
    );
  } catch (error) {
    bar.end();
    const lines = rowsNamed(error, table.rowNumbers);
    if (lines.length > 0) ctx.terminal.err(`${lines.join('\n')}\n`);
    throw error;
  }
};

/** Runs `vigil import` for a table or a JSON export file. */
export const runImport = async (ctx: CliContext, request: ImportRequest): Promise<void> => {
  const bytes = await readInputFile(request.file);
  if (extname(request.file).toLowerCase() !== '.json') return importTable(ctx, request, bytes);
  const content = new TextDecoder().decode(bytes);
  if (request.dryRun) {
    // Parsing checks the export's shape; each record is checked again when sealed.
    const file = parseVaultExport(content);
    emit(
      ctx,
      request.json,
      { ready: true, rows: file.records.length },
      () => `${file.records.length} records ready to import.\n`,
    );
    return;
  }
  const { client } = await openSession(ctx, request.server, { unlock: true });
  const bar = progressBar(ctx);
  const { ids } = await client.exports.importJson(request.vaultId, content, {
    onProgress: (p) => bar.update(p.phase, p.done, p.total),
  });
  bar.end();
  emit(
    ctx,
    request.json,
    { imported: ids.size, ids: Object.fromEntries(ids) },
    () => `Imported ${ids.size} records.\n`,
  );
};
