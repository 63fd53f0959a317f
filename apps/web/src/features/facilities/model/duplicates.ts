import { possibleDuplicates, type Facility, type FacilityInputWire } from '@vigil/core';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * The facilities a `possible_duplicate` answer points at. The server names each one's id in its
 * field errors; when an older server names none, the register as loaded here is compared with
 * the same rule the server uses (`possibleDuplicates` of @vigil/core).
 */
export const duplicatesOf = (
  fields: readonly { path: string; message: string }[],
  candidate: FacilityInputWire,
  register: readonly Facility[],
): Facility[] => {
  const ids = new Set(
    fields.flatMap((f) => f.message.match(UUID) ?? []).map((id) => id.toLowerCase()),
  );
  const named = register.filter((f) => ids.has(f.id));
  if (named.length > 0) return named;
  return possibleDuplicates(
    {
      names: candidate.names,
      aliases: candidate.aliases ?? [],
      type: candidate.type,
      region: candidate.region,
    },
    register.filter((f) => f.mergedInto === null),
  ).map((d) => d.facility);
};
