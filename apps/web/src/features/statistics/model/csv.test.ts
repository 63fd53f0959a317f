import { describe, expect, it } from 'vitest';
import { csvCell, csvText, tableRows, type CsvLabels } from './csv';
import { yearByMethod } from './fixtures.test-helpers';
import { tableOf } from './table';

const labels: CsvLabels = {
  dimension: (d) => ({ year: 'Year', method: 'Method' })[d as 'year' | 'method'] ?? d,
  value: (_d, v) =>
    v === null
      ? 'unknown'
      : v === '030101000000'
        ? 'Beating, "hard"'
        : v === '031800000000'
          ? 'Isolation'
          : v,
  measure: 'Incidents',
  total: 'Total',
};

describe('the CSV of a table', () => {
  it('quotes what must be quoted and doubles quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell('Тверь')).toBe('Тверь');
    expect(csvCell(12)).toBe('12');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+7 999')).toBe("'+7 999");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('writes rows with CRLF line ends', () => {
    expect(
      csvText([
        ['a', 1],
        ['b,c', 2],
      ]),
    ).toBe('a,1\r\n"b,c",2\r\n');
  });

  it('lays out a two-way table with labels, row totals and the totals row (distinct counts)', () => {
    const rows = tableRows(tableOf(yearByMethod, 'incidents', 'year', 'method'), labels);
    expect(csvText(rows)).toBe(
      [
        'Incidents: Year \\ Method,"Beating, ""hard""",Isolation,unknown,Total',
        '2024,1,1,0,1',
        '2025,1,1,0,2',
        'unknown,0,0,1,1',
        'Total,2,2,1,4',
        '',
      ].join('\r\n'),
    );
  });

  it('lays out a one-way table as value and count', () => {
    const rows = tableRows(tableOf(yearByMethod, 'victims', 'year'), {
      ...labels,
      measure: 'Distinct victims',
    });
    expect(rows).toEqual([
      ['Year', 'Distinct victims'],
      ['2024', 1],
      ['2025', 1],
      ['unknown', 0],
      ['Total', 2],
    ]);
  });
});
