import type { LinkageSource } from '@vigil/analytics';
import type { Table } from '@vigil/client';
import { CliError, usageError } from '../../errors';

/** One cell of CSV output: quoted when it holds a separator, a quote or a line break. */
export const csvCell = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/** One CSV line. */
export const csvLine = (cells: readonly (string | number)[]): string =>
  cells.map((c) => (typeof c === 'number' ? String(c) : csvCell(c))).join(',');

/**
 * A parsed CSV file as a linkage source: the id column (trimmed) as ids, every other column as
 * cells. Refuses a file without the id column, without records, or with a blank id.
 */
export const sourceOf = (table: Table, idColumn: string, file: string): LinkageSource => {
  const at = table.columns.indexOf(idColumn);
  if (at < 0) {
    const shown = table.columns
      .slice(0, 12)
      .map((c) => `"${c}"`)
      .join(', ');
    throw usageError(
      `${file} has no column "${idColumn}" (its columns: ${shown}${table.columns.length > 12 ? ', …' : ''})`,
    );
  }
  if (table.rows.length === 0) {
    throw new CliError('no_records', `${file} has a header but no records: nothing to link`);
  }
  const rowOf = new Map<string, number>();
  const ids = table.rows.map((row, r) => {
    const id = (row[at] ?? '').trim();
    const line = table.rowNumbers[r] ?? r + 2;
    if (id === '') {
      throw new CliError(
        'missing_id',
        `${file}, row ${line}: no value in the id column "${idColumn}"`,
      );
    }
    const first = rowOf.get(id);
    if (first !== undefined) {
      throw new CliError(
        'duplicate_id',
        `${file}: id "${id}" is used by rows ${first} and ${line}; ids must be unique within a file`,
      );
    }
    rowOf.set(id, line);
    return id;
  });
  const columns: Record<string, string[]> = {};
  table.columns.forEach((name, c) => {
    if (c !== at) columns[name] = table.rows.map((row) => row[c] ?? '');
  });
  return { ids, columns };
};
