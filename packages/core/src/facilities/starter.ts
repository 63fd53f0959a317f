import { z } from 'zod';
import { facilityIdSchema } from '../records/kinds';
import { facilityInputSchema, type FacilityInput } from './schema';
import shipped from './data/facilities.sample.json';

/**
 * The starter sample: places of detention documented in public sources, each with its source
 * (data/README.md). A sample, marked as such: never the whole picture.
 */
const starterSchema = z.array(
  z.looseObject({ id: facilityIdSchema }).transform(({ id, ...rest }) => ({
    id: id as string,
    facility: facilityInputSchema.parse(rest),
  })),
);

export const starterFacilities = (): { id: string; facility: FacilityInput }[] =>
  starterSchema.parse(shipped);
