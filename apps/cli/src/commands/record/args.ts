import {
  RECORD_KINDS,
  recordIdSchemas,
  recordKindSchema,
  recordSchema,
  type RecordData,
  type RecordKind,
} from '@vigil/core';
import type { CliContext } from '../../context';
import { usageError } from '../../errors';
import { readTextFile } from '../../platform/input';

/** Parses a record kind argument; an unknown kind is a usage error listing the kinds. */
export const parseKind = (raw: string): RecordKind => {
  const parsed = recordKindSchema.safeParse(raw.trim());
  if (!parsed.success) {
    throw usageError(`unknown record kind "${raw}": one of ${RECORD_KINDS.join(', ')}`);
  }
  return parsed.data;
};

/** Parses a record id argument of the given kind (a lower-case UUID). */
export const parseRecordId = (kind: RecordKind, raw: string): string => {
  const parsed = recordIdSchemas[kind].safeParse(raw.trim().toLowerCase());
  if (!parsed.success) throw usageError(`a ${kind} id is a UUID (see \`vigil record list\`)`);
  return parsed.data;
};

/** Parses a positive whole number option such as --version or --limit. */
export const parsePositiveInt = (name: string, raw: string, max?: number): number => {
  const value = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!Number.isSafeInteger(value) || value < 1 || (max !== undefined && value > max)) {
    throw usageError(
      `${name} must be a whole number from 1${max === undefined ? ' up' : ` to ${max}`}`,
    );
  }
  return value;
};

/**
 * Reads a record of `kind` as JSON from `--file` or stdin, and checks it against the kind's
 * schema here, so a mistake is a usage error naming the field before anything is sealed or sent.
 */
export const readRecord = async <K extends RecordKind>(
  ctx: CliContext,
  kind: K,
  file: string | undefined,
): Promise<RecordData<K>> => {
  const source = file === undefined ? 'stdin' : file;
  let text: string;
  try {
    text = file === undefined ? await ctx.terminal.readStdin() : await readTextFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable';
    throw usageError(`cannot read the record from ${source}: ${reason}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'invalid JSON';
    throw usageError(`the record on ${source} is not valid JSON: ${reason}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw usageError(`the record on ${source} must be a JSON object`);
  }
  return checkRecord(kind, value, `the record on ${source} is not a valid ${kind}`);
};

/** Checks a record against its kind's schema; a mistake is a usage error naming each field. */
export const checkRecord = <K extends RecordKind>(
  kind: K,
  value: unknown,
  what: string,
): RecordData<K> => {
  const checked = recordSchema(kind).safeParse(value);
  if (!checked.success) {
    const problems = checked.error.issues
      .map((i) => `${i.path.length > 0 ? i.path.join('.') : '(record)'}: ${i.message}`)
      .join('; ');
    throw usageError(`${what}: ${problems}`);
  }
  return checked.data as RecordData<K>;
};
