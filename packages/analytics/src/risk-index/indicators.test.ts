import { describe, expect, it } from 'vitest';
import { INDICATORS, indicatorsFor } from './indicators';
import { PILLARS, PILLAR_LABELS } from './pillars';

describe('the indicator catalogue', () => {
  it('has unique ids and at least one indicator for every pillar', () => {
    expect(new Set(INDICATORS.map((d) => d.id)).size).toBe(INDICATORS.length);
    expect(INDICATORS.length).toBeGreaterThanOrEqual(14);
    for (const pillar of PILLARS) {
      expect(INDICATORS.some((d) => d.pillar === pillar)).toBe(true);
    }
  });

  it('mixes indicators computed from records with expert-rated ones', () => {
    expect(INDICATORS.filter((d) => d.source === 'records').length).toBeGreaterThanOrEqual(7);
    expect(INDICATORS.filter((d) => d.source === 'expert').length).toBeGreaterThanOrEqual(5);
  });

  it('scores every pillar at country and region level, and all but political commitment at facility level', () => {
    const pillarsAt = (level: 'country' | 'region' | 'facility') =>
      new Set(indicatorsFor(level).map((d) => d.pillar));
    expect([...pillarsAt('country')]).toEqual([...PILLARS]);
    expect([...pillarsAt('region')]).toEqual([...PILLARS]);
    expect([...pillarsAt('facility')]).toEqual(PILLARS.filter((p) => p !== 'political-commitment'));
  });

  it('has goalposts in order, positive log goalposts and shares between 0 and 1', () => {
    for (const d of INDICATORS) {
      const n = d.normalisation;
      if (n.kind !== 'min-max') expect(n.min).toBeLessThan(n.max);
      if (n.kind === 'log-goalposts') expect(n.min).toBeGreaterThan(0);
      if (d.measure === 'share' && n.kind === 'goalposts') {
        expect(n.min).toBeGreaterThanOrEqual(0);
        expect(n.max).toBeLessThanOrEqual(1);
      }
      expect(d.levels.length).toBeGreaterThan(0);
    }
  });

  it('labels and explains every indicator and pillar in English and Russian', () => {
    for (const d of INDICATORS) {
      for (const text of [d.label.en, d.label.ru, d.method.en, d.method.ru]) {
        expect(text.trim().length).toBeGreaterThan(10);
      }
      expect(d.label.ru).toMatch(/[а-яё]/i);
    }
    for (const p of PILLARS) expect(PILLAR_LABELS[p].ru).toMatch(/[а-яё]/i);
  });
});
