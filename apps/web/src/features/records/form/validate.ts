import { recordSchema, type FieldSpec, type RecordKind } from '@vigil/core';
import type { MessageId } from '../../../app/i18n/en';
import {
  codeStandardOf,
  tableOf,
  toRecordData,
  widgetOf,
  type FormValues,
  type InputProblem,
} from './model';

/** A problem shown at a field (and in the summary), worded from the catalog. */
export interface FieldProblem {
  /** The field it belongs to. */
  readonly field: string;
  /** `field`, `field.index`, `field.index.part`, `field.from`… */
  readonly path: string;
  readonly message: MessageId;
  readonly values?: Record<string, string | number>;
}

/** The outcome of checking a form: a valid record, or the problems, in field order. */
export type FormCheck =
  | { readonly ok: true; readonly data: Record<string, unknown> }
  | { readonly ok: false; readonly problems: FieldProblem[] };

const INPUT_MESSAGES: Record<InputProblem['reason'], MessageId> = {
  integer: 'form.problem.integer',
  date: 'form.problem.date',
  dateNoRange: 'form.problem.dateNoRange',
  dateRangeEnd: 'form.problem.dateRangeEnd',
};

interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly origin?: string;
}

/** The catalog message for one schema issue on a field (zod's own text is English only). */
const messageOf = (
  spec: FieldSpec,
  issue: Issue,
  missing: boolean,
): Pick<FieldProblem, 'message' | 'values'> => {
  const widget = widgetOf(spec);
  if (missing) return { message: 'form.problem.required' };
  if (issue.code === 'too_small' && issue.origin === 'array') {
    return { message: 'form.problem.required' };
  }
  if (issue.code === 'too_big' && issue.origin === 'array') {
    return { message: 'form.problem.tooMany', values: { count: Number(issue.maximum) } };
  }
  if (widget === 'date' || widget === 'date-value' || widget === 'date-range') {
    return { message: 'form.problem.date' };
  }
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return { message: 'form.problem.tooLong', values: { count: Number(issue.maximum) } };
  }
  if (issue.origin === 'number' || spec.type === 'integer') {
    const [min, max] = rangeOf(spec);
    return { message: 'form.problem.range', values: { min, count: max } };
  }
  if (issue.message.includes('duplicate value')) return { message: 'form.problem.duplicate' };
  if (issue.message.includes('give at least one part')) return { message: 'form.problem.group' };
  if (spec.type === 'vocab' || spec.type === 'group') return { message: 'form.problem.term' };
  if (spec.type === 'code') return { message: `form.problem.code.${codeStandardOf(spec)}` };
  if (spec.type === 'relation') return { message: 'form.problem.id' };
  if (spec.type === 'text' && issue.code === 'too_small') {
    return { message: 'form.problem.required' };
  }
  return { message: 'form.problem.invalid' };
};

/** The bounds of an integer field, from its schema. */
const rangeOf = (spec: FieldSpec): [number, number] => {
  const v = spec.value as { minValue?: number | null; maxValue?: number | null };
  return [v.minValue ?? 0, v.maxValue ?? 0];
};

/**
 * Checks the form as the server and the client's sealing will: reads the inputs, then asks
 * `recordSchema(kind)`. Problems come in table order, one per path.
 */
export const validateForm = (kind: RecordKind, values: FormValues): FormCheck => {
  const { data, problems: inputProblems } = toRecordData(kind, values);
  const found: FieldProblem[] = inputProblems.map((p) => ({
    field: p.path.split('.')[0] ?? p.path,
    path: p.path,
    message: INPUT_MESSAGES[p.reason],
  }));
  const unreadable = new Set(found.map((p) => p.field));
  const parsed = recordSchema(kind).safeParse(data);
  if (parsed.success && found.length === 0) return { ok: true, data };
  const specs = new Map(tableOf(kind));
  for (const issue of parsed.success ? [] : (parsed.error.issues as Issue[])) {
    const field = String(issue.path[0] ?? '');
    const spec = specs.get(field);
    // A field the form could not read is already explained; its absence is no news.
    if (spec === undefined || unreadable.has(field)) continue;
    const missing = issue.code === 'invalid_type' && !(field in data);
    found.push({
      field,
      path: issue.path.map(String).join('.'),
      ...messageOf(spec, issue, missing),
    });
  }
  const order = tableOf(kind).map(([name]) => name);
  const seen = new Set<string>();
  const problems = found
    .filter((p) => (seen.has(p.path) ? false : (seen.add(p.path), true)))
    .sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  return { ok: false, problems };
};
