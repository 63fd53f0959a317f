import { describe, expect, it } from 'vitest';
import {
  IDENTITY,
  MAX_ZOOM,
  centreOn,
  contain,
  onScreen,
  panBy,
  toScreen,
  wheelFactor,
  zoomAround,
} from './zoom';

describe('map zoom and pan', () => {
  it('keeps the point under the pointer in place when zooming', () => {
    const v = zoomAround(IDENTITY, 2, 300, 200, 800, 400);
    expect(v.k).toBe(2);
    // The drawn point that was at (300, 200) is still there.
    expect(toScreen(v, [300, 200])).toEqual([300, 200]);
  });

  it('never zooms out past the whole map, nor in past the limit', () => {
    expect(zoomAround(IDENTITY, 0.5, 0, 0, 800, 400)).toEqual(IDENTITY);
    expect(zoomAround({ k: 30, x: 0, y: 0 }, 4, 0, 0, 800, 400).k).toBe(MAX_ZOOM);
  });

  it('does not let the map be dragged off the screen', () => {
    expect(panBy(IDENTITY, 100, 100, 800, 400)).toEqual(IDENTITY);
    const zoomed = { k: 2, x: -400, y: -200 };
    expect(panBy(zoomed, -1000, 0, 800, 400)).toEqual({ k: 2, x: -800, y: -200 });
    expect(contain({ k: 2, x: 50, y: -500 }, 800, 400)).toEqual({ k: 2, x: 0, y: -400 });
  });

  it('zooms in for a wheel turned away and out for one turned back, a notch at a time', () => {
    expect(wheelFactor(-100, 0)).toBeGreaterThan(1);
    expect(wheelFactor(100, 0)).toBeLessThan(1);
    expect(wheelFactor(-3, 1)).toBeCloseTo(wheelFactor(-48, 0));
    expect(wheelFactor(-10_000, 0)).toBe(2);
  });

  it('brings a point focused off screen to the middle, as far as the edges allow', () => {
    const v = { k: 4, x: 0, y: 0 };
    expect(onScreen(toScreen(v, [700, 300]), 800, 400)).toBe(false);
    const centred = centreOn(v, [700, 300], 800, 400);
    expect(toScreen(centred, [700, 300])).toEqual([400, 200]);
    expect(centreOn(v, [799, 399], 800, 400)).toEqual({ k: 4, x: -2400, y: -1200 });
  });
});
