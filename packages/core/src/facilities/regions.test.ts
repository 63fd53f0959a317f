import { describe, expect, it } from 'vitest';
import { overlappingPeriods } from './schema';
import { controlOn, REGIONS, regionByCode } from './regions';
import { regionsContaining } from './geo';
import { regionShapes } from './shapes';

describe('the shipped regions', () => {
  it('are the 83 Russian federal subjects and the 27 Ukrainian regions, each code once', () => {
    expect(REGIONS.filter((r) => r.country === 'RU')).toHaveLength(83);
    expect(REGIONS.filter((r) => r.country === 'UA')).toHaveLength(27);
    expect(new Set(REGIONS.map((r) => r.code)).size).toBe(REGIONS.length);
  });

  it('keep occupied territories Ukrainian, with the occupation as dated control periods', () => {
    expect(regionByCode('UA-43')?.country).toBe('UA');
    expect(controlOn('UA-43', '2013-06-01')).toBeNull();
    expect(controlOn('UA-43', '2024-06-01')).toMatchObject({ status: 'occupied', by: 'RU' });
    expect(controlOn('UA-32', '2022-03-15')).toMatchObject({ status: 'partly-occupied' });
    expect(controlOn('UA-32', '2023-03-15')).toBeNull();
    expect(controlOn('RU-MOW', '2024-01-01')).toBeNull();
  });

  it('never give one region two control statuses on one day', () => {
    for (const r of REGIONS) expect(overlappingPeriods(r.control), r.code).toBeNull();
  });

  it('have exactly one shape each', () => {
    const shapes = regionShapes();
    expect([...shapes.keys()].sort()).toEqual(REGIONS.map((r) => r.code).sort());
  });

  // Administrative centres, far enough from borders to be unambiguous on simplified shapes.
  it.each([
    ['RU-MOW', 55.75, 37.62],
    ['RU-SPE', 59.94, 30.31],
    ['RU-ROS', 47.23, 39.72],
    ['RU-VLA', 56.13, 40.41],
    ['RU-TA', 55.79, 49.12],
    ['RU-KGD', 54.71, 20.51],
    ['RU-SA', 62.03, 129.73],
    ['RU-PRI', 43.12, 131.9],
    ['RU-MAG', 59.56, 150.8],
    ['RU-YEV', 48.79, 132.92],
    ['RU-ZAB', 52.03, 113.5],
    ['RU-CHU', 68.05, 166.44],
    // East of the antimeridian: Chukotka's shapes are cut at ±180°.
    ['RU-CHU', 66.0, -175],
    ['RU-YAN', 66.53, 66.6],
    ['UA-30', 50.45, 30.52],
    ['UA-43', 44.95, 34.1],
    ['UA-40', 44.6, 33.52],
    ['UA-14', 48.0, 37.8],
    ['UA-46', 49.84, 24.03],
    ['UA-65', 46.64, 32.61],
  ])('place the centre of %s inside its own shape only', (code, lat, lon) => {
    expect(regionsContaining(regionShapes(), lat, lon)).toEqual([code]);
  });
});
