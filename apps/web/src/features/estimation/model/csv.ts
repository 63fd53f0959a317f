import { csvText } from '../../statistics/model/csv';
import { patternRows, type PatternTables } from './patterns';

/**
 * The pattern table as the CSV `vigil estimate --input` reads (@vigil/analytics
 * `parsePatternCsv`): one 0/1 column per list named by its code, then `count`; with strata, a
 * `stratum` column before the count (read with `--stratum stratum`). Codes only: nothing in it
 * names anybody. An unknown stratum is an empty cell.
 */

export const COUNT_COLUMN = 'count';
export const STRATUM_COLUMN = 'stratum';

/** Column names the reader would take for the count or the stratum. */
const RESERVED = new Set(['count', 'n', 'freq', 'frequency', STRATUM_COLUMN]);

/**
 * The column name of each list: its code, or `list-<code>` when the code is a name the reader
 * takes for the count or the stratum column (an organisation coded "n", say).
 */
export const listColumns = (lists: readonly string[]): string[] => {
  const taken = new Set<string>();
  return lists.map((code) => {
    let name = RESERVED.has(code.toLowerCase()) ? `list-${code}` : code;
    while (taken.has(name) || RESERVED.has(name.toLowerCase())) name = `list-${name}`;
    taken.add(name);
    return name;
  });
};

/** The rows of the file (header first), each stratum's patterns most lists first. */
export const patternCsvRows = (
  tables: PatternTables,
  stratified: boolean,
): (string | number)[][] => {
  const header = [
    ...listColumns(tables.lists),
    ...(stratified ? [STRATUM_COLUMN] : []),
    COUNT_COLUMN,
  ];
  const rows: (string | number)[][] = [header];
  for (const s of tables.strata) {
    for (const row of patternRows(s.table)) {
      rows.push([...row.flags, ...(stratified ? [s.stratum ?? ''] : []), row.count]);
    }
  }
  return rows;
};

/** The file's text (RFC 4180, CRLF). */
export const patternCsv = (tables: PatternTables, stratified: boolean): string =>
  csvText(patternCsvRows(tables, stratified));

/** "estimation-patterns-organisation-by-year-2026-12-01.csv": what is counted and the day only. */
export const patternFileName = (listBy: string, stratumBy: string, day: string): string =>
  ['estimation-patterns', listBy, ...(stratumBy === 'none' ? [] : ['by', stratumBy]), day].join(
    '-',
  ) + '.csv';
