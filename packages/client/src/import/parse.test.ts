import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import writeXlsxFile, { type Sheet, type SheetData } from 'write-excel-file/universal';
import { ImportFileError } from './errors';
import { parseTable } from './parse';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const codeOf = async (promise: Promise<unknown>): Promise<string | undefined> => {
  try {
    await promise;
    return undefined;
  } catch (e) {
    return e instanceof ImportFileError ? e.code : `not an ImportFileError: ${String(e)}`;
  }
};

describe('parseTable on CSV', () => {
  it('drops a byte order mark and guesses a semicolon delimiter', async () => {
    const table = await parseTable(utf8('\uFEFFИмя;Группы\nИван;журналист\n'), 'csv');
    expect(table.columns).toEqual(['Имя', 'Группы']);
    expect(table.rows).toEqual([['Иван', 'журналист']]);
  });

  it('keeps quoted delimiters, doubled quotes and line breaks inside a cell', async () => {
    const csv = 'a,b\r\n"x, ""quoted""","line one\nline two"\r\n';
    const table = await parseTable(utf8(csv), 'csv');
    expect(table.rows).toEqual([['x, "quoted"', 'line one\nline two']]);
  });

  it('skips blank rows but numbers each row as the sheet does, header being row 1', async () => {
    const table = await parseTable(utf8('a,b\n1,2\n\n,\n3,4\n'), 'csv');
    expect(table.rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(table.rowNumbers).toEqual([2, 5]);
  });

  it('pads short rows, names extra and empty header cells, and numbers repeated names', async () => {
    const table = await parseTable(utf8('Name,,Name\n1\n1,2,3,4\n'), 'csv');
    expect(table.columns).toEqual(['Name', '(column 2)', 'Name (2)', '(column 4)']);
    expect(table.rows).toEqual([
      ['1', '', '', ''],
      ['1', '2', '3', '4'],
    ]);
  });

  it('reads a file in another encoding when told which', async () => {
    // "Имя" in windows-1251.
    const bytes = new Uint8Array([0xc8, 0xec, 0xff, 0x0a, 0xc8, 0x0a]);
    const table = await parseTable(bytes, 'csv', { encoding: 'windows-1251' });
    expect(table.columns).toEqual(['Имя']);
    expect(table.rows).toEqual([['И']]);
  });

  it('refuses bytes that are not UTF-8 text with an encoding error', async () => {
    expect(await codeOf(parseTable(new Uint8Array([0xc8, 0xec, 0xff]), 'csv'))).toBe('encoding');
  });

  it('refuses an empty file and a file of blank lines', async () => {
    expect(await codeOf(parseTable(new Uint8Array(), 'csv'))).toBe('empty');
    expect(await codeOf(parseTable(utf8('\n\n ,\n'), 'csv'))).toBe('empty');
  });

  it('refuses a quote that is never closed', async () => {
    expect(await codeOf(parseTable(utf8('a,b\n"open,2\n3,4\n'), 'csv'))).toBe('malformed-csv');
  });

  const cell = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.constantFrom('"', ',', ';', '\n', '\r\n', ' ', 'Ёжик, "ёлка"', 'Їжак;\nх', ''),
  );
  const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
    fc.record({
      header: fc.uniqueArray(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== ''),
        { minLength: width, maxLength: width, selector: (s) => s.trim() },
      ),
      rows: fc.array(
        fc
          .array(cell, { minLength: width, maxLength: width })
          .filter((r) => r.some((c) => c.trim() !== '')),
        { maxLength: 8 },
      ),
    }),
  );

  it('gives back every cell a CSV writer wrote, whatever the text', async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.constantFrom(',', ';'), async ({ header, rows }, delimiter) => {
        const csv = Papa.unparse([header, ...rows], { delimiter, newline: '\r\n' });
        const parsed = await parseTable(utf8(csv), 'csv', { delimiter });
        expect(parsed.columns).toEqual(header.map((h) => h.trim()));
        expect(parsed.rows).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it('guesses the delimiter of a file whose writer quoted every cell', async () => {
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.constantFrom(',', ';', '\t'),
        async ({ header, rows }, delimiter) => {
          fc.pre(header.length > 1);
          const csv = Papa.unparse([header, ...rows], { delimiter, quotes: true });
          const parsed = await parseTable(utf8(`\uFEFF${csv}`), 'csv');
          expect(parsed.rows).toEqual(rows);
        },
      ),
      { numRuns: 200 },
    );
  });
});

const bytesOf = async (blob: Blob): Promise<Uint8Array> => new Uint8Array(await blob.arrayBuffer());
const xlsx = async (data: SheetData): Promise<Uint8Array> =>
  bytesOf(await writeXlsxFile(data).toBlob());
const workbook = async (sheets: Sheet<Blob>[]): Promise<Uint8Array> =>
  bytesOf(await writeXlsxFile(sheets).toBlob());

describe('parseTable on XLSX', () => {
  it('reads the first sheet as text, dates as ISO text and numbers as written', async () => {
    const bytes = await xlsx([
      [{ value: 'Дата' }, { value: 'Год' }, { value: 'Имя' }],
      [
        { value: new Date(Date.UTC(2024, 2, 5)), type: Date, format: 'dd.mm.yyyy' },
        { value: 1985 },
        { value: 'Олена, "Лена"' },
      ],
      [null, null, null],
      [
        { value: new Date(Date.UTC(2023, 11, 31)), type: Date, format: 'yyyy-mm-dd' },
        null,
        { value: 'Б' },
      ],
    ]);
    const table = await parseTable(bytes, 'xlsx');
    expect(table.columns).toEqual(['Дата', 'Год', 'Имя']);
    expect(table.rows).toEqual([
      ['2024-03-05', '1985', 'Олена, "Лена"'],
      ['2023-12-31', '', 'Б'],
    ]);
    expect(table.rowNumbers).toEqual([2, 4]);
  });

  it('reads a sheet by name', async () => {
    const bytes = await workbook([
      { data: [[{ value: 'first' }], [{ value: '1' }]], sheet: 'One' },
      { data: [[{ value: 'second' }], [{ value: '2' }]], sheet: 'Two' },
    ]);
    const table = await parseTable(bytes, 'xlsx', { sheet: 'Two' });
    expect(table).toMatchObject({ columns: ['second'], rows: [['2']] });
  });

  it('refuses a sheet the workbook does not have', async () => {
    const bytes = await xlsx([[{ value: 'a' }]]);
    expect(await codeOf(parseTable(bytes, 'xlsx', { sheet: 'Nope' }))).toBe('sheet-not-found');
  });

  it('refuses bytes that are not a workbook', async () => {
    const code = await codeOf(parseTable(utf8('a,b\n1,2\n'), 'xlsx'));
    expect(code).toBe('not-xlsx');
    expect(await codeOf(parseTable(new Uint8Array(), 'xlsx'))).toBe('empty');
  });
});
