import { describe, expect, it } from 'vitest';
import { controlText, langOf, periodText, regionText, todayIso } from './labels';
import { day } from './model/fixtures.test-helpers';

// Messages as their ids with the values, so the tests read what was asked for.
const l = {
  t: (id: string, v?: Record<string, unknown>) =>
    v === undefined ? id : `${id}(${Object.values(v).join('|')})`,
  locale: 'en',
};

describe('facility labels', () => {
  it('say since when an occupied region is held, and nothing for one that is not', () => {
    expect(controlText(l, 'UA-43', '2026-01-01')).toBe('facilities.control.occupied(2014-02-27)');
    expect(controlText(l, 'UA-43', '2010-01-01')).toBeNull();
    expect(controlText(l, 'RU-ROS', '2026-01-01')).toBeNull();
    // Kyiv Oblast was partly occupied in spring 2022 only.
    expect(controlText(l, 'UA-32', '2022-03-01')).toContain('partly-occupied');
    expect(controlText(l, 'UA-32', '2023-03-01')).toBeNull();
  });

  it('name a region with its code, in the reader’s language', () => {
    expect(regionText(l, 'UA-43', '2026-01-01')).toBe(
      'UA-43 Autonomous Republic of Crimea — facilities.control.occupied(2014-02-27)',
    );
    expect(regionText({ ...l, locale: 'uk' }, 'RU-MOW', '2026-01-01')).toBe('RU-MOW Москва');
  });

  it('put a status period in words, whichever ends it has', () => {
    expect(periodText(l, { status: 'operating', from: day('2001-05-01') })).toBe(
      'facilities.page.period(facilities.status.operating|facilities.period.since(2001-05-01))',
    );
    expect(periodText(l, { status: 'closed' })).toContain('facilities.period.always');
    expect(
      periodText(l, { status: 'closed', from: day('2001-01-01'), to: day('2002-01-01') }),
    ).toContain('facilities.period.between(2001-01-01|2002-01-01)');
  });

  it('read the day and the language of the reader', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(langOf('uk')).toBe('uk');
    expect(langOf('de')).toBe('en');
  });
});
