import type { RegionFeature } from '@vigil/core/region-shapes';
import { geoArea, geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type {
  Feature,
  FeatureCollection,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';

/** A region shape ready for d3-geo: rings wound as d3 expects, with the region's code. */
export type DrawableRegion = Feature<Polygon | MultiPolygon, { code: string }>;

type Rings = Position[][];

/**
 * GeoJSON (RFC 7946) winds outer rings anticlockwise; d3-geo works on the sphere and reads such
 * a ring as "everything but the region". A polygon that covers more than a hemisphere was wound
 * the other way, so its rings are reversed; shapes already wound for d3 are left alone.
 */
const rewindPolygon = (rings: Rings): Rings =>
  geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI
    ? rings.map((ring) => [...ring].reverse())
    : rings;

const copyRings = (rings: readonly (readonly (readonly [number, number])[])[]): Rings =>
  rings.map((ring) => ring.map(([lon, lat]) => [lon, lat]));

/** The shipped shape of a region as a feature d3-geo draws the right way round. */
export const drawable = (feature: RegionFeature): DrawableRegion => {
  const g = feature.geometry;
  return {
    type: 'Feature',
    properties: { code: feature.properties.code },
    geometry:
      g.type === 'Polygon'
        ? { type: 'Polygon', coordinates: rewindPolygon(copyRings(g.coordinates)) }
        : {
            type: 'MultiPolygon',
            coordinates: g.coordinates.map((p) => rewindPolygon(copyRings(p))),
          },
  };
};

/**
 * An equal-area conic for Russia and Ukraine: centred on 100°E, so the cut of the globe falls at
 * 80°W, far from both, and Chukotka's parts on either side of 180° meet as one region instead of
 * being thrown to the far edge. Standard parallels 52° and 64° keep distortion low across both.
 */
export const baseProjection = (): GeoProjection =>
  geoConicEqualArea().rotate([-100, 0]).parallels([52, 64]);

/** The projection fitted to draw `regions` inside a width × height box with a margin. */
export const fittedProjection = (
  regions: readonly DrawableRegion[],
  width: number,
  height: number,
  margin = 8,
): GeoProjection => {
  const collection: FeatureCollection<Polygon | MultiPolygon> = {
    type: 'FeatureCollection',
    features: [...regions],
  };
  return baseProjection().fitExtent(
    [
      [margin, margin],
      [width - margin, height - margin],
    ],
    collection,
  );
};

const onAntimeridian = (a: Position, b: Position): boolean =>
  Math.abs(a[0] ?? 0) >= 179.999 && Math.abs(b[0] ?? 0) >= 179.999;

/**
 * The outline of a region that the shipped data cut at 180° (Chukotka), without the cut: its
 * rings as lines, leaving out the segments that run along the antimeridian. Null for a region
 * that has none, whose outline is simply its shape's.
 */
export const outlineWithoutCut = (region: DrawableRegion): MultiLineString | null => {
  const g = region.geometry;
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  const lines: Position[][] = [];
  let cut = false;
  for (const ring of rings) {
    let line: Position[] = [];
    for (let i = 0; i < ring.length; i++) {
      const p = ring[i] as Position;
      const prev = ring[i - 1];
      if (prev !== undefined && onAntimeridian(prev, p)) {
        cut = true;
        if (line.length > 1) lines.push(line);
        line = [];
      }
      line.push(p);
    }
    if (line.length > 1) lines.push(line);
  }
  return cut ? { type: 'MultiLineString', coordinates: lines } : null;
};

/**
 * SVG path data for each region (one decimal is finer than a pixel at any zoom we allow), and,
 * for a region cut at 180°, an outline without the cut, drawn instead of the shape's own stroke.
 */
export const regionPaths = (
  regions: readonly DrawableRegion[],
  projection: GeoProjection,
): { code: string; d: string; outline: string | null }[] => {
  const path = geoPath(projection).digits(1);
  return regions.map((r) => {
    const outline = outlineWithoutCut(r);
    return {
      code: r.properties.code,
      d: path(r) ?? '',
      outline: outline === null ? null : (path(outline) ?? ''),
    };
  });
};

/** Where a point falls on the drawing, or null when the projection cannot show it. */
export const project = (
  projection: GeoProjection,
  lat: number,
  lon: number,
): readonly [number, number] | null => {
  const xy = projection([lon, lat]);
  return xy === null || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1]) ? null : xy;
};
