// Reads a pattern table from CSV text: one 0/1 column per list and a count column (named count,
// n, freq or frequency, else the last column), or one row per person; optionally a column naming
// strata. Pure text in, tables out: the CLI reads the file, a web worker its upload.
import { EstimationError, EstimationErrorCode } from './errors';
import { captureTable, sumTables, type CaptureTable, type PatternRow } from './table';

/** How to read the columns. */
export interface PatternCsvOptions {
  /**
   * The count column. Default: the column named count, n, freq or frequency (any case), else the
   * last column. `none`: no count column, each row is one person.
   */
  readonly count?: string;
  /** A column whose values name strata (e.g. a coded region); its rows are estimated separately. */
  readonly stratum?: string;
}

/** A pattern table read from CSV: the whole table, and one per stratum when a stratum column is given. */
export interface PatternCsv {
  readonly lists: readonly string[];
  readonly table: CaptureTable;
  /** Strata in order of first appearance; empty without a stratum column. */
  readonly strata: readonly { readonly stratum: string; readonly table: CaptureTable }[];
}

const COUNT_NAMES = ['count', 'n', 'freq', 'frequency'];

const invalid = (message: string) => new EstimationError(EstimationErrorCode.invalidTable, message);

/** Splits CSV text into trimmed fields per line (RFC 4180 quotes), with 1-based line numbers. */
const splitCsv = (text: string): { line: number; fields: string[] }[] => {
  const rows: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRow = () => {
    fields.push(field.trim());
    if (fields.length > 1 || fields[0] !== '') rows.push({ line: start, fields });
    fields = [];
    field = '';
  };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const c = body.charAt(i);
    if (quoted) {
      if (c === '"' && body.charAt(i + 1) === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line += 1;
        field += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field.trim());
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body.charAt(i + 1) === '\n') i += 1;
      endRow();
      line += 1;
      start = line;
    } else field += c;
  }
  if (quoted) throw invalid(`line ${start}: a quoted field is not closed`);
  if (field !== '' || fields.length > 0) endRow();
  return rows;
};

const parseFlag = (raw: string, line: number, column: string): 0 | 1 => {
  if (raw === '0') return 0;
  if (raw === '1') return 1;
  throw invalid(`line ${line}: column "${column}" is "${raw}", not 0 or 1`);
};

const parseCount = (raw: string, line: number, column: string): number => {
  const v = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(v)) {
    throw invalid(`line ${line}: the count "${column}" is "${raw}", not a whole number ≥ 0`);
  }
  return v;
};

/** Reads a pattern table (and its strata) from CSV text; throws `invalid_table` naming the line. */
export const parsePatternCsv = (text: string, options: PatternCsvOptions = {}): PatternCsv => {
  const rows = splitCsv(text);
  const header = rows[0];
  if (!header) throw invalid('the file is empty: it needs a header row and one row per pattern');
  const names = header.fields;
  if (names.some((n) => n === '')) throw invalid('line 1: a column has no name');
  if (new Set(names).size !== names.length) throw invalid('line 1: two columns have the same name');
  const find = (name: string, what: string): number => {
    const i = names.indexOf(name);
    if (i < 0)
      throw invalid(`there is no ${what} column "${name}"; the columns are ${names.join(', ')}`);
    return i;
  };
  const stratumAt = options.stratum === undefined ? -1 : find(options.stratum, 'stratum');
  let countAt: number;
  if (options.count === 'none') countAt = -1;
  else if (options.count !== undefined) countAt = find(options.count, 'count');
  else {
    const named = names.findIndex((n) => COUNT_NAMES.includes(n.toLowerCase()));
    countAt = named >= 0 ? named : names.length - 1;
    if (countAt === stratumAt)
      throw invalid('the last column is the stratum: name the count column');
  }
  const listAt = names.map((_, i) => i).filter((i) => i !== countAt && i !== stratumAt);
  const lists = listAt.map((i) => names[i] ?? '');
  const body = rows.slice(1);
  if (body.length === 0) throw invalid('the file has a header but no rows');

  if (
    options.count === undefined &&
    countAt === names.length - 1 &&
    !COUNT_NAMES.includes((names[countAt] ?? '').toLowerCase())
  ) {
    const binary = body.every((r) => r.fields[countAt] === '0' || r.fields[countAt] === '1');
    const seen = new Set(body.map((r) => r.fields.join(',')));
    if (binary && seen.size < body.length) {
      throw invalid(
        `the last column "${names[countAt]}" holds only 0 and 1 and rows repeat: it looks like one row per person; read it with no count column (--count none)`,
      );
    }
  }

  const byStratum = new Map<
    string,
    Map<string, { pattern: (0 | 1)[]; count: number; line: number }[]>
  >();
  for (const { line, fields } of body) {
    if (fields.length !== names.length) {
      throw invalid(`line ${line} has ${fields.length} fields, the header has ${names.length}`);
    }
    const pattern = listAt.map((i) => parseFlag(fields[i] ?? '', line, names[i] ?? ''));
    const count = countAt < 0 ? 1 : parseCount(fields[countAt] ?? '', line, names[countAt] ?? '');
    const stratum = stratumAt < 0 ? '' : (fields[stratumAt] ?? '');
    let patterns = byStratum.get(stratum);
    if (!patterns) {
      patterns = new Map();
      byStratum.set(stratum, patterns);
    }
    const key = pattern.join(',');
    const list = patterns.get(key) ?? [];
    list.push({ pattern, count, line });
    patterns.set(key, list);
  }

  const strata = [...byStratum].map(([stratum, patterns]) => {
    const tableRows: PatternRow[] = [];
    for (const entries of patterns.values()) {
      const first = entries[0];
      if (!first) continue;
      if (countAt >= 0 && entries.length > 1) {
        throw new EstimationError(
          EstimationErrorCode.duplicatePattern,
          `lines ${entries.map((e) => e.line).join(' and ')} have the same pattern ${first.pattern.join(',')}${stratumAt >= 0 ? ` in stratum "${stratum}"` : ''}`,
        );
      }
      if (first.pattern.every((f) => f === 0)) {
        throw new EstimationError(
          EstimationErrorCode.allZeroPattern,
          `line ${first.line} marks no list (${first.pattern.join(',')}): leave out people on no list, they are what is estimated`,
        );
      }
      tableRows.push({ pattern: first.pattern, count: entries.reduce((s, e) => s + e.count, 0) });
    }
    return { stratum, table: captureTable(lists, tableRows) };
  });
  return {
    lists,
    table: sumTables(strata.map((s) => s.table)),
    strata: stratumAt < 0 ? [] : strata,
  };
};
