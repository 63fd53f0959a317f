import { describe, expect, it } from 'vitest';
import { computeIndex } from './compute';
import { atRisk, unitAt } from './fixtures';
import type { IndicatorValue } from './types';

describe('computeIndex: sensitivity', () => {
  it('singles out the only indicator that varies between units', () => {
    const values: IndicatorValue[] = [0.1, 0.3, 0.5, 0.7, 0.9].flatMap((risk, u) => [
      ...unitAt('facility', `F${u}`, (_, d) => (d.id === 'incommunicado-share' ? risk : 0.3)),
      { unit: `F${u}`, indicator: 'deaths-in-custody', value: 2 },
    ]);
    const { sensitivity } = computeIndex('facility', values, { draws: 0 });
    const moving = sensitivity.filter((s) => s.rankShift > 0);
    expect(moving.map((s) => s.indicator)).toEqual(['incommunicado-share']);
    expect(moving[0]?.rankShift).toBe(2); // ranks 5, 4, 3, 2, 1 all become 1 without it
    expect(moving[0]?.effect).toBeGreaterThan(0);
    expect(moving[0]?.correlation).toBeCloseTo(1, 12);
    const still = sensitivity.filter((s) => s.indicator !== 'incommunicado-share');
    expect(still.every((s) => s.correlation === null)).toBe(true);
  });

  it('measures the mean absolute change of scores when an indicator is dropped', () => {
    const values = [
      atRisk('F1', 'severe-methods-share', 0.4),
      atRisk('F1', 'incommunicado-share', 0.2),
      atRisk('F1', 'isolation-share', 0.6),
      atRisk('F1', 'no-investigation-share', 0.9),
      atRisk('F1', 'complainant-pressure-share', 0.3),
      atRisk('F1', 'at-risk-share', 0.5),
    ];
    const { sensitivity } = computeIndex('facility', values, { draws: 0 });
    const entry = sensitivity.find((s) => s.indicator === 'no-investigation-share');
    // Without it impunity has no data: (0.4 + 0.4 + 0.3 + 0.5) / 4 = 0.4 instead of 0.5.
    expect(entry).toMatchObject({ pillar: 'impunity', units: 1 });
    expect(entry?.effect).toBeCloseTo(0.1, 12);
  });

  it('lists every indicator of the level in catalogue order', () => {
    const { sensitivity } = computeIndex('region', [], { draws: 0 });
    expect(sensitivity.map((s) => s.indicator)).toContain('civic-space-laws');
    expect(sensitivity.map((s) => s.indicator)).not.toContain('torture-definition');
  });
});
