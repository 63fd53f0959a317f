import type { FieldError } from '../errors';
import { distanceToShapeKm, regionsContaining, REGION_TOLERANCE_KM, type Shape } from './geo';
import { regionByCode } from './regions';
import type { FacilityInput } from './schema';

/**
 * Checks of a facility that need the region shapes: its coordinates must lie in its region (within
 * {@link REGION_TOLERANCE_KM}, since shipped borders are simplified). Pure: the caller passes the
 * shapes (`regionShapes()` from `@vigil/core/region-shapes`).
 */
export const facilityGeoProblems = (
  f: Pick<FacilityInput, 'region' | 'coordinates'>,
  shapes: ReadonlyMap<string, Shape>,
  path: string = '',
): FieldError[] => {
  if (f.coordinates === null) return [];
  const shape = shapes.get(f.region);
  if (shape === undefined) return [];
  const { lat, lon } = f.coordinates;
  const km = distanceToShapeKm(shape, lat, lon);
  if (km <= REGION_TOLERANCE_KM) return [];
  const regionName = regionByCode(f.region)?.names.en ?? f.region;
  const elsewhere = regionsContaining(shapes, lat, lon);
  const hint =
    elsewhere.length > 0
      ? ` The point lies in ${elsewhere.map((c) => `${regionByCode(c)?.names.en ?? c} (${c})`).join(', ')}.`
      : ' The point lies outside every region Vigil knows (check that latitude and longitude are not swapped).';
  return [
    {
      path: `${path}coordinates`,
      message: `${lat}, ${lon} is ${Math.round(km)} km outside ${regionName} (${f.region}).${hint}`,
    },
  ];
};
