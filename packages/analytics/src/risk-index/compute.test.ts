import { describe, expect, it } from 'vitest';
import { computeIndex } from './compute';
import { RiskIndexError } from './errors';
import { atRisk, unitAt } from './fixtures';
import { indicatorsFor } from './indicators';
import { PILLARS, type Pillar } from './pillars';
import type { IndexResult, IndicatorValue, UnitScore } from './types';

/** F1: five of six facility pillars observed; civic space has no data. */
const f1: IndicatorValue[] = [
  atRisk('F1', 'severe-methods-share', 0.4),
  atRisk('F1', 'incommunicado-share', 0.2),
  atRisk('F1', 'isolation-share', 0.6),
  atRisk('F1', 'no-investigation-share', 0.9),
  atRisk('F1', 'complainant-pressure-share', 0.3),
  atRisk('F1', 'at-risk-share', 0.5),
];

const unitOf = (result: IndexResult, unit: string): UnitScore => {
  const u = result.units.find((x) => x.unit === unit);
  if (!u) throw new Error(`no unit ${unit}`);
  return u;
};
const pillarOf = (u: UnitScore, pillar: Pillar) => u.pillars.find((p) => p.pillar === pillar);

describe('computeIndex: scores from observed data', () => {
  it('reproduces a hand-computed example with equal weights and arithmetic aggregation', () => {
    const u = unitOf(computeIndex('facility', f1, { draws: 0 }), 'F1');
    // Pillars: 0.4, (0.2 + 0.6) / 2, 0.9, 0.3, 0.5; civic space missing.
    expect(u.pillars.map((p) => p.score)).toEqual([
      expect.closeTo(0.4, 12),
      expect.closeTo(0.4, 12),
      expect.closeTo(0.9, 12),
      expect.closeTo(0.3, 12),
      expect.closeTo(0.5, 12),
      null,
    ]);
    expect(u.pillars.map((p) => p.coverage)).toEqual([0.5, 0.5, 0.5, 1, 1, 0]);
    expect(u.coverage).toBeCloseTo(5 / 6, 12);
    expect(u.score).toBeCloseTo((0.4 + 0.4 + 0.9 + 0.3 + 0.5) / 5, 12);
    expect(u.missing).toEqual([
      'incident-rate',
      'deaths-in-custody',
      'monitoring-access',
      'prosecution-share',
      'defender-reprisals',
    ]);
  });

  it('weights pillars and indicators as set, renormalising over the pillars scored', () => {
    const weights = { ...Object.fromEntries(PILLARS.map((p) => [p, 1])), impunity: 3 };
    const byPillar = unitOf(
      computeIndex('facility', f1, { draws: 0, weights: weights as Record<Pillar, number> }),
      'F1',
    );
    expect(byPillar.score).toBeCloseTo((0.4 + 0.4 + 3 * 0.9 + 0.3 + 0.5) / 7, 12);

    const byIndicator = unitOf(
      computeIndex('facility', f1, { draws: 0, indicatorWeights: { 'isolation-share': 3 } }),
      'F1',
    );
    expect(pillarOf(byIndicator, 'deprivation-of-liberty')?.score).toBeCloseTo(
      (0.2 + 3 * 0.6) / 4,
      12,
    );
  });

  it('leaves out an indicator weighted 0, from the scores, the coverage and the missing list', () => {
    const u = unitOf(
      computeIndex('facility', f1, { draws: 0, indicatorWeights: { 'deaths-in-custody': 0 } }),
      'F1',
    );
    const deprivation = pillarOf(u, 'deprivation-of-liberty');
    expect(deprivation?.indicators.map((i) => i.indicator)).toEqual([
      'isolation-share',
      'incommunicado-share',
      'monitoring-access',
    ]);
    expect(deprivation?.coverage).toBeCloseTo(2 / 3, 12);
    expect(u.missing).not.toContain('deaths-in-custody');
  });

  it('aggregates geometrically as one minus the weighted geometric mean of 1 − risk', () => {
    const u = unitOf(computeIndex('facility', f1, { draws: 0, aggregation: 'geometric' }), 'F1');
    const safeguards = [0.6, 0.6, 0.1, 0.7, 0.5];
    const expected = 1 - Math.exp(safeguards.reduce((s, x) => s + Math.log(x), 0) / 5);
    expect(u.score).toBeCloseTo(expected, 12);
  });

  it('punishes imbalance under geometric aggregation but not under arithmetic', () => {
    const pillarsAtFacility: readonly Pillar[] = PILLARS.filter(
      (p) => p !== 'political-commitment',
    );
    const values = [
      ...unitAt('facility', 'balanced', () => 0.5),
      ...unitAt('facility', 'lopsided', (_, d) =>
        pillarsAtFacility.indexOf(d.pillar) % 2 === 0 ? 0.9 : 0.1,
      ),
    ];
    const arithmetic = computeIndex('facility', values, { draws: 0 });
    expect(unitOf(arithmetic, 'balanced').score).toBeCloseTo(0.5, 12);
    expect(unitOf(arithmetic, 'lopsided').score).toBeCloseTo(0.5, 12);

    const geometric = computeIndex('facility', values, { draws: 0, aggregation: 'geometric' });
    expect(unitOf(geometric, 'balanced').score).toBeCloseTo(0.5, 12);
    // 1 − (0.1³ · 0.9³)^(1/6) = 1 − √0.09
    expect(unitOf(geometric, 'lopsided').score).toBeCloseTo(0.7, 12);
  });

  it('ranks the highest risk first and gives tied units the same rank', () => {
    const values = [
      ...unitAt('facility', 'low', () => 0.2),
      ...unitAt('facility', 'high-a', () => 0.6),
      ...unitAt('facility', 'high-b', () => 0.6),
    ];
    const result = computeIndex('facility', values, { draws: 0 });
    expect(result.units.map((u) => [u.unit, u.rank])).toEqual([
      ['low', 3],
      ['high-a', 1],
      ['high-b', 1],
    ]);
  });

  it('keeps the records, basis, evidence and confidence behind each value', () => {
    const values = [
      atRisk('F1', 'isolation-share', 0.5, { basis: 12, records: ['r1', 'r2'] }),
      atRisk('F1', 'monitoring-access', 0.75, {
        evidence: 'ONK report 2024',
        confidence: 'medium',
      }),
    ];
    const u = unitOf(computeIndex('facility', values, { draws: 0 }), 'F1');
    const cells = pillarOf(u, 'deprivation-of-liberty')?.indicators;
    expect(cells?.find((c) => c.indicator === 'isolation-share')).toMatchObject({
      raw: 0.5,
      normalised: 0.5,
      basis: 12,
      records: ['r1', 'r2'],
    });
    expect(cells?.find((c) => c.indicator === 'monitoring-access')).toMatchObject({
      raw: 1,
      normalised: 0.75,
      evidence: 'ONK report 2024',
      confidence: 'medium',
    });
  });
});

