import type { FacilityId, FacilityStats } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import { aFacility } from '../model/fixtures.test-helpers';
import { labellerFor } from '../../records/shared/labeller.test-helpers';
import { NO_VALUE, RAMP } from './colour';
import { countThresholds, indicatorColouring, isMapIndicator } from './indicatorColour';

describe('colouring the map by a vault’s counts', () => {
  it('makes classes from 1 at round numbers near the quintiles, never more than the ramp has', () => {
    expect(countThresholds([])).toEqual([1]);
    expect(countThresholds([1, 1, 1])).toEqual([1]);
    expect(countThresholds([1, 2, 3, 4, 5])).toEqual([1, 2, 3, 4]);
    const many = countThresholds([1, 1, 2, 3, 5, 8, 13, 40, 120, 400]);
    expect(many[0]).toBe(1);
    expect(many.length).toBeLessThanOrEqual(RAMP.length);
    expect([...many].sort((a, b) => a - b)).toEqual(many);
  });

  it('shows a facility without a value as “No data” in grey, apart from the classes', () => {
    const a = aFacility();
    const b = aFacility();
    const c = aFacility();
    const stats: FacilityStats = {
      indicator: 'incidents',
      values: [
        { facility: a.id as FacilityId, value: 1 },
        { facility: b.id as FacilityId, value: 30 },
      ],
    };
    const colouring = indicatorColouring([a, b, c], stats, labellerFor('en'));
    expect(colouring.colourOf(c)).toBe(NO_VALUE);
    expect(colouring.colourOf(a)).not.toBe(colouring.colourOf(b));
    expect(colouring.valueOf(b)).toBe('Incidents recorded: 30');
    expect(colouring.valueOf(c)).toBe('No data');
    const legend = colouring.legend.map((e) => [e.label, e.count]);
    expect(legend[legend.length - 1]).toEqual(['No data', 1]);
    expect(legend.slice(0, -1).reduce((n, [, count]) => n + Number(count), 0)).toBe(2);
  });

  it('knows which colourings are a vault’s indicators', () => {
    expect(isMapIndicator('victims')).toBe(true);
    expect(isMapIndicator('type')).toBe(false);
  });
});
