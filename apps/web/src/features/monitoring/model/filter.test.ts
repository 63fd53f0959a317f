import { describe, expect, it } from 'vitest';
import { periodFilterFromParams, periodFilterToParams } from './filter';
import { recordsListPath } from './links';

describe('the period filter in the address', () => {
  it('reads days and the bucket, leaving out what is not one', () => {
    expect(
      periodFilterFromParams(new URLSearchParams('from=2024-01-01&to=2024-13-01&bucket=decade')),
    ).toEqual({ filter: { bucket: 'quarter', from: '2024-01-01' }, reversed: false });
    expect(
      periodFilterFromParams(new URLSearchParams('bucket=month&to=2024-02-29')).filter,
    ).toEqual({ bucket: 'month', to: '2024-02-29' });
  });

  it('drops an end before the start, and says so', () => {
    expect(periodFilterFromParams(new URLSearchParams('from=2024-05-01&to=2024-01-01'))).toEqual({
      filter: { bucket: 'quarter', from: '2024-05-01' },
      reversed: true,
    });
  });

  it('writes the filter back, keeping the vault and other parameters', () => {
    const params = periodFilterToParams(
      { bucket: 'year', from: '2024-01-01' },
      new URLSearchParams('vault=v1&to=2025-01-01'),
    );
    expect(params.toString()).toBe('vault=v1&from=2024-01-01&bucket=year');
    expect(periodFilterToParams({ bucket: 'quarter' }, params).toString()).toBe('vault=v1');
  });
});

describe('links from a number to its records', () => {
  const vault = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' as Parameters<typeof recordsListPath>[0];
  const facility = '0192f0c0-0000-7000-8000-000000000001';

  it('filter the records list by facility and the days of the period within the chosen dates', () => {
    expect(
      recordsListPath(vault, 'incident', facility, { period: '2024-Q2', from: '2024-05-10' }),
    ).toBe(
      `/vaults/${vault}/records?kind=incident&from=2024-05-10&to=2024-06-30&facility=${facility}`,
    );
    expect(recordsListPath(vault, 'incident', facility, { method: '031800000000' })).toBe(
      `/vaults/${vault}/records?kind=incident&facility=${facility}&method=031800000000`,
    );
  });
});