describe('computeIndex: missing data stays missing', () => {
  it('gives a unit with no data no score, no interval and no rank, and says every pillar is uncovered', () => {
    const values = [
      ...f1,
      ...indicatorsFor('facility').map((d) => ({ unit: 'EMPTY', indicator: d.id, value: null })),
    ];
    const result = computeIndex('facility', values);
    const empty = unitOf(result, 'EMPTY');
    expect(empty.score).toBeNull();
    expect(empty.interval).toBeNull();
    expect(empty.rank).toBeUndefined();
    expect(empty.rankInterval).toBeUndefined();
    expect(empty.coverage).toBe(0);
    for (const p of empty.pillars) {
      expect(p.score).toBeNull();
      expect(p.interval).toBeNull();
      expect(p.coverage).toBe(0);
      for (const i of p.indicators) expect(i).toMatchObject({ raw: null, normalised: null });
    }
    expect(empty.missing).toEqual(indicatorsFor('facility').map((d) => d.id));
    expect(result.warnings.some((w) => w.includes('EMPTY'))).toBe(true);
  });

  it('treats null as missing, not as zero', () => {
    const result = computeIndex(
      'facility',
      [
        ...f1,
        { unit: 'F1', indicator: 'defender-reprisals', value: null },
        { unit: 'F2', indicator: 'defender-reprisals', value: 0 },
      ],
      { draws: 0 },
    );
    expect(pillarOf(unitOf(result, 'F1'), 'civic-space')?.score).toBeNull();
    expect(pillarOf(unitOf(result, 'F2'), 'civic-space')?.score).toBe(0);
    expect(unitOf(result, 'F1').score).toBeCloseTo(0.5, 12);
  });

  it('leaves a pillar, and then the unit, unscored below the minimum coverage', () => {
    const thin = [atRisk('F3', 'at-risk-share', 0.8), atRisk('F3', 'isolation-share', 0.4)];
    const strict = unitOf(computeIndex('facility', thin, { draws: 0 }), 'F3');
    expect(pillarOf(strict, 'protection-for-all')?.score).toBeCloseTo(0.8, 12);
    expect(pillarOf(strict, 'deprivation-of-liberty')?.score).toBeNull(); // 1 of 4 indicators
    expect(strict.score).toBeNull(); // 1 of 6 pillars

    const lenient = unitOf(computeIndex('facility', thin, { draws: 0, minCoverage: 0.1 }), 'F3');
    expect(lenient.score).toBeCloseTo(0.6, 12);
  });
});

