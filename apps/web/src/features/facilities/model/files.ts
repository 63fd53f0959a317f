import {
  facilitiesFromCsv,
  facilitiesFromGeoJson,
  facilitiesToCsv,
  facilitiesToGeoJson,
  type FacilityFileItem,
} from '@vigil/client';
import type { Facility } from '@vigil/core';

/** The file formats of the register. */
export type FacilityFileFormat = 'csv' | 'geojson';

/** The format a file name says, or null for anything else. */
export const formatOfName = (name: string): FacilityFileFormat | null => {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  if (lower.endsWith('.geojson') || lower.endsWith('.json')) return 'geojson';
  return null;
};

/** Reads an imported file's facilities; throws FacilityFileError naming each problem. */
export const readFacilityFile = async (
  format: FacilityFileFormat,
  bytes: Uint8Array,
): Promise<FacilityFileItem[]> =>
  format === 'csv'
    ? facilitiesFromCsv(bytes)
    : facilitiesFromGeoJson(new TextDecoder().decode(bytes));

/** An export of the register: its file name (dated, nothing else in it) and contents. */
export const exportFile = (
  format: FacilityFileFormat,
  facilities: readonly Facility[],
  day: string,
): { name: string; type: string; text: string } =>
  format === 'csv'
    ? // A byte-order mark, so spreadsheet programs read the Cyrillic names as UTF-8.
      {
        name: `facilities-${day}.csv`,
        type: 'text/csv',
        text: `\uFEFF${facilitiesToCsv(facilities)}`,
      }
    : {
        name: `facilities-${day}.geojson`,
        type: 'application/geo+json',
        text: facilitiesToGeoJson(facilities),
      };
