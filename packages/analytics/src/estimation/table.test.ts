import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePatternCsv } from './csv';
import { EstimationError } from './errors';
import { captureTable, listSizes, observedTotal, overlapTotal } from './table';

const codeOf = (f: () => unknown): string => {
  try {
    f();
  } catch (error) {
    if (error instanceof EstimationError) return error.code;
    throw error;
  }
  return 'no error';
};

describe('captureTable', () => {
  it('indexes counts by pattern, bit j for list j, with patterns not given at 0', () => {
    const t = captureTable(
      ['A', 'B'],
      [
        { pattern: [1, 0], count: 5 },
        { pattern: [1, 1], count: 2 },
      ],
    );
    expect(t.counts).toEqual([0, 5, 0, 2]);
    expect(observedTotal(t)).toBe(7);
    expect(listSizes(t)).toEqual([7, 2]);
    expect(overlapTotal(t)).toBe(2);
  });

  it('refuses a row that marks no list, a repeated pattern, a bad count and a wrong width', () => {
    expect(codeOf(() => captureTable(['A', 'B'], [{ pattern: [0, 0], count: 3 }]))).toBe(
      'all_zero_pattern',
    );
    expect(
      codeOf(() =>
        captureTable(
          ['A', 'B'],
          [
            { pattern: [1, 0], count: 3 },
            { pattern: [1, 0], count: 1 },
          ],
        ),
      ),
    ).toBe('duplicate_pattern');
    expect(codeOf(() => captureTable(['A', 'B'], [{ pattern: [1, 0], count: 1.5 }]))).toBe(
      'invalid_table',
    );
    expect(codeOf(() => captureTable(['A', 'B'], [{ pattern: [1, 0, 1], count: 1 }]))).toBe(
      'invalid_table',
    );
  });
});

describe('parsePatternCsv', () => {
  it('reads the last column as the count, like the shared data files', () => {
    const { lists, table, strata } = parsePatternCsv('A,B,C,n\n1,0,0,4\n0,1,1,2\r\n1,1,1,1\n');
    expect(lists).toEqual(['A', 'B', 'C']);
    expect(table.counts).toEqual([0, 4, 0, 0, 0, 0, 2, 1]);
    expect(strata).toEqual([]);
  });

  it('finds a count column by name wherever it is, and reads quoted headers', () => {
    const { lists, table } = parsePatternCsv('\ufeff"count",A,"B"\n3,1,0\n1,1,1\n');
    expect(lists).toEqual(['A', 'B']);
    expect(table.counts).toEqual([0, 3, 0, 1]);
  });

  it('counts rows as people with --count none', () => {
    const { table } = parsePatternCsv('A,B\n1,0\n1,0\n1,1\n', { count: 'none' });
    expect(table.counts).toEqual([0, 2, 0, 1]);
  });

  it('refuses one row per person read as counts, saying how to read it', () => {
    expect(() => parsePatternCsv('A,B,C\n1,0,0\n1,0,0\n0,1,1\n')).toThrow(/--count none/);
  });

  it('splits strata by a column and sums them for the whole table', () => {
    const csv = 'region,A,B,count\nN,1,0,3\nN,1,1,1\nS,0,1,2\nS,1,1,4\n';
    const { table, strata } = parsePatternCsv(csv, { stratum: 'region' });
    expect(strata.map((s) => s.stratum)).toEqual(['N', 'S']);
    expect(strata[0]?.table.counts).toEqual([0, 3, 0, 1]);
    expect(strata[1]?.table.counts).toEqual([0, 0, 2, 4]);
    expect(table.counts).toEqual([0, 3, 2, 5]);
  });

  it('names the line and column of a bad cell', () => {
    expect(() => parsePatternCsv('A,B,count\n1,0,3\n1,2,1\n')).toThrow(
      /line 3: column "B" is "2", not 0 or 1/,
    );
    expect(() => parsePatternCsv('A,B,count\n1,0,-3\n')).toThrow(/line 2: the count/);
    expect(() => parsePatternCsv('A,B,count\n1,0\n')).toThrow(/line 2 has 2 fields/);
    expect(() => parsePatternCsv('A,B,count\n1,0,3\n', { stratum: 'region' })).toThrow(
      /no stratum column "region"/,
    );
  });

  it('refuses an empty file, a header alone, an all-zero row and a repeated pattern', () => {
    expect(codeOf(() => parsePatternCsv(''))).toBe('invalid_table');
    expect(codeOf(() => parsePatternCsv('A,B,count\n'))).toBe('invalid_table');
    expect(codeOf(() => parsePatternCsv('A,B,count\n1,0,3\n0,0,7\n'))).toBe('all_zero_pattern');
    expect(codeOf(() => parsePatternCsv('A,B,count\n1,0,3\n1,0,7\n'))).toBe('duplicate_pattern');
  });

  it('reads back any table it is given as CSV', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((J) =>
            fc
              .array(fc.nat(500), { minLength: 2 ** J - 1, maxLength: 2 ** J - 1 })
              .map((cs) => ({ J, cs })),
          ),
        ({ J, cs }) => {
          const lists = Array.from({ length: J }, (_, j) => `L${j}`);
          const lines = cs.map(
            (c, i) => `${Array.from({ length: J }, (_, j) => ((i + 1) >>> j) & 1).join(',')},${c}`,
          );
          const { table } = parsePatternCsv([`${lists.join(',')},count`, ...lines].join('\n'));
          expect(table.counts).toEqual([0, ...cs]);
        },
      ),
    );
  });
});
