import { describe, expect, it } from 'vitest';
import {
  computeAlerts,
  DEFAULT_ALERT_SETTINGS,
  isIncommunicado,
  type AlertDetention,
} from './alerts';
import { bucketOf, median } from './indicators';

const detention = (over: Partial<AlertDetention>): AlertDetention => ({
  id: 'd1',
  person: 'p1',
  facility: 'f1',
  transferTo: null,
  start: '2026-01-01',
  end: null,
  whereabouts: null,
  lawyerAccess: [],
  ...over,
});

const run = (
  detentions: AlertDetention[],
  status: Record<string, string> = {},
  today = '2026-01-10',
) =>
  computeAlerts(
    { detentions, incidents: [], personStatus: new Map(Object.entries(status)) },
    DEFAULT_ALERT_SETTINGS,
    today,
  );

describe('incommunicado', () => {
  it.each([
    ['location not disclosed', { whereabouts: '010200000000' }, true],
    ['capture denied', { whereabouts: '020000000000' }, true],
    ['no contact with counsel', { whereabouts: '010102020000' }, true],
    ['no counsel permitted', { lawyerAccess: ['010000000000'] }, true],
    ['contact with family permitted', { whereabouts: '010101010000' }, false],
    ['counsel chosen by client', { lawyerAccess: ['530000000000'] }, false],
    ['nothing known', {}, false],
  ])('%s: %s', (_label, over, expected) => {
    expect(isIncommunicado(over)).toBe(expected);
  });

  it('raises an alert only from the configured number of days, and not once the detention ended', () => {
    const held = detention({ whereabouts: '010200000000' });
    expect(run([held], {}, '2026-01-03')).toEqual([]);
    expect(run([held], {}, '2026-01-04')).toEqual([
      {
        kind: 'incommunicado',
        detention: 'd1',
        person: 'p1',
        facility: 'f1',
        since: '2026-01-01',
        days: 3,
      },
    ]);
    expect(
      run([{ ...held, end: '2026-01-05' }], {}, '2026-01-10').filter(
        (a) => a.kind === 'incommunicado',
      ),
    ).toEqual([]);
  });
});

describe('transfers to an unknown place', () => {
  const ended = detention({ end: '2026-01-05' });

  it('is raised when a person still held or missing left a facility for nowhere known', () => {
    expect(run([ended], { p1: 'missing' })).toEqual([
      {
        kind: 'unknown-transfer',
        detention: 'd1',
        person: 'p1',
        facility: 'f1',
        since: '2026-01-05',
        days: 5,
      },
    ]);
  });

  it('is not raised when the person is free or dead, the destination is known, or a later detention is recorded', () => {
    expect(run([ended], { p1: 'at-liberty' })).toEqual([]);
    expect(run([ended], { p1: 'dead' })).toEqual([]);
    expect(run([{ ...ended, transferTo: 'f2' }], { p1: 'detained' })).toEqual([]);
    expect(
      run([ended, detention({ id: 'd2', start: '2026-01-07', facility: 'f3' })], {
        p1: 'detained',
      }),
    ).toEqual([]);
  });
});

describe('incident clusters', () => {
  const incidents = ['2026-01-01', '2026-01-05', '2026-01-09', '2025-12-01'].map((day, i) => ({
    id: `i${i}`,
    facility: 'f1',
    day,
  }));

  it('counts only incidents within the window up to today, from the threshold on', () => {
    const settings = { ...DEFAULT_ALERT_SETTINGS, clusterWindowDays: 10, clusterThreshold: 3 };
    const alerts = computeAlerts(
      { detentions: [], incidents, personStatus: new Map() },
      settings,
      '2026-01-10',
    );
    expect(alerts).toEqual([
      {
        kind: 'incident-cluster',
        facility: 'f1',
        from: '2026-01-01',
        to: '2026-01-09',
        incidents: ['i0', 'i1', 'i2'],
      },
    ]);
    const fewer = computeAlerts(
      { detentions: [], incidents, personStatus: new Map() },
      { ...settings, clusterWindowDays: 6 },
      '2026-01-10',
    );
    expect(fewer).toEqual([]);
  });
});

describe('periods and medians', () => {
  it('put a day in its month, quarter and year', () => {
    expect(bucketOf('2025-05-31', 'month')).toBe('2025-05');
    expect(bucketOf('2025-05-31', 'quarter')).toBe('2025-Q2');
    expect(bucketOf('2025-12-01', 'quarter')).toBe('2025-Q4');
    expect(bucketOf('2025-05-31', 'year')).toBe('2025');
  });

  it('take the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
