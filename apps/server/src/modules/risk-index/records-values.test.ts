import { computeIndex, indicatorsFor, INDICATORS, PILLARS } from '@vigil/analytics';
import {
  indexResultSchema,
  RISK_INDEX_LEVELS,
  RISK_INDEX_PILLARS,
  RISK_INDEX_RECORDS_LISTED,
} from '@vigil/core';
import { describe, expect, it } from 'vitest';
import { registerOf } from './places';
import { inPeriod, recordsValues, type RecordSources } from './records-values';
import type { DetentionRow, IncidentRow } from './repository';
import { effectivePeriod } from './use-cases';

const register = registerOf([
  { id: 'f-ros', region: 'RU-ROS', authority: 'fsin', merged_into: null },
  { id: 'f-mos', region: 'RU-MOS', authority: 'mvd', merged_into: null },
]);

const incident = (over: Partial<IncidentRow> & { id: string }): IncidentRow => ({
  day: '2024-05-01',
  lastDay: '2024-05-01',
  victim: null,
  facility: 'f-ros',
  detention: null,
  detentionFacility: null,
  region: null,
  placeType: null,
  actType: '020111110000',
  methods: [],
  physical: [],
  ...over,
});

const detention = (over: Partial<DetentionRow> & { id: string }): DetentionRow => ({
  day: '2024-01-01',
  lastDay: null,
  person: null,
  facility: 'f-ros',
  whereabouts: null,
  lawyerAccess: [],
  ...over,
});

const sources = (over: Partial<RecordSources>): RecordSources => {
  const incidents = over.incidents ?? [];
  return {
    incidents,
    incidentsById: new Map(incidents.map((i) => [i.id, i])),
    detentions: [],
    interventions: [],
    reprisals: [],
    people: new Map(),
    ...over,
  };
};

const period = { from: '2024-01-01', to: '2024-12-31', years: 2, referenceDay: '2024-12-31' };
const valueOf = (
  values: ReturnType<typeof recordsValues>['values'],
  unit: string,
  indicator: string,
) => values.find((v) => v.unit === unit && v.indicator === indicator);

describe('records values', () => {
  it('emits every records indicator of the level for every unit the records name, null where they say nothing', () => {
    const { values } = recordsValues(
      'region',
      sources({ incidents: [incident({ id: 'i1' })] }),
      register,
      period,
    );
    const ids = indicatorsFor('region')
      .filter((d) => d.source === 'records')
      .map((d) => d.id);
    expect(values.map((v) => v.indicator).sort()).toEqual([...ids].sort());
    expect(valueOf(values, 'RU-ROS', 'incident-rate')?.value).toBeNull();
    expect(valueOf(values, 'RU-ROS', 'severe-methods-share')?.value).toBeNull();
    // Counts of a documented unit are observed zeros, per year.
    expect(valueOf(values, 'RU-ROS', 'deaths-in-custody')?.value).toBe(0);
  });

  it('counts a victim who died in two incident records once, per year of the period', () => {
    const death = { actType: '010106010000', victim: 'p' };
    const { values, inputs } = recordsValues(
      'facility',
      sources({ incidents: [incident({ id: 'i1', ...death }), incident({ id: 'i2', ...death })] }),
      register,
      period,
    );
    expect(valueOf(values, 'f-ros', 'deaths-in-custody')).toMatchObject({
      value: 0.5,
      records: ['i1', 'i2'],
    });
    expect(inputs.find((i) => i.indicator === 'deaths-in-custody')).toMatchObject({
      numerator: 1,
      denominator: null,
      records: 2,
    });
  });

  it('lists the first records behind a value and counts the rest', () => {
    const many = Array.from({ length: RISK_INDEX_RECORDS_LISTED + 5 }, (_, n) =>
      detention({ id: `d${String(n).padStart(3, '0')}`, whereabouts: '010200000000' }),
    );
    const { values, inputs } = recordsValues(
      'region',
      sources({ detentions: many }),
      register,
      period,
    );
    expect(valueOf(values, 'RU-ROS', 'incommunicado-share')?.records).toHaveLength(
      RISK_INDEX_RECORDS_LISTED,
    );
    expect(inputs.find((i) => i.indicator === 'incommunicado-share')).toMatchObject({
      records: RISK_INDEX_RECORDS_LISTED + 5,
      more: 5,
    });
  });

  it('places incidents without a facility by their detention, or else their region', () => {
    const { values, notes } = recordsValues(
      'region',
      sources({
        incidents: [
          incident({ id: 'i1', facility: null, detentionFacility: 'f-mos' }),
          incident({ id: 'i2', facility: null, region: 'UA-43' }),
          incident({ id: 'i3', facility: null }),
        ],
      }),
      register,
      period,
    );
    expect([...new Set(values.map((v) => v.unit))].sort()).toEqual(['RU-MOS', 'UA-43']);
    expect(notes).toEqual([
      '1 incident of the period names no region (nor a facility or detention that says one): counted for no unit.',
    ]);
  });

  it('places a complaint in the units of the incidents it is about, and leaves a pending one out', () => {
    const complaint = {
      kind: 'prosecutor-complaint',
      status: 'submitted',
      outcomes: [],
      people: [],
      submitted: '2024-03-01',
      submittedLast: '2024-03-01',
      outcomeDate: null,
    };
    const { values } = recordsValues(
      'region',
      sources({
        incidents: [incident({ id: 'i1' })],
        interventions: [
          { ...complaint, id: 'c1', incidents: ['i1'] },
          {
            ...complaint,
            id: 'c2',
            incidents: ['i1'],
            submitted: '2024-12-20',
            submittedLast: '2024-12-20',
          },
        ],
      }),
      register,
      period,
    );
    expect(valueOf(values, 'RU-ROS', 'no-investigation-share')).toMatchObject({
      value: 1,
      basis: 1,
      records: ['c1'],
    });
  });
});

