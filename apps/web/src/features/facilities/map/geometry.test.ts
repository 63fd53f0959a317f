import type { RegionFeature } from '@vigil/core/region-shapes';
import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { drawable, fittedProjection, outlineWithoutCut, project, regionPaths } from './geometry';

/** A square of 2° × 2° around (lon, lat), wound anticlockwise as RFC 7946 wants. */
const square = (code: string, lon: number, lat: number): RegionFeature => ({
  type: 'Feature',
  properties: { code },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [lon - 1, lat - 1],
        [lon + 1, lat - 1],
        [lon + 1, lat + 1],
        [lon - 1, lat + 1],
        [lon - 1, lat - 1],
      ],
    ],
  },
});

// Chukotka as the shapes ship it: split at the antimeridian into two polygons.
const chukotka: RegionFeature = {
  type: 'Feature',
  properties: { code: 'RU-CHU' },
  geometry: {
    type: 'MultiPolygon',
    coordinates: [
      square('x', 175, 66).geometry.coordinates as [number, number][][],
      [
        [
          [-180, 65],
          [-175, 65],
          [-175, 67],
          [-180, 67],
          [-180, 65],
        ],
      ],
    ],
  },
};

describe('region shapes for d3-geo', () => {
  it('rewinds RFC 7946 rings, so a region is the region and not the rest of the globe', () => {
    const moscow = square('RU-MOW', 37.6, 55.7);
    expect(geoArea(moscow)).toBeGreaterThan(2 * Math.PI);
    const area = geoArea(drawable(moscow));
    expect(area).toBeLessThan(0.01);
    // Drawing it twice changes nothing: shapes already wound for d3 are kept.
    expect(geoArea(drawable(drawable(moscow) as RegionFeature))).toBeCloseTo(area, 12);
  });

  it('fits the regions into the box it is given, with the margin', () => {
    const regions = [drawable(square('RU-KGD', 21, 54.7)), drawable(chukotka)];
    const projection = fittedProjection(regions, 800, 400, 10);
    const xs = regionPaths(regions, projection)
      .flatMap((p) => [...p.d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)])
      .map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(Math.min(...xs.map(([x]) => x))).toBeGreaterThanOrEqual(9.9);
    expect(Math.max(...xs.map(([x]) => x))).toBeLessThanOrEqual(790.1);
    expect(Math.max(...xs.map(([, y]) => y))).toBeLessThanOrEqual(390.1);
    // Kaliningrad in the west lies left of Chukotka in the east.
    const west = project(projection, 54.7, 21);
    const east = project(projection, 66, 178);
    expect(west?.[0]).toBeLessThan(east?.[0] ?? 0);
  });

  it('keeps both sides of the antimeridian next to each other (Chukotka is one piece)', () => {
    const projection = fittedProjection([drawable(chukotka)], 800, 400);
    const a = project(projection, 66, 179.9);
    const b = project(projection, 66, -179.9);
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    expect(Math.abs((a?.[0] ?? 0) - (b?.[0] ?? 1000))).toBeLessThan(5);
  });

  it('outlines Chukotka without the line where the data cut it at 180°', () => {
    const outline = outlineWithoutCut(drawable(chukotka));
    const segments = (outline?.coordinates ?? []).flatMap((line) =>
      line.slice(1).map((p, i) => [line[i], p]),
    );
    expect(segments.length).toBeGreaterThan(0);
    expect(
      segments.some(([a, b]) => Math.abs(a?.[0] ?? 0) === 180 && Math.abs(b?.[0] ?? 0) === 180),
    ).toBe(false);
    expect(outlineWithoutCut(drawable(square('RU-MOW', 37.6, 55.7)))).toBeNull();
    const paths = regionPaths(
      [drawable(chukotka)],
      fittedProjection([drawable(chukotka)], 400, 200),
    );
    expect(paths[0]?.outline).toMatch(/^M/);
  });
});
