import { describe, expect, it } from 'vitest';
import { canMap, displayFromParams, withDisplay } from './display';

describe('bars or a map of regions', () => {
  it('offers a map for a count by region alone, never for two dimensions or another one', () => {
    expect(canMap('region', undefined)).toBe(true);
    expect(canMap('region', 'year')).toBe(false);
    expect(canMap('year', 'region')).toBe(false);
    expect(canMap('facility', undefined)).toBe(false);
  });

  it('reads the map from the address and anything else as bars', () => {
    expect(displayFromParams(new URLSearchParams('rows=region&show=map'))).toBe('map');
    expect(displayFromParams(new URLSearchParams('rows=region'))).toBe('bars');
    expect(displayFromParams(new URLSearchParams('show=Moscow'))).toBe('bars');
  });

  it('writes the map into the address, keeps every other parameter and leaves bars out', () => {
    const params = new URLSearchParams('vault=v1&rows=region');
    const map = withDisplay(params, 'map');
    expect(map.toString()).toBe('vault=v1&rows=region&show=map');
    expect(withDisplay(map, 'bars').toString()).toBe('vault=v1&rows=region');
    expect(params.toString()).toBe('vault=v1&rows=region');
  });
});
