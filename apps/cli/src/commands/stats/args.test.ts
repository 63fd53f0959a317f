import { describe, expect, it } from 'vitest';
import { parseBy, parseFilters, statsQueryOf } from './args';

describe('vigil stats arguments', () => {
  it('take one dimension as rows, or two as rows and columns', () => {
    expect(parseBy('year')).toEqual({ rows: 'year' });
    expect(parseBy('quarter,method')).toEqual({ rows: 'quarter', columns: 'method' });
  });

  it('refuse an unknown dimension, naming the ones there are', () => {
    expect(() => parseBy('weather')).toThrow(/"weather" is not a dimension; use one of month/);
    expect(() => parseBy('year,year')).toThrow(/two different dimensions/);
    expect(() => parseBy('year,method,sex')).toThrow(/one dimension or two/);
  });

  it('read repeated filters, with "-" for unknown', () => {
    expect(parseFilters(['region=RU-ROS,RU-MOS', 'sex=-', 'region=UA-43'])).toEqual({
      region: ['RU-ROS', 'RU-MOS', 'UA-43'],
      sex: [null],
    });
    expect(() => parseFilters(['region'])).toThrow(/dimension=value/);
  });

  it('check the period like the server does', () => {
    expect(() =>
      statsQueryOf({ by: 'year', filter: [], from: '2024-05-01', to: '2024-01-01' }),
    ).toThrow(/to: must not be before from/);
    expect(() => statsQueryOf({ by: 'year', filter: [], from: '2024-13-01' })).toThrow(/from/);
    expect(statsQueryOf({ by: 'year', filter: ['sex=female'], from: '2024-01-01' })).toEqual({
      rows: 'year',
      filter: { sex: ['female'] },
      from: '2024-01-01',
    });
  });
});

describe('vigil stats --rate', () => {
  it('asks for rates per capacity or per detentions by the dimensions they divide into', () => {
    expect(statsQueryOf({ by: 'facility-type', filter: [], rate: 'capacity' })).toEqual({
      rows: 'facility-type',
      rate: { per: 'capacity' },
    });
    expect(statsQueryOf({ by: 'year,region', filter: [], rate: 'detentions' }).rate).toEqual({
      per: 'detentions',
    });
  });

  it('refuses another denominator, and a rate by a dimension it does not divide into', () => {
    expect(() => statsQueryOf({ by: 'region', filter: [], rate: 'prisoners' })).toThrow(
      /--rate takes capacity or detentions/,
    );
    expect(() => statsQueryOf({ by: 'year', filter: [], rate: 'capacity' })).toThrow(
      /--rate capacity needs --by to start with facility, facility-type, region/,
    );
    expect(() => statsQueryOf({ by: 'method', filter: [], rate: 'detentions' })).toThrow(
      /--rate detentions needs --by/,
    );
  });
});
