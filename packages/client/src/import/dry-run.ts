import {
  fieldsOf,
  recordSchema,
  type FieldSpec,
  type PartSpec,
  type RecordData,
  type RecordKind,
} from '@vigil/core';
import { convertValue, type ConvertSpec, type Converted, type ValueProblemKind } from './convert';
import {
  importMappingSchema,
  isGroupSource,
  type FieldSource,
  type GroupSource,
  type ImportMapping,
} from './mapping';
import type { Table } from './parse';

/** What kind of problem a row has; the summary counts them. */
export type ImportProblemKind =
  ValueProblemKind | 'missing-required' | 'too-many-values' | 'invalid-value';

export const IMPORT_PROBLEM_KINDS: readonly ImportProblemKind[] = [
  'unknown-term',
  'ambiguous-term',
  'unknown-value',
  'invalid-date',
  'invalid-number',
  'missing-required',
  'too-many-values',
  'invalid-value',
];

/** One problem in one row, located as the user sees the sheet. */
export interface ImportProblem {
  /** Row number in the sheet (header = row 1). */
  readonly row: number;
  /** The source column; absent when the value is a constant of the mapping or the field is unmapped. */
  readonly column?: string;
  /** The record field (`perpetrators.agency` for a part of a group). */
  readonly field: string;
  readonly kind: ImportProblemKind;
  readonly message: string;
  /** The cell text the problem is about, when there is one. */
  readonly value?: string;
  /** Codes the user may have meant (closest or ambiguous terms). */
  readonly candidates?: readonly string[];
}

/** A problem of the mapping itself against this table (a missing column, an unmapped required field…). */
export interface MappingProblem {
  readonly field?: string;
  readonly column?: string;
  readonly message: string;
}

/** One data row's outcome: a valid record, or its problems. */
export type DryRunRow<K extends RecordKind> =
  | { readonly row: number; readonly ok: true; readonly record: RecordData<K> }
  | { readonly row: number; readonly ok: false; readonly problems: readonly ImportProblem[] };

export interface DryRunSummary {
  readonly rows: number;
  readonly ok: number;
  readonly withProblems: number;
  /** Number of problems of each kind over all rows. */
  readonly problems: Readonly<Record<ImportProblemKind, number>>;
}

/** What `dryRun` reports. `ready` when the mapping has no problem and every row gave a valid record. */
export interface DryRunResult<K extends RecordKind> {
  readonly kind: K;
  readonly rows: readonly DryRunRow<K>[];
  readonly mappingProblems: readonly MappingProblem[];
  readonly summary: DryRunSummary;
  readonly ready: boolean;
}

export interface DryRunOptions {
  /** Called after every batch and at the end with rows done and rows in all. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Rows checked between two yields to the event loop (default 500). */
  readonly batchSize?: number;
  /** Stops the run between batches (the promise rejects with the signal's reason). */
  readonly signal?: AbortSignal;
}

type Problem = Omit<ImportProblem, 'row'>;

interface FieldPlan {
  readonly name: string;
  readonly spec: FieldSpec;
  readonly mapping: FieldSource | GroupSource | undefined;
  /**
   * Codes that other fields of the same vocabulary read from the same column take (one "Groups"
   * column feeding `groups`, `groupsLgbtq`…): this field leaves them to those fields.
   */
  readonly leaveToSiblings: ReadonlySet<string>;
}

const DEFAULT_SEPARATOR = ';';

const cellOf = (row: readonly string[], source: FieldSource, columns: readonly string[]): string =>
  'constant' in source ? source.constant : (row[columns.indexOf(source.column)] ?? '');

const columnOf = (source: FieldSource): string | undefined =>
  'column' in source ? source.column : undefined;

const piecesOf = (cell: string, separator: string | undefined): string[] =>
  (separator === undefined ? [cell] : cell.split(separator))
    .map((p) => p.trim())
    .filter((p) => p !== '');

const partAsSpec = (part: PartSpec): ConvertSpec => ({
  type: part.vocab === undefined ? 'code' : 'vocab',
  value: part.value,
  vocab: part.vocab,
});

/** Converts cell text with a per-run cache: the same text in the same field converts once. */
const cachedConvert = () => {
  const cache = new Map<string, Converted>();
  return (key: string, spec: ConvertSpec, source: FieldSource, text: string): Converted => {
    const k = `${key}\u0000${text}`;
    const hit = cache.get(k);
    if (hit) return hit;
    const made = convertValue(spec, source, text);
    if (cache.size < 100_000) cache.set(k, made);
    return made;
  };
};

type Convert = ReturnType<typeof cachedConvert>;

const problemOf = (
  field: string,
  column: string | undefined,
  text: string,
  c: Extract<Converted, { ok: false }>,
): Problem => ({
  ...(column === undefined ? {} : { column }),
  field,
  kind: c.kind,
  message: c.message,
  value: text,
  ...(c.candidates === undefined || c.candidates.length === 0 ? {} : { candidates: c.candidates }),
});

