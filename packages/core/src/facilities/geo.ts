/**
 * Plane geometry on region shapes, pure and dependency-free: is a point inside a region, and how
 * far from it. Shapes are GeoJSON rings of [lon, lat]. Distances use an equirectangular projection
 * around the point, which is within a few per cent at the scale of the tolerance (kilometres).
 */

/** A ring: closed list of [lon, lat]. A polygon: outer ring then holes. A shape: polygons. */
export type Ring = readonly (readonly [number, number])[];
export type Polygon = readonly Ring[];
export type Shape = readonly Polygon[];

const EARTH_RADIUS_KM = 6371;
const RAD = Math.PI / 180;

/** Even-odd ray casting over every ring of a polygon: holes cut themselves out. */
const insidePolygon = (lon: number, lat: number, polygon: Polygon): boolean => {
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i] as readonly [number, number];
      const b = ring[j] as readonly [number, number];
      if (a[1] > lat !== b[1] > lat) {
        const x = ((b[0] - a[0]) * (lat - a[1])) / (b[1] - a[1]) + a[0];
        if (lon < x) inside = !inside;
      }
    }
  }
  return inside;
};

/**
 * Longitudes to try for a point: shapes that cross the antimeridian (Chukotka) may run past 180°
 * or below -180°, so a point at -175° is also looked for at 185°.
 */
const wrapped = (lon: number): number[] => [lon, lon + 360, lon - 360];

export const shapeContains = (shape: Shape, lat: number, lon: number): boolean =>
  wrapped(lon).some((x) => shape.some((polygon) => insidePolygon(x, lat, polygon)));

/** Distance in km from a point to a segment, in the local projection around the point. */
const segmentDistanceKm = (
  lon: number,
  lat: number,
  a: readonly [number, number],
  b: readonly [number, number],
): number => {
  const kx = Math.cos(lat * RAD) * RAD * EARTH_RADIUS_KM;
  const ky = RAD * EARTH_RADIUS_KM;
  const ax = (a[0] - lon) * kx;
  const ay = (a[1] - lat) * ky;
  const bx = (b[0] - lon) * kx;
  const by = (b[1] - lat) * ky;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
};

/** Distance in km from a point to a shape's boundary; 0 when the point is inside. */
export const distanceToShapeKm = (shape: Shape, lat: number, lon: number): number => {
  if (shapeContains(shape, lat, lon)) return 0;
  let best = Infinity;
  for (const x of wrapped(lon)) {
    for (const polygon of shape) {
      for (const ring of polygon) {
        for (let i = 1; i < ring.length; i++) {
          const d = segmentDistanceKm(
            x,
            lat,
            ring[i - 1] as readonly [number, number],
            ring[i] as readonly [number, number],
          );
          if (d < best) best = d;
        }
      }
    }
  }
  return best;
};

/**
 * How far outside its region a point may lie and still be accepted: shipped shapes are simplified
 * (coastlines and borders move by up to a few kilometres), and a facility on a region's edge must
 * not be refused for that.
 */
export const REGION_TOLERANCE_KM = 10;

/** The codes of the shapes that contain a point (normally one; none at sea or abroad). */
export const regionsContaining = (
  shapes: ReadonlyMap<string, Shape>,
  lat: number,
  lon: number,
): string[] => [...shapes].filter(([, s]) => shapeContains(s, lat, lon)).map(([code]) => code);
