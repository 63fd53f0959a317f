import { describe, expect, it } from 'vitest';
import { captureTable, EstimationError } from '@vigil/analytics';
import { wholeAnswer, yearAnswer } from './fixtures.test-helpers';
import {
  listSizesOf,
  methodProblemOf,
  observedOf,
  overlapOf,
  patternRows,
  patternTables,
  skipReasonOf,
} from './patterns';

describe('the pattern tables of an answer', () => {
  it('puts digit j of a pattern on list j of the table', () => {
    const { lists, strata } = patternTables(wholeAnswer);
    expect(lists).toEqual(['memorial', 'ovd-info', 'zona-prava']);
    const table = strata[0]?.table;
    // '100' = memorial only = bit 0; '001' = zona-prava only = bit 2; '101' = bits 0 and 2.
    expect(table?.counts).toEqual([0, 60, 49, 4, 247, 112, 142, 12]);
    expect(listSizesOf(table ?? captureTable(['a'], []))).toEqual([188, 207, 513]);
    expect(observedOf(table ?? captureTable(['a'], []))).toBe(626);
  });

  it('keeps one table per stratum with its code, null for unknown', () => {
    const { strata } = patternTables(yearAnswer);
    expect(strata.map((s) => s.stratum)).toEqual(['2023', '2024', null]);
    expect(strata.map((s) => observedOf(s.table))).toEqual([312, 314, 4]);
  });

  it('refuses a pattern that marks no list, with the estimation code', () => {
    const bad = {
      ...wholeAnswer,
      strata: [{ stratum: null, people: 1, patterns: [{ pattern: '000', count: 1 }] }],
    };
    expect(() => patternTables(bad)).toThrow(EstimationError);
    try {
      patternTables(bad);
    } catch (error) {
      expect((error as EstimationError).code).toBe('all_zero_pattern');
    }
  });

  it('refuses a pattern of the wrong width', () => {
    const bad = {
      ...wholeAnswer,
      strata: [{ stratum: null, people: 1, patterns: [{ pattern: '10', count: 1 }] }],
    };
    expect(() => patternTables(bad)).toThrow(/list flags/);
  });
});

describe('whether a stratum can be estimated', () => {
  it('estimates a table with people on every list and overlap', () => {
    const table = patternTables(wholeAnswer).strata[0]?.table;
    expect(table && skipReasonOf(table)).toBeNull();
  });

  it('skips a stratum with too few people, saying how many', () => {
    const table = patternTables(yearAnswer).strata[2]?.table;
    expect(table && skipReasonOf(table)).toEqual({ reason: 'tooFewPeople', people: 4, min: 10 });
  });

  it('skips a stratum where a list has nobody, naming the list', () => {
    const table = captureTable(
      ['a', 'b', 'c'],
      [
        { pattern: [1, 0, 0], count: 10 },
        { pattern: [1, 1, 0], count: 5 },
      ],
    );
    expect(skipReasonOf(table)).toEqual({ reason: 'emptyLists', lists: ['c'] });
  });

  it('skips a stratum where nobody is on two lists', () => {
    const table = captureTable(
      ['a', 'b'],
      [
        { pattern: [1, 0], count: 10 },
        { pattern: [0, 1], count: 10 },
      ],
    );
    expect(overlapOf(table)).toBe(0);
    expect(skipReasonOf(table)).toEqual({ reason: 'noOverlap' });
  });
});

describe('which methods the chosen lists allow', () => {
  it('follows the estimators’ list limits', () => {
    expect(methodProblemOf('loglinear', 2)).toBeNull();
    expect(methodProblemOf('loglinear', 1)).toEqual({ reason: 'tooFewLists', min: 2 });
    expect(methodProblemOf('lcmcr', 2)).toEqual({ reason: 'tooFewLists', min: 3 });
    expect(methodProblemOf('dga', 5)).toBeNull();
    expect(methodProblemOf('dga', 6)).toEqual({ reason: 'tooManyLists', max: 5 });
  });
});

describe('the rows of the pattern table on screen', () => {
  it('lists patterns with people, most lists first, earlier lists first among equals', () => {
    const table = patternTables(wholeAnswer).strata[0]?.table;
    const rows = table ? patternRows(table) : [];
    expect(rows.map((r) => `${r.flags.join('')}:${r.count}`)).toEqual([
      '111:12',
      '110:4',
      '101:112',
      '011:142',
      '100:60',
      '010:49',
      '001:247',
    ]);
  });
});