/** Distinct values (by JSON), in first-seen order: "torture; Torture" is one value. */
const distinct = (values: unknown[]): unknown[] => {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = JSON.stringify(v);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

const leftToSibling = (plan: FieldPlan, value: unknown): boolean =>
  typeof value === 'string' &&
  plan.spec.terms !== undefined &&
  !plan.spec.terms.includes(value) &&
  plan.leaveToSiblings.has(value);

/** A plain field's value from a row: undefined when empty, else the value or problems. */
const readPlain = (
  plan: FieldPlan,
  source: FieldSource,
  row: readonly string[],
  columns: readonly string[],
  convert: Convert,
): { value?: unknown; problems: Problem[] } => {
  const { name, spec } = plan;
  const column = columnOf(source);
  const cell = cellOf(row, source, columns);
  const pieces = piecesOf(cell, spec.multi ? (source.separator ?? DEFAULT_SEPARATOR) : undefined);
  if (pieces.length === 0) return { problems: [] };
  const problems: Problem[] = [];
  const values: unknown[] = [];
  for (const piece of pieces) {
    const c = convert(name, spec, source, piece);
    if (!c.ok) problems.push(problemOf(name, column, piece, c));
    else if (!leftToSibling(plan, c.value)) values.push(c.value);
  }
  if (problems.length > 0 || values.length === 0) return { problems };
  if (!spec.multi) return { value: values[0], problems };
  const unique = distinct(values);
  if (unique.length > spec.maxItems) {
    return {
      problems: [
        {
          ...(column === undefined ? {} : { column }),
          field: name,
          kind: 'too-many-values',
          message: `${unique.length} values: this field takes at most ${spec.maxItems}`,
          value: cell,
        },
      ],
    };
  }
  return { value: unique, problems };
};

/** A group field's values: each part's cell split by the separator, parts paired by position. */
const readGroup = (
  plan: FieldPlan,
  source: GroupSource,
  row: readonly string[],
  columns: readonly string[],
  convert: Convert,
): { value?: unknown; problems: Problem[] } => {
  const { name, spec } = plan;
  const problems: Problem[] = [];
  const items: Record<string, unknown>[] = [];
  for (const [part, partSource] of Object.entries(source.parts)) {
    const partSpec = spec.parts?.[part];
    if (partSpec === undefined) continue;
    const separator = spec.multi
      ? (partSource.separator ?? source.separator ?? DEFAULT_SEPARATOR)
      : undefined;
    const cell = cellOf(row, partSource, columns);
    // Positions matter here: an empty piece between separators leaves that item without this part.
    const pieces = separator === undefined ? [cell] : cell.split(separator);
    pieces.forEach((raw, i) => {
      const piece = raw.trim();
      if (piece === '') return;
      const c = convert(`${name}.${part}`, partAsSpec(partSpec), partSource, piece);
      if (!c.ok) {
        problems.push(problemOf(`${name}.${part}`, columnOf(partSource), piece, c));
        return;
      }
      const item = items[i] ?? {};
      item[part] = c.value;
      items[i] = item;
    });
  }
  if (problems.length > 0) return { problems };
  const values = distinct(
    items.filter((item) => item !== undefined && Object.keys(item).length > 0),
  );
  if (values.length === 0) return { problems };
  if (!spec.multi) return { value: values[0], problems };
  if (values.length > spec.maxItems) {
    return {
      problems: [
        {
          field: name,
          kind: 'too-many-values',
          message: `${values.length} values: this field takes at most ${spec.maxItems}`,
        },
      ],
    };
  }
  return { value: values, problems };
};

const emptyCounts = (): Record<ImportProblemKind, number> =>
  Object.fromEntries(IMPORT_PROBLEM_KINDS.map((k) => [k, 0])) as Record<ImportProblemKind, number>;

/** Problems of the mapping against the table: columns it names that the table lacks, unmapped required fields. */
const checkMapping = (table: Table, mapping: ImportMapping): MappingProblem[] => {
  const problems: MappingProblem[] = [];
  const missing = (field: string, source: FieldSource) => {
    if ('column' in source && !table.columns.includes(source.column)) {
      problems.push({
        field,
        column: source.column,
        message: `the mapping reads ${field} from column "${source.column}", which the file does not have`,
      });
    }
  };
  for (const [field, source] of Object.entries(mapping.fields)) {
    if (isGroupSource(source)) {
      for (const [part, partSource] of Object.entries(source.parts))
        missing(`${field}.${part}`, partSource);
    } else {
      missing(field, source);
    }
  }
  for (const [name, spec] of fieldsOf(mapping.kind)) {
    if (spec.required && mapping.fields[name] === undefined) {
      problems.push({
        field: name,
        message: `${mapping.kind}.${name} is required but not mapped to a column`,
      });
    }
  }
  return problems;
};

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Checks every row of a table against a mapping without sealing or sending anything: each row
 * becomes a record valid under `recordSchema(kind)`, or a list of problems naming its sheet row,
 * column and field. Bad data never throws; it is reported. Yields to the event loop every
 * `batchSize` rows and reports progress, so a page stays responsive over 100,000 rows.
 */
export const dryRun = async <K extends RecordKind>(
  table: Table,
  mapping: ImportMapping & { readonly kind: K },
  options: DryRunOptions = {},
): Promise<DryRunResult<K>> => {
  const total = table.rows.length;
  const counts = emptyCounts();
  const parsedMapping = importMappingSchema.safeParse(mapping);
  if (!parsedMapping.success) {
    const mappingProblems = parsedMapping.error.issues.map((issue) => ({
      ...(issue.path[1] === undefined ? {} : { field: String(issue.path[1]) }),
      message: issue.message,
    }));
    options.onProgress?.(total, total);
    return {
      kind: mapping.kind,
      rows: [],
      mappingProblems,
      summary: { rows: total, ok: 0, withProblems: total, problems: counts },
      ready: false,
    };
  }
  const mappingProblems = checkMapping(table, mapping);
  const schema = recordSchema(mapping.kind);
  const fields = fieldsOf(mapping.kind);
  const columnOfField = (name: string): string | undefined => {
    const source = mapping.fields[name];
    return source !== undefined && !isGroupSource(source) ? columnOf(source) : undefined;
  };
  const plans: FieldPlan[] = fields.map(([name, spec]) => {
    const column = columnOfField(name);
    const siblings = fields.filter(
      ([other, otherSpec]) =>
        other !== name &&
        column !== undefined &&
        spec.vocab !== undefined &&
        otherSpec.vocab === spec.vocab &&
        columnOfField(other) === column,
    );
    return {
      name,
      spec,
      mapping: mapping.fields[name],
      leaveToSiblings: new Set(siblings.flatMap(([, otherSpec]) => otherSpec.terms ?? [])),
    };
  });
  const convert = cachedConvert();
  const batchSize = Math.max(1, options.batchSize ?? 500);
  const rows: DryRunRow<K>[] = [];
  let ok = 0;

  for (let i = 0; i < total; i++) {
    if (i > 0 && i % batchSize === 0) {
      options.onProgress?.(i, total);
      await yieldToEventLoop();
      options.signal?.throwIfAborted();
    }
    const cells = table.rows[i] ?? [];
    const rowNumber = table.rowNumbers[i] ?? i + 2;
    const record: Record<string, unknown> = {};
    const problems: Problem[] = [];
    const failed = new Set<string>();
    for (const plan of plans) {
      const source = plan.mapping;
      const column = source !== undefined && !isGroupSource(source) ? columnOf(source) : undefined;
      let read: { value?: unknown; problems: Problem[] } = { problems: [] };
      if (source !== undefined) {
        read = isGroupSource(source)
          ? readGroup(plan, source, cells, table.columns, convert)
          : readPlain(plan, source, cells, table.columns, convert);
      }
      if (read.problems.length > 0) {
        problems.push(...read.problems);
        failed.add(plan.name);
      } else if (read.value !== undefined) {
        record[plan.name] = read.value;
      } else if (plan.spec.required) {
        problems.push({
          ...(column === undefined ? {} : { column }),
          field: plan.name,
          kind: 'missing-required',
          message:
            source === undefined
              ? `${mapping.kind}.${plan.name} is required and not mapped`
              : `${mapping.kind}.${plan.name} is required: the cell is empty`,
        });
        failed.add(plan.name);
      }
    }
    const checked = schema.safeParse(record);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const field = typeof issue.path[0] === 'string' ? issue.path[0] : '';
        if (failed.has(field)) continue;
        const source = mapping.fields[field];
        const column =
          source !== undefined && !isGroupSource(source) ? columnOf(source) : undefined;
        problems.push({
          ...(column === undefined ? {} : { column }),
          field,
          kind: 'invalid-value',
          message: issue.message,
        });
      }
    }
    if (problems.length === 0 && checked.success) {
      ok += 1;
      rows.push({ row: rowNumber, ok: true, record: checked.data });
    } else {
      for (const p of problems) counts[p.kind] += 1;
      rows.push({
        row: rowNumber,
        ok: false,
        problems: problems.map((p) => ({ row: rowNumber, ...p })),
      });
    }
  }
  options.onProgress?.(total, total);
  return {
    kind: mapping.kind,
    rows,
    mappingProblems,
    summary: { rows: total, ok, withProblems: total - ok, problems: counts },
    ready: mappingProblems.length === 0 && ok === total,
  };
};
