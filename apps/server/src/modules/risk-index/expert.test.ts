import { INDICATORS } from '@vigil/analytics';
import { describe, expect, it } from 'vitest';
import type { ExpertRow } from './expert-repository';
import { expertProblems, scaleOf } from './expert';
import { chooseExpertValues, overlapDays } from './expert-values';
import { registerOf } from './places';

describe('which expert values the catalogue allows', () => {
  const valid = { indicator: 'monitoring-access', level: 'region' as const, value: 3 };

  it('takes a whole rating on the scale of an expert indicator at one of its levels', () => {
    expect(expertProblems(valid)).toEqual([]);
    expect(expertProblems({ indicator: 'mechanisms-outside', level: 'country', value: 5 })).toEqual(
      [],
    );
  });

  it('names the field of each problem', () => {
    const paths = (v: Parameters<typeof expertProblems>[0]) => expertProblems(v).map((p) => p.path);
    expect(paths({ ...valid, indicator: 'nothing' })).toEqual(['body.indicator']);
    expect(paths({ ...valid, indicator: 'at-risk-share' })).toEqual(['body.indicator']);
    expect(paths({ ...valid, indicator: 'amnesty-impunity' })).toEqual(['body.level']);
    expect(paths({ ...valid, value: -1 })).toEqual(['body.value']);
    expect(paths({ ...valid, value: 4.5 })).toEqual(['body.value']);
    expect(paths({ ...valid, value: 2.5 })).toEqual(['body.value']);
    expect(paths({ ...valid, value: Number.NaN })).toEqual(['body.value']);
  });

  it('reads each expert indicator scale from its goalposts', () => {
    for (const d of INDICATORS.filter((x) => x.source === 'expert')) {
      const { min, max } = scaleOf(d);
      expect(min, d.id).toBe(0);
      expect([4, 5], d.id).toContain(max);
    }
  });
});

const row = (over: Partial<ExpertRow>): ExpertRow => ({
  vault_id: 'v',
  id: 'x',
  indicator: 'monitoring-access',
  level: 'region',
  unit: 'RU-ROS',
  period_from: '2024-01-01',
  period_to: '2024-12-31',
  value: 1,
  evidence: 'e',
  confidence: 'high',
  version: 1,
  deleted_at: null,
  deleted_by: null,
  created_at: new Date('2025-01-01T00:00:00Z'),
  created_by: 'a',
  updated_at: new Date('2025-01-01T00:00:00Z'),
  updated_by: 'a',
  ...over,
});

describe('which expert value counts for an index', () => {
  const register = registerOf([
    { id: 'a', region: 'RU-ROS', authority: 'fsin', merged_into: null },
    { id: 'b', region: 'RU-ROS', authority: 'fsin', merged_into: 'a' },
  ]);
  const year = { from: '2024-01-01', to: '2024-12-31' };

  it('measures the days a rating shares with the period', () => {
    expect(overlapDays({ from: '2024-12-01', to: '2025-06-30' }, year)).toBe(31);
    expect(overlapDays({ from: '2025-01-01', to: '2025-06-30' }, year)).toBe(0);
    expect(overlapDays({ from: '2020-01-01', to: '2020-01-01' }, { from: null, to: null })).toBe(1);
  });

  it('prefers the rating sharing most days with the period, then the most recent', () => {
    const chosen = chooseExpertValues(
      [
        row({ id: 'half', period_from: '2024-07-01', period_to: '2025-06-30', value: 4 }),
        row({ id: 'whole', value: 2 }),
        row({ id: 'outside', period_from: '2025-01-01', period_to: '2025-12-31', value: 0 }),
        row({ id: 'gone', value: 3, deleted_at: new Date(), deleted_by: 'a' }),
      ],
      'region',
      year,
      register,
    );
    expect(chosen.values).toEqual([
      {
        indicator: 'monitoring-access',
        unit: 'RU-ROS',
        value: 2,
        evidence: 'e',
        confidence: 'high',
      },
    ]);
    expect(chosen.inputs[0]?.expert?.id).toBe('whole');
    const open = chooseExpertValues(
      [row({ id: 'old', period_to: '2020-12-31' }), row({ id: 'new' })],
      'region',
      { from: null, to: null },
      register,
    );
    expect(open.inputs.map((i) => i.expert?.id)).toEqual(['new']);
  });

  it('counts a rating of a facility merged away for the one it joined', () => {
    const chosen = chooseExpertValues(
      [row({ level: 'facility', unit: 'b' })],
      'facility',
      year,
      register,
    );
    expect(chosen.values.map((v) => v.unit)).toEqual(['a']);
  });
});
