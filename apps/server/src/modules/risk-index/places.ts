import type { RiskIndexLevel } from '@vigil/core';
import { countryOf } from './mappings';

/** A record's units: its country, region and facility; null where the record does not say. */
export interface Place {
  readonly country: string | null;
  readonly region: string | null;
  readonly facility: string | null;
}

/** What the register says of a facility, merges followed. */
export interface RegisterPlace {
  /** The facility records of it count for: itself, or the one it was merged into. */
  readonly id: string;
  readonly region: string | null;
  readonly authority: string | null;
}

/** The register as the index reads it. */
export interface Register {
  /** The facility an id stands for now; one the register does not hold stays a unit of its own. */
  resolve(facilityId: string): RegisterPlace;
}

/** A register from its rows (id, region, authority, merged_into); merge chains are followed. */
export const registerOf = (
  rows: readonly {
    readonly id: string;
    readonly region: string;
    readonly authority: string;
    readonly merged_into: string | null;
  }[],
): Register => {
  const byId = new Map(rows.map((r) => [r.id, r]));
  // Resolved once per id: records name the same facilities over and over.
  const resolved = new Map<string, RegisterPlace>();
  return {
    resolve: (facilityId) => {
      const known = resolved.get(facilityId);
      if (known !== undefined) return known;
      let row = byId.get(facilityId);
      let place: RegisterPlace = { id: facilityId, region: null, authority: null };
      if (row !== undefined) {
        // Merges are repointed to the last facility, but follow a chain defensively.
        for (let hops = 0; row.merged_into !== null && hops < 10; hops++) {
          row = byId.get(row.merged_into) ?? row;
          if (row.merged_into === row.id) break;
        }
        place = { id: row.id, region: row.region, authority: row.authority };
      }
      resolved.set(facilityId, place);
      return place;
    },
  };
};

/**
 * Where a record belongs: its facility (merges followed), the region it names or else its
 * facility's region, and the country of that region on `day` (see `countryOf`).
 */
export const placeOf = (
  register: Register,
  r: { readonly facility: string | null; readonly region: string | null },
  day: string,
): Place => {
  const facility = r.facility === null ? null : register.resolve(r.facility);
  const region = r.region ?? facility?.region ?? null;
  return {
    country: region === null ? null : countryOf(region, day, facility?.authority ?? null),
    region,
    facility: facility?.id ?? null,
  };
};

/** The unit of a record at one level (as `placeOf` would say, working out only that level). */
export const unitOf = (
  register: Register,
  level: RiskIndexLevel,
  r: { readonly facility: string | null; readonly region: string | null },
  day: string,
): string | null => {
  if (level === 'facility') return r.facility === null ? null : register.resolve(r.facility).id;
  if (level === 'region') {
    return r.region ?? (r.facility === null ? null : register.resolve(r.facility).region);
  }
  return placeOf(register, r, day).country;
};
