import {
  fieldsOf,
  formatDateText,
  type DateValue,
  type FieldSpec,
  type RecordKind,
} from '@vigil/core';
import Papa from 'papaparse';
import {
  carriesField,
  type ExcludedRecord,
  type ExportedRecord,
  type SealedFieldChoice,
} from './format';

/** Values of a multi-valued field, and group parts, are joined with this (the import's default). */
export const CSV_SEPARATOR = ';';

const DATE_TYPES = new Set(['date', 'date-value', 'date-range']);

/** One value as CSV text: codes and ids as they are, dates in `formatDateText` form. */
const cell = (spec: FieldSpec, value: unknown): string => {
  if (value === undefined || value === null) return '';
  if (DATE_TYPES.has(spec.type)) return formatDateText(value as DateValue);
  return String(value);
};

/** The columns of a kind: id, deleted, then every carried field (a group field: one per part). */
const columnsOf = (kind: RecordKind, choice: SealedFieldChoice) => {
  const columns: { header: string; get: (r: ExportedRecord) => string }[] = [
    { header: 'id', get: (r) => r.id },
    { header: 'deleted', get: (r) => (r.deleted ? 'yes' : '') },
  ];
  for (const [name, spec] of fieldsOf(kind)) {
    if (!carriesField(kind, name, choice)) continue;
    if (spec.type === 'group' && spec.parts !== undefined) {
      for (const part of Object.keys(spec.parts)) {
        columns.push({
          header: `${name}.${part}`,
          get: (r) => {
            const groups = r.data[name];
            const list = Array.isArray(groups) ? groups : groups === undefined ? [] : [groups];
            // Paired by position on import: an absent part stays an empty slot.
            return list
              .map((g) => String((g as Record<string, unknown>)[part] ?? ''))
              .join(CSV_SEPARATOR);
          },
        });
      }
      continue;
    }
    columns.push({
      header: name,
      get: (r) => {
        const value = r.data[name];
        return Array.isArray(value)
          ? value.map((v) => cell(spec, v)).join(CSV_SEPARATOR)
          : cell(spec, value);
      },
    });
  }
  return columns;
};

/** Cells that a spreadsheet would run as formulas are escaped (papaparse `escapeFormulae`). */
const toCsv = (rows: string[][]): string =>
  Papa.unparse(rows, { newline: '\r\n', escapeFormulae: true });

/** One kind's records as CSV: a header row, then one row per record, in the order given. */
export const kindCsv = (
  kind: RecordKind,
  records: readonly ExportedRecord[],
  choice: SealedFieldChoice,
): string => {
  const columns = columnsOf(kind, choice);
  return toCsv([columns.map((c) => c.header), ...records.map((r) => columns.map((c) => c.get(r)))]);
};

/** The report of what an export left out: kind, id, reason code and the reason in words. */
export const excludedCsv = (excluded: readonly ExcludedRecord[]): string =>
  toCsv([
    ['kind', 'id', 'reason', 'message'],
    ...excluded.map((e) => [e.kind, e.id, e.reason, e.message]),
  ]);
