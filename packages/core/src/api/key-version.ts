import { z } from 'zod';

// Its own module so that the record schemas and the vault API can both use it without a cycle.
/** Vault key versions start at 1 and go up by one at every rotation. */
export const keyVersionSchema = z
  .number()
  .int()
  .min(1)
  .max(2 ** 31 - 1);
