import { RISK_INDEX_PILLARS, type RiskIndexPillar, type RiskIndexResponse } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import { expertValueOf, indexQueryOf, unitLabeller } from './args';
import { MISSING, renderIndex } from './render';

const pillar = (name: string, score: number | null) => ({
  pillar: name as 'impunity',
  score,
  interval: null,
  coverage: score === null ? 0 : 1,
  indicators: [],
});

const answer: RiskIndexResponse = {
  methodologyVersion: '1.0.0',
  level: 'region',
  period: { from: '2024-01-01', to: '2024-12-31', years: 1 },
  result: {
    level: 'region',
    settings: {
      weights: Object.fromEntries(RISK_INDEX_PILLARS.map((p) => [p, 1])) as Record<
        RiskIndexPillar,
        number
      >,
      aggregation: 'arithmetic',
      draws: 1000,
      seed: 1,
      weightSpread: 0.25,
      minCoverage: 0.5,
    },
    units: [
      {
        unit: 'RU-MOS',
        score: null,
        interval: null,
        coverage: 0.2,
        pillars: [pillar('institutional-violence', null)],
        missing: ['incident-rate'],
      },
      {
        unit: 'RU-ROS',
        score: 0.6234,
        interval: [0.5, 0.7],
        coverage: 0.857,
        pillars: [pillar('political-commitment', null), pillar('institutional-violence', 0.8)],
        rank: 1,
        rankInterval: [1, 2],
        missing: [],
      },
    ],
    sensitivity: [
      {
        indicator: 'incident-rate',
        pillar: 'institutional-violence',
        effect: 0.05,
        rankShift: 0.5,
        correlation: null,
        units: 2,
      },
    ],
    warnings: ['1 of 2 units has no score.'],
  },
  inputs: [],
  notes: ['1 incident of the period names no region.'],
};

describe('the index as a table', () => {
  const text = renderIndex(answer, unitLabeller('region', 'en'));
  const lines = text.split('\n');

  it('lists scored units by rank first, with interval, rank interval, pillars and coverage', () => {
    const rostov = lines.find((l) => l.startsWith('Rostov Oblast')) ?? '';
    expect(rostov).toMatch(/^Rostov Oblast\s+0\.62\s+0\.50–0\.70\s+1\s+1–2\s+–\s+0\.80\s+86 %$/);
    expect(lines.findIndex((l) => l.startsWith('Rostov'))).toBeLessThan(
      lines.findIndex((l) => l.startsWith('Moscow')),
    );
  });

  it('shows a missing score as a dash, never as zero', () => {
    const moscow = lines.find((l) => l.startsWith('Moscow')) ?? '';
    expect(moscow.split(/\s{2,}/).slice(1, 5)).toEqual([MISSING, MISSING, MISSING, MISSING]);
    expect(moscow).not.toMatch(/\b0\.00\b/);
  });

  it('names the method version, the sensitive indicators, warnings and notes', () => {
    expect(lines[0]).toBe(
      'Torture-risk index, methodology 1.0.0: region level, 2024-01-01 … 2024-12-31, 1000 draws, seed 1, arithmetic aggregation',
    );
    expect(text).toMatch(/incident-rate\s+institutional-violence\s+0\.050\s+0\.50\s+–/);
    expect(text).toContain('- 1 of 2 units has no score.');
    expect(text).toContain('- 1 incident of the period names no region.');
  });
});

describe('options', () => {
  it('checks the query with the API schema and names the option at fault', () => {
    expect(indexQueryOf({ level: 'region', draws: '50' })).toMatchObject({
      level: 'region',
      draws: 50,
    });
    expect(() => indexQueryOf({ level: 'region', draws: 'many' })).toThrow(/--draws/);
    expect(() => indexQueryOf({ level: 'region', from: '2024-05-01', to: '2024-01-01' })).toThrow(
      /--to/,
    );
  });

  it('reads an expert value, refusing a unit the level does not write so', () => {
    const base = {
      indicator: 'monitoring-access',
      level: 'region',
      unit: 'RU-ROS',
      from: '2024-01-01',
      to: '2024-12-31',
      value: '2',
      evidence: 'reports',
      confidence: 'low',
    };
    expect(expertValueOf(base)).toMatchObject({ value: 2, unit: 'RU-ROS' });
    expect(() => expertValueOf({ ...base, unit: 'RU' })).toThrow(/--unit/);
    expect(() => expertValueOf({ ...base, value: 'two' })).toThrow(/--value/);
    expect(() => expertValueOf({ ...base, evidence: ' ' })).toThrow(/--evidence/);
  });

  it('names countries, regions and facilities in the language asked for', () => {
    expect(unitLabeller('country', 'ru')('RU')).toBe('Россия');
    expect(unitLabeller('region', 'uk')('UA-43')).toBe('Автономна Республіка Крим');
    const names = new Map([['f', { en: 'IK-6', ru: 'ИК-6' }]]);
    expect(unitLabeller('facility', 'ru', names)('f')).toBe('ИК-6');
    expect(unitLabeller('facility', 'ru', names)('g')).toBe('g');
  });
});