describe('periods', () => {
  it('keeps a record that may fall in the period, and an undated one only when the period is open', () => {
    expect(inPeriod('2024-05-01', '2024-05-01', period)).toBe(true);
    expect(inPeriod('2023-01-01', null, period)).toBe(true);
    expect(inPeriod('2025-01-01', null, period)).toBe(false);
    expect(inPeriod(null, null, period)).toBe(false);
    expect(inPeriod(null, null, {})).toBe(true);
  });

  it('spans the records where the query leaves the period open, an ongoing detention reaching today', () => {
    expect(
      effectivePeriod(
        {},
        [incident({ id: 'i', day: '2023-01-01', lastDay: '2023-01-31' })],
        [detention({ id: 'd', day: '2024-01-01', lastDay: null })],
        '2024-12-31',
      ),
    ).toEqual({ from: '2023-01-01', to: '2024-12-31', years: 731 / 365.25 });
    expect(effectivePeriod({ from: '2024-01-01', to: '2024-01-01' }, [], [], '2024-12-31')).toEqual(
      { from: '2024-01-01', to: '2024-01-01', years: 1 / 365.25 },
    );
    expect(effectivePeriod({}, [], [], '2024-12-31')).toEqual({
      from: null,
      to: null,
      years: 365 / 365.25,
    });
  });
});

describe('the API schema and the catalogue', () => {
  it('lists the levels and pillars of the catalogue', () => {
    expect([...RISK_INDEX_PILLARS]).toEqual([...PILLARS]);
    for (const level of RISK_INDEX_LEVELS) expect(indicatorsFor(level).length).toBeGreaterThan(0);
  });

  it('accepts what computeIndex returns, with intervals, ranks and missing values', () => {
    const values = ['A', 'B', 'C', 'D'].flatMap((unit, u) =>
      INDICATORS.filter((d) => d.levels.includes('region')).map((d) => ({
        indicator: d.id,
        unit,
        value: (u + 1) % 3 === 0 ? null : d.measure === 'share' ? u / 4 : u,
        ...(d.source === 'expert'
          ? { evidence: 'law', confidence: 'medium' as const }
          : { basis: 10, records: ['r'] }),
      })),
    );
    const result = computeIndex('region', values, { draws: 50 });
    expect(indexResultSchema.parse(JSON.parse(JSON.stringify(result)))).toEqual(
      JSON.parse(JSON.stringify(result)),
    );
  });
});
