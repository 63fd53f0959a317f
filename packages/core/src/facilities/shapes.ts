import { z } from 'zod';
import type { Shape } from './geo';
import shipped from './data/regions.geo.json';

/**
 * The shipped region shapes (Natural Earth admin-1, public domain; see data/README.md), keyed by
 * ISO 3166-2 code. A separate entry point (`@vigil/core/region-shapes`), because the shapes weigh
 * about a megabyte: the server loads them to check coordinates, the web app only for its map.
 */
const position = z.tuple([z.number(), z.number()]);
const ring = z.array(position).min(4);
const featureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({ code: z.string() }),
  geometry: z.discriminatedUnion('type', [
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
    z.object({
      type: z.literal('MultiPolygon'),
      coordinates: z.array(z.array(ring).min(1)).min(1),
    }),
  ]),
});
const collectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(featureSchema),
});

export type RegionFeature = z.infer<typeof featureSchema>;

let cache: ReadonlyMap<string, Shape> | null = null;

/** Region code → shape (a list of polygons), parsed and validated on first use. */
export const regionShapes = (): ReadonlyMap<string, Shape> => {
  if (cache === null) {
    const parsed = collectionSchema.parse(shipped);
    cache = new Map(
      parsed.features.map((f) => [
        f.properties.code,
        f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
      ]),
    );
  }
  return cache;
};

/** The shipped shapes as GeoJSON features, for drawing a map. */
export const regionFeatures = (): readonly RegionFeature[] =>
  collectionSchema.parse(shipped).features;
