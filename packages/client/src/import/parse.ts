import Papa from 'papaparse';
import type { SheetData } from 'read-excel-file/universal';
import { ImportFileError } from './errors';

/** The file formats import reads. */
export type TableFormat = 'csv' | 'xlsx';

/** A sheet as text: the header row's column names and the data rows, every cell a string. */
export interface Table {
  readonly columns: readonly string[];
  /** Data rows, each exactly as wide as `columns` (missing cells are ''). */
  readonly rows: readonly (readonly string[])[];
  /** For each data row, its row number in the sheet as the user sees it (header = row 1). */
  readonly rowNumbers: readonly number[];
}

/** Options of `parseTable`. */
export interface ParseTableOptions {
  /** XLSX: the sheet to read, by name or 1-based position; the first sheet by default. */
  readonly sheet?: string | number;
  /** CSV: the delimiter; guessed among , ; tab and | by default. */
  readonly delimiter?: string;
  /** CSV: the text encoding (e.g. `windows-1251` for files saved by older Excel); UTF-8 by default. */
  readonly encoding?: string;
}

const isBlank = (row: readonly string[]): boolean => row.every((cell) => cell.trim() === '');

/** Header names: trimmed, empty ones named by position, repeated ones numbered so each is unique. */
const columnNames = (header: readonly string[]): string[] => {
  const seen = new Map<string, number>();
  return header.map((raw, i) => {
    const base = raw.trim() === '' ? `(column ${i + 1})` : raw.trim();
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
};

/** Builds the table from raw rows: first non-blank row is the header, blank rows are skipped. */
const toTable = (raw: readonly (readonly string[])[]): Table => {
  const headerIndex = raw.findIndex((row) => !isBlank(row));
  const header = raw[headerIndex];
  if (headerIndex < 0 || header === undefined) {
    throw new ImportFileError(
      'empty',
      'the file has no rows: a header row naming the columns comes first',
    );
  }
  const width = Math.max(header.length, ...raw.map((r) => r.length));
  const padded = [...header, ...Array<string>(width - header.length).fill('')];
  const columns = columnNames(padded);
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let i = headerIndex + 1; i < raw.length; i++) {
    const row = raw[i] ?? [];
    if (isBlank(row)) continue;
    rows.push(Array.from({ length: width }, (_, c) => row[c] ?? ''));
    rowNumbers.push(i + 1);
  }
  return { columns, rows, rowNumbers };
};

const decode = (bytes: Uint8Array, encoding: string): string => {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch (cause) {
    throw new ImportFileError('encoding', `unknown text encoding "${encoding}"`, { cause });
  }
  try {
    return decoder.decode(bytes);
  } catch (cause) {
    throw new ImportFileError(
      'encoding',
      `the file is not valid ${encoding} text: save it as CSV UTF-8, or give its encoding (e.g. windows-1251)`,
      { cause },
    );
  }
};

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The delimiter that splits the first records most consistently into more than one field, without
 * quoting errors (blank lines ignored); a comma when none does (a one-column file).
 */
const guessDelimiter = (text: string): string => {
  let best: { delimiter: string; spread: number; fields: number } | undefined;
  for (const delimiter of DELIMITERS) {
    const sample = Papa.parse<string[]>(text, { delimiter, preview: 50, skipEmptyLines: 'greedy' });
    if (sample.errors.some((e) => e.type === 'Quotes')) continue;
    const counts = sample.data.map((row) => row.length);
    const fields = Math.min(...counts);
    if (counts.length === 0 || fields < 2) continue;
    const spread = Math.max(...counts) - fields;
    if (
      best === undefined ||
      spread < best.spread ||
      (spread === best.spread && fields > best.fields)
    ) {
      best = { delimiter, spread, fields };
    }
  }
  return best?.delimiter ?? ',';
};

const parseCsv = (bytes: Uint8Array, options: ParseTableOptions): Table => {
  // TextDecoder drops a leading byte order mark.
  const text = decode(bytes, options.encoding ?? 'utf-8');
  if (text.trim() === '') {
    throw new ImportFileError(
      'empty',
      'the file is empty: a header row naming the columns comes first',
    );
  }
  const parsed = Papa.parse<string[]>(text, {
    delimiter: options.delimiter ?? guessDelimiter(text),
    skipEmptyLines: false,
  });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) {
    const at = fatal.row === undefined ? '' : ` (record ${fatal.row + 1})`;
    throw new ImportFileError('malformed-csv', `the CSV is malformed${at}: ${fatal.message}`);
  }
  return toTable(parsed.data);
};

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A date cell as ISO text: the day alone at midnight, else date and time (UTC, as Excel stores it). */
const isoOf = (d: Date): string => {
  const day = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  const midnight =
    d.getUTCHours() === 0 &&
    d.getUTCMinutes() === 0 &&
    d.getUTCSeconds() === 0 &&
    d.getUTCMilliseconds() === 0;
  return midnight ? day : d.toISOString();
};

const cellText = (cell: unknown): string => {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : isoOf(cell);
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  return '';
};

const errorName = (e: unknown): string => (e instanceof Error ? e.name : '');

const parseXlsx = async (bytes: Uint8Array, options: ParseTableOptions): Promise<Table> => {
  if (bytes.length === 0) throw new ImportFileError('empty', 'the file is empty');
  // The reader takes an ArrayBuffer: copy exactly the view's bytes.
  const buffer = bytes.slice().buffer;
  let data: SheetData<string>;
  try {
    // Numbers are kept as the text Excel stored, so codes like 0042 and years stay as written.
    // Loaded here, not at start: only XLSX imports need it (about 10 MB once loaded).
    const { readSheet } = await import('read-excel-file/universal');
    data = await readSheet<string>(buffer, options.sheet ?? 1, {
      trim: false,
      parseNumber: (text: string) => text,
    });
  } catch (cause) {
    if (errorName(cause) === 'SheetNotFoundError') {
      throw new ImportFileError(
        'sheet-not-found',
        `the workbook has no sheet "${String(options.sheet)}"`,
        {
          cause,
        },
      );
    }
    if (errorName(cause) === 'InvalidInputError') {
      throw new ImportFileError(
        'not-xlsx',
        'the file is not an .xlsx workbook (an old .xls must be saved as .xlsx)',
        {
          cause,
        },
      );
    }
    throw new ImportFileError('unreadable', 'the workbook could not be read: it may be damaged', {
      cause,
    });
  }
  return toTable(data.map((row) => row.map(cellText)));
};

/**
 * Reads a CSV or XLSX file into a table of text cells: the first non-blank row names the columns,
 * blank rows are skipped (each row keeps its sheet row number). XLSX dates become ISO text.
 * A file that is not a readable table is refused with an `ImportFileError`.
 */
export const parseTable = async (
  bytes: Uint8Array,
  format: TableFormat,
  options: ParseTableOptions = {},
): Promise<Table> => (format === 'csv' ? parseCsv(bytes, options) : parseXlsx(bytes, options));
