import { describe, expect, it } from 'vitest';
import { parsePartialDate } from './dates';

describe('partial dates', () => {
  it('reads compact, ISO and Russian day-first dates to the same parts', () => {
    for (const cell of ['19870305', '1987-03-05', '1987/3/5', '05.03.1987', '5/3/1987']) {
      expect(parsePartialDate(cell)).toEqual({ year: 1987, month: 3, day: 5, digits: '19870305' });
    }
  });

  it('keeps a year or a month and year as a partial date', () => {
    expect(parsePartialDate('1987')).toMatchObject({ year: 1987, month: 0, day: 0 });
    expect(parsePartialDate('03.1987')).toMatchObject({ year: 1987, month: 3, day: 0 });
    expect(parsePartialDate('1987-03')).toMatchObject({ year: 1987, month: 3, day: 0 });
  });

  it('keeps a mistyped but well-formed date, whose digits still carry evidence', () => {
    expect(parsePartialDate('19871305')).toMatchObject({ month: 13, day: 5 });
  });

  it('refuses text that is not a date', () => {
    for (const cell of ['', 'unknown', '87', '1987-03-05-01', '3/1987/5']) {
      expect(parsePartialDate(cell)).toBeUndefined();
    }
  });
});
