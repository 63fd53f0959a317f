import { describe, expect, it } from 'vitest';
import { checkTable, extrapolationWarning, pairOddsRatio, tableWarnings } from './checks';
import { parsePatternCsv } from './csv';
import { EstimationError } from './errors';

const table = (csv: string) => parsePatternCsv(csv).table;

const codeOf = (f: () => unknown): string => {
  try {
    f();
  } catch (error) {
    if (error instanceof EstimationError) return error.code;
    throw error;
  }
  return 'no error';
};

describe('checkTable', () => {
  it('names an empty list and says what to do about it', () => {
    const t = table('A,B,C,n\n1,0,0,5\n0,1,0,4\n1,1,0,2\n');
    expect(() => checkTable(t, 'loglinear')).toThrow(/"C" has nobody on it: remove the column/);
    expect(codeOf(() => checkTable(t, 'dga'))).toBe('empty_list');
  });

  it('refuses a table where nobody is on two lists, or nobody at all', () => {
    expect(codeOf(() => checkTable(table('A,B,C,n\n1,0,0,5\n0,1,0,4\n0,0,1,2\n'), 'lcmcr'))).toBe(
      'no_overlap',
    );
    expect(codeOf(() => checkTable(table('A,B,C,n\n1,0,0,0\n0,1,0,0\n'), 'lcmcr'))).toBe(
      'no_records',
    );
  });

  it('holds each method to its number of lists', () => {
    const two = table('A,B,n\n1,0,5\n0,1,4\n1,1,2\n');
    expect(checkTable(two, 'loglinear')).toEqual({ J: 2, n: 11 });
    expect(() => checkTable(two, 'lcmcr')).toThrow(/LCMCR needs at least 3 lists, the table has 2/);
    expect(codeOf(() => checkTable(two, 'dga'))).toBe('too_few_lists');
  });

  it('refuses a count in the cell of people on no list', () => {
    const bad = { lists: ['A', 'B'], counts: [3, 1, 1, 1] };
    expect(codeOf(() => checkTable(bad, 'loglinear'))).toBe('invalid_table');
  });
});

describe('tableWarnings', () => {
  it('is silent for a large table of independent lists with many overlaps', () => {
    // Counts of independent lists with capture chances 0.5, 0.4, 0.3 among 10,000 people.
    const rows: string[] = [];
    for (let p = 1; p < 8; p++) {
      const on = [p & 1, (p >> 1) & 1, (p >> 2) & 1];
      const chance = [0.5, 0.4, 0.3].reduce((s, q, j) => s * (on[j] ? q : 1 - q), 1);
      rows.push(`${on.join(',')},${Math.round(10_000 * chance)}`);
    }
    const t = table(['A,B,C,n', ...rows].join('\n'));
    expect(tableWarnings(t)).toEqual([]);
    expect(pairOddsRatio(t, 0, 1)).toBeCloseTo(1, 1);
  });

  it('warns of few overlaps, sparse combinations, small lists and dependent lists', () => {
    const t = table(
      'A,B,C,D,n\n1,0,0,0,300\n0,1,0,0,250\n1,1,0,0,60\n0,0,1,0,7\n1,0,0,1,1\n0,0,0,1,3\n',
    );
    const codes = tableWarnings(t).map((w) => w.code);
    expect(codes).toEqual(
      expect.arrayContaining(['small_list', 'few_overlaps', 'sparse_cells', 'list_dependence']),
    );
    const dependence = tableWarnings(t).find((w) => w.code === 'list_dependence');
    expect(dependence?.message).toMatch(/too low/);
  });

  it('warns when most of the estimate was never observed', () => {
    expect(extrapolationWarning(100, 250)).toBeUndefined();
    expect(extrapolationWarning(100, 450)?.message).toMatch(/only 22\.2% of the estimated total/);
  });
});
