import type { StatsResponse } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import { RAMP } from '../../facilities/map/colour';
import { choroplethOf } from './regionMap';
import { tableOf } from './table';

/** Incidents by region: Moscow 3, Crimea 1 (no known victim), one region without a shape, one unknown. */
const byRegion: StatsResponse = {
  rows: ['RU-MOW', 'UA-43', 'XX-1', null],
  columns: [],
  cells: [],
  rowTotals: [
    { row: 'RU-MOW', column: null, incidents: 3, victims: 2 },
    { row: 'UA-43', column: null, incidents: 1, victims: 0 },
    { row: 'XX-1', column: null, incidents: 1, victims: 1 },
    { row: null, column: null, incidents: 2, victims: 1 },
  ],
  columnTotals: [],
  total: { incidents: 7, victims: 4 },
  multiValued: [],
  basis: { incidents: 7 },
  people: { linkRun: null },
};

const drawn = new Set(['RU-MOW', 'UA-43', 'RU-SPE', 'RU-KDA']);

describe('a count by region as a map', () => {
  it('colours a region by its count’s class and leaves regions the answer does not list as no data', () => {
    const map = choroplethOf(tableOf(byRegion, 'incidents', 'region'), drawn);
    expect(map.fillOf('RU-MOW')).toMatchObject({ kind: 'count', value: 3 });
    expect(map.fillOf('UA-43')).toMatchObject({ kind: 'count', value: 1, colour: RAMP[0] });
    expect(map.fillOf('RU-SPE')).toEqual({ kind: 'no-data' });
    expect(map.hasZero).toBe(false);
  });

  it('tells a measured zero apart from no data', () => {
    const map = choroplethOf(tableOf(byRegion, 'victims', 'region'), drawn);
    expect(map.fillOf('UA-43')).toEqual({ kind: 'zero' });
    expect(map.fillOf('RU-KDA')).toEqual({ kind: 'no-data' });
    expect(map.hasZero).toBe(true);
    expect(map.counted).toEqual(['RU-MOW']);
  });

  it('lists regions with a count largest first, for the order of Tab', () => {
    const answer: StatsResponse = {
      ...byRegion,
      rows: ['UA-43', 'RU-MOW', 'RU-SPE'],
      rowTotals: [
        { row: 'UA-43', column: null, incidents: 1, victims: 1 },
        { row: 'RU-MOW', column: null, incidents: 4, victims: 4 },
        { row: 'RU-SPE', column: null, incidents: 1, victims: 1 },
      ],
    };
    expect(choroplethOf(tableOf(answer, 'incidents', 'region'), drawn).counted).toEqual([
      'RU-MOW',
      'UA-43',
      'RU-SPE',
    ]);
  });

  it('puts what cannot be placed under the map: regions without a shape, then unknown', () => {
    const map = choroplethOf(tableOf(byRegion, 'incidents', 'region'), drawn);
    expect(map.offMap).toEqual([
      { value: 'XX-1', count: 1 },
      { value: null, count: 2 },
    ]);
  });

  it('draws its classes from the regions on the map only', () => {
    const answer: StatsResponse = {
      ...byRegion,
      rowTotals: byRegion.rowTotals.map((c) => (c.row === null ? { ...c, incidents: 40 } : c)),
    };
    const map = choroplethOf(tableOf(answer, 'incidents', 'region'), drawn);
    expect(Math.max(...map.scale.classes.map((c) => c.upper))).toBe(3);
    expect(map.offMap.at(-1)).toEqual({ value: null, count: 40 });
  });
});
