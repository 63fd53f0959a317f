import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facilityInputSchema, overlappingPeriods, statusOn } from './schema';

const base = {
  names: { en: 'IK-6 Melekhovo' },
  type: 'penal-colony-strict',
  authority: 'fsin',
  region: 'RU-VLA',
};

/** Days as numbers 0..N turned into ISO days from 2000-01-01. */
const day = (n: number) => new Date(Date.UTC(2000, 0, 1 + n)).toISOString().slice(0, 10);

describe('facility input', () => {
  it('fills defaults and accepts a facility with only names, type, authority and region', () => {
    const f = facilityInputSchema.parse(base);
    expect(f).toMatchObject({
      aliases: [],
      coordinates: null,
      capacity: null,
      status: [],
      sample: false,
    });
  });

  it('refuses a facility without any name, with the reason', () => {
    const r = facilityInputSchema.safeParse({ ...base, names: {} });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/at least one of ru, en or uk/);
  });

  it('refuses an unknown type, region or unit kind', () => {
    for (const bad of [{ type: 'gulag' }, { region: 'RU-ZZZ' }, { units: [{ kind: 'cellar' }] }]) {
      expect(facilityInputSchema.safeParse({ ...base, ...bad }).success, JSON.stringify(bad)).toBe(
        false,
      );
    }
  });

  it('refuses a source URL that is not http(s)', () => {
    const r = facilityInputSchema.safeParse({
      ...base,
      sources: [{ title: 'x', url: 'javascript:alert(1)' }],
    });
    expect(r.success).toBe(false);
  });
});

describe('status periods', () => {
  it('overlap exactly when some day lies in two of them (brute force agrees)', () => {
    const period = fc
      .tuple(fc.option(fc.integer({ min: 0, max: 60 })), fc.option(fc.integer({ min: 0, max: 60 })))
      .map(
        ([a, b]) =>
          (a !== null && b !== null && a > b ? [b, a] : [a, b]) as [number | null, number | null],
      );
    fc.assert(
      fc.property(fc.array(period, { maxLength: 5 }), (ps) => {
        const periods = ps.map(([a, b]) => ({
          ...(a === null ? {} : { from: day(a) }),
          ...(b === null ? {} : { to: day(b) }),
        }));
        let brute = false;
        for (let d = -1; d <= 61 && !brute; d++) {
          const covering = ps.filter(([a, b]) => (a ?? -10) <= d && d <= (b ?? 100)).length;
          if (covering > 1) brute = true;
        }
        expect(overlappingPeriods(periods) !== null).toBe(brute);
      }),
    );
  });

  it('tell the status on a day', () => {
    const periods = [
      { status: 'operating' as const, to: '2019-12-31' },
      { status: 'closed' as const, from: '2020-01-01' },
    ];
    expect(statusOn(periods, '2019-06-01')).toBe('operating');
    expect(statusOn(periods, '2021-06-01')).toBe('closed');
  });
});
