import { fieldsOf, type RecordKind } from '@vigil/core';

/** One field whose value differs between two versions (undefined = absent). */
export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** JSON with object keys sorted, so that equal values compare equal whatever their key order. */
export const stableJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return value === undefined ? 'undefined' : JSON.stringify(value);
};

/**
 * The fields that differ between two versions of a record's opened data, in table order (fields
 * outside the table, which a valid record never has, after them). `before` undefined: the first
 * version, every present field counts as added.
 */
export const diffRecordData = (
  kind: RecordKind,
  before: Readonly<Record<string, unknown>> | undefined,
  after: Readonly<Record<string, unknown>>,
): FieldChange[] => {
  const old = before ?? {};
  const known: string[] = fieldsOf(kind).map(([name]) => name);
  const extra = [...new Set([...Object.keys(old), ...Object.keys(after)])]
    .filter((name) => !known.includes(name))
    .sort();
  return [...known, ...extra].flatMap((field) => {
    const a = old[field];
    const b = after[field];
    return stableJson(a) === stableJson(b) ? [] : [{ field, before: a, after: b }];
  });
};
