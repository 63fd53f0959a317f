import {
  isGroupSource,
  mappingFromColumns,
  parseImportMapping,
  type ImportMapping,
  type TableFormat,
} from '@vigil/client';
import type { RecordKind } from '@vigil/core';

const storageKey = (kind: RecordKind) => `vigil.importMapping.${kind}`;

/** The file format by its name's extension, or undefined for anything else. */
export const formatOfFile = (name: string): TableFormat | undefined => {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return undefined;
};

/**
 * Drops the columns a mapping names that this file lacks (a saved mapping reused on another
 * file), so the form never shows a column that is not there.
 */
export const fitMapping = (mapping: ImportMapping, columns: readonly string[]): ImportMapping => {
  const has = (c: string) => columns.includes(c);
  const fields: ImportMapping['fields'] = {};
  for (const [name, source] of Object.entries(mapping.fields)) {
    if (isGroupSource(source)) {
      const parts = Object.fromEntries(
        Object.entries(source.parts).filter(([, p]) => !('column' in p) || has(p.column)),
      );
      if (Object.keys(parts).length > 0) fields[name] = { ...source, parts };
    } else if (!('column' in source) || has(source.column)) {
      fields[name] = source;
    }
  }
  return { ...mapping, fields };
};

/**
 * The mapping to start from: the one saved on this device for the kind (fitted to the file),
 * else columns named after fields. Only column and field names are stored: no record data.
 */
export const initialMapping = (
  kind: RecordKind,
  columns: readonly string[],
  storage: Pick<Storage, 'getItem'> | null,
): { mapping: ImportMapping; saved: boolean } => {
  try {
    const raw = storage?.getItem(storageKey(kind));
    if (raw !== null && raw !== undefined) {
      const parsed = parseImportMapping(JSON.parse(raw));
      if (parsed.success && parsed.data.kind === kind) {
        return { mapping: fitMapping(parsed.data, columns), saved: true };
      }
    }
  } catch {
    // A broken saved mapping is ignored: the columns' own names are a fine start.
  }
  return { mapping: mappingFromColumns(kind, columns), saved: false };
};

/** Saves a mapping for reuse with the next file of its kind; false when storage refuses. */
export const saveMapping = (mapping: ImportMapping, storage: Pick<Storage, 'setItem'>): boolean => {
  try {
    storage.setItem(storageKey(mapping.kind), JSON.stringify(mapping));
    return true;
  } catch {
    return false;
  }
};

/**
 * The sheet row an import error names: the server and client name rows by their index in the
 * records sent (`rows.<index>.<field>`), the user knows them by their row number in the sheet.
 */
export const sheetRowOfError = (
  fields: readonly { path: string; message: string }[],
  sheetRows: readonly number[],
): { row: number; message: string } | undefined => {
  for (const f of fields) {
    const match = /^rows\.(\d+)(?:\.|$)/.exec(f.path);
    const index = match?.[1] === undefined ? undefined : Number(match[1]);
    const row = index === undefined ? undefined : sheetRows[index];
    if (row !== undefined) return { row, message: f.message };
  }
  return undefined;
};
