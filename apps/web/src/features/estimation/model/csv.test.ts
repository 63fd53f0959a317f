import { parsePatternCsv } from '@vigil/analytics';
import type { LinkPatternsResponse } from '@vigil/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listColumns, patternCsv, patternFileName } from './csv';
import { wholeAnswer, yearAnswer } from './fixtures.test-helpers';
import { patternTables } from './patterns';

describe('the pattern CSV', () => {
  it('is a 0/1 column per list and a count, the way vigil estimate reads it', () => {
    const text = patternCsv(patternTables(wholeAnswer), false);
    expect(text.split('\r\n').slice(0, 3)).toEqual([
      'memorial,ovd-info,zona-prava,count',
      '1,1,1,12',
      '1,1,0,4',
    ]);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('has a stratum column before the count when stratified, empty for unknown', () => {
    const lines = patternCsv(patternTables(yearAnswer), true).split('\r\n');
    expect(lines[0]).toBe('memorial,ovd-info,zona-prava,stratum,count');
    expect(lines).toContain('1,1,0,2023,2');
    expect(lines).toContain('1,1,0,,2');
  });

  it('renames a list whose code the reader would take for the count or the stratum', () => {
    expect(listColumns(['n', 'count', 'stratum', 'a', 'list-n'])).toEqual([
      'list-n',
      'list-count',
      'list-stratum',
      'a',
      'list-list-n',
    ]);
  });

  it('is named by what is counted and the day only', () => {
    expect(patternFileName('organisation', 'none', '2026-12-01')).toBe(
      'estimation-patterns-organisation-2026-12-01.csv',
    );
    expect(patternFileName('materialType', 'year', '2026-12-01')).toBe(
      'estimation-patterns-materialType-by-year-2026-12-01.csv',
    );
  });
});

/** Answers of 1 to 6 lists with any counts, any (distinct) codes and up to 4 strata. */
const answers = fc
  .integer({ min: 1, max: 6 })
  .chain((J) =>
    fc.record({
      codes: fc.uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/), {
        minLength: J,
        maxLength: J,
      }),
      strata: fc.uniqueArray(
        fc.record({
          stratum: fc.option(fc.stringMatching(/^[A-Z0-9][A-Za-z0-9-]{0,6}$/), { nil: null }),
          counts: fc.array(fc.nat(500), { minLength: 2 ** J - 1, maxLength: 2 ** J - 1 }),
        }),
        { minLength: 1, maxLength: 4, selector: (s) => s.stratum ?? '' },
      ),
    }),
  )
  .map(({ codes, strata }): LinkPatternsResponse => {
    const J = codes.length;
    return {
      listBy: 'organisation',
      lists: codes.map((code) => ({ code, people: 0 })),
      strata: strata.map((s) => ({
        stratum: s.stratum,
        people: s.counts.reduce((a, b) => a + b, 0),
        patterns: s.counts
          .map((count, i) => ({
            pattern: [...Array(J).keys()].map((j) => (((i + 1) >>> j) & 1 ? '1' : '0')).join(''),
            count,
          }))
          .filter((p) => p.count > 0),
      })),
      run: null,
      peopleWithoutList: 0,
      warnings: [],
    };
  });

describe('the pattern CSV read back by parsePatternCsv', () => {
  it('gives the same lists and the same table, whole and per stratum', () => {
    fc.assert(
      fc.property(answers, (answer) => {
        const tables = patternTables(answer);
        const whole = parsePatternCsv(patternCsv({ ...tables, strata: tables.strata }, true), {
          stratum: 'stratum',
        });
        expect(whole.lists).toEqual(listColumns(tables.lists));
        expect(whole.strata.map((s) => s.stratum).sort()).toEqual(
          tables.strata
            .filter((s) => s.table.counts.some((c) => c > 0))
            .map((s) => s.stratum ?? '')
            .sort(),
        );
        for (const s of whole.strata) {
          const mine = tables.strata.find((t) => (t.stratum ?? '') === s.stratum);
          expect(s.table.counts).toEqual(mine?.table.counts);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same table without strata', () => {
    fc.assert(
      fc.property(answers, (answer) => {
        const tables = patternTables(answer);
        const one = { lists: tables.lists, strata: tables.strata.slice(0, 1) };
        if (one.strata[0]?.table.counts.every((c) => c === 0)) return;
        const read = parsePatternCsv(patternCsv(one, false));
        expect(read.lists).toEqual(listColumns(tables.lists));
        expect(read.strata).toEqual([]);
        expect(read.table.counts).toEqual(one.strata[0]?.table.counts);
      }),
      { numRuns: 100 },
    );
  });
});
