import type { FieldError } from '@vigil/core';
import type { z } from 'zod';
import { ApiError } from './errors';

/** Field errors from zod issues: paths and messages only, never the rejected values. */
export const fieldErrors = (error: z.ZodError, prefix?: string): FieldError[] =>
  error.issues.map((issue) => ({
    path: [...(prefix === undefined ? [] : [prefix]), ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));

/** Validates caller input; throws ApiError validation_failed (status 0) with field errors. */
export const parseInput = <S extends z.ZodType>(schema: S, input: unknown): z.output<S> => {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new ApiError(0, 'validation_failed', 'Invalid input.', fieldErrors(result.error));
  }
  return result.data;
};