describe('computeIndex: warnings and errors', () => {
  it('warns of values it cannot use instead of failing', () => {
    const result = computeIndex(
      'region',
      [
        { unit: 'RU-ROS', indicator: 'no-such-indicator', value: 1 },
        { unit: 'RU-ROS', indicator: 'torture-definition', value: 2 },
        { unit: 'RU-ROS', indicator: 'isolation-share', value: 1.5 },
        { unit: 'RU-ROS', indicator: 'at-risk-share', value: 0.2 },
        { unit: 'RU-ROS', indicator: 'at-risk-share', value: 0.4 },
        { unit: 'RU-ROS', indicator: 'civic-space-laws', value: 3 },
        {
          unit: 'UA-43',
          indicator: 'monitoring-access',
          value: 6,
          evidence: 'x',
          confidence: 'high',
        },
      ],
      { draws: 0 },
    );
    const text = result.warnings.join('\n');
    expect(text).toContain('Unknown indicator "no-such-indicator"');
    expect(text).toContain('"torture-definition" is not defined at region level');
    expect(text).toContain('"isolation-share": 1 value is impossible');
    expect(text).toContain('"at-risk-share": 1 unit has more than one value');
    expect(text).toContain('"civic-space-laws": 1 expert value has no confidence');
    expect(text).toContain('"civic-space-laws": 1 expert value has no evidence');
    expect(text).toContain('"monitoring-access": 1 value lies beyond the goalposts');
    expect(text).toContain('"at-risk-share": 1 value has no basis');
    const ros = unitOf(result, 'RU-ROS');
    expect(pillarOf(ros, 'protection-for-all')?.indicators[0]?.raw).toBe(0.2);
    expect(ros.missing).toContain('isolation-share');
  });

  it('refuses settings out of range with a stable error code', () => {
    const attempt = (settings: object) => () => computeIndex('region', [], settings);
    for (const bad of [
      { draws: -1 },
      { draws: 1.5 },
      { weightSpread: 2 },
      { minCoverage: -0.1 },
      { seed: Number.NaN },
      { indicatorWeights: { 'isolation-share': -1 } },
    ]) {
      expect(attempt(bad)).toThrow(expect.objectContaining({ code: 'invalid_settings' }));
    }
    const noWeights = Object.fromEntries(PILLARS.map((p) => [p, 0]));
    expect(attempt({ weights: noWeights })).toThrow(RiskIndexError);
    expect(attempt({ weights: noWeights })).toThrow(
      expect.objectContaining({ code: 'nothing_to_score' }),
    );
  });

  it('keeps the default for a setting given as undefined', () => {
    const result = computeIndex('facility', f1, { draws: undefined, aggregation: undefined });
    expect(result.settings).toMatchObject({ draws: 1000, aggregation: 'arithmetic' });
  });

  it('returns an empty index for no values', () => {
    const result = computeIndex('country', []);
    expect(result.units).toEqual([]);
    expect(result.sensitivity.every((s) => s.units === 0 && s.effect === 0)).toBe(true);
  });
});
