import {
  countryCodeSchema,
  fieldClassOf,
  fieldsOf,
  formatDateText,
  languageCodeSchema,
  parseDateText,
  regionCodeSchema,
  type DateValue,
  type FieldSpec,
  type KnownDate,
  type RecordKind,
} from '@vigil/core';

/**
 * The form's own state: what is typed, before it is a record. Every field holds text (or lists of
 * text) so that half-typed dates and numbers survive re-renders and drafts; `toRecordData` turns
 * it into a `RecordData` candidate for `recordSchema(kind)`.
 */
export type GroupRow = Record<string, string>;
export interface RangeInput {
  readonly from: string;
  readonly to: string;
}
export type FieldInput = string | string[] | RangeInput | GroupRow[];
export type FormValues = Record<string, FieldInput>;

/** The fields of a kind in table order, with plain string names (any kind). */
export const tableOf = (kind: RecordKind): [string, FieldSpec][] => fieldsOf(kind);

/** What a form field looks like on screen, derived from its spec alone. */
export type WidgetKind =
  | 'vocab'
  | 'enum'
  | 'enum-multi'
  | 'integer'
  | 'code'
  | 'text'
  | 'long-text'
  | 'rows'
  | 'date'
  | 'date-value'
  | 'date-range'
  | 'relation'
  | 'facility'
  | 'id'
  | 'group';

/** Long text (narratives, testimony) gets a text area; short text a one-line input. */
const LONG_TEXT = 2000;

/** The widget for a field spec: one per field type, multi-valued text and codes as rows. */
export const widgetOf = (spec: FieldSpec): WidgetKind => {
  switch (spec.type) {
    case 'vocab':
      return 'vocab';
    case 'enum':
      return spec.multi ? 'enum-multi' : 'enum';
    case 'integer':
      return 'integer';
    case 'code':
      return spec.multi ? 'rows' : 'code';
    case 'text':
      if (spec.multi) return 'rows';
      return maxLengthOf(spec) > LONG_TEXT ? 'long-text' : 'text';
    case 'date':
      return 'date';
    case 'date-value':
      return 'date-value';
    case 'date-range':
      return 'date-range';
    case 'relation':
      // Facilities are picked from the shared register; evidence items (no list here) by id.
      if (spec.relation === 'facility') return 'facility';
      return spec.relation === 'evidence' ? 'id' : 'relation';
    case 'group':
      return 'group';
  }
};

/** The longest text a text field takes (from its schema), for maxLength and the widget. */
export const maxLengthOf = (spec: FieldSpec): number => {
  const max = (spec.value as { maxLength?: number | null }).maxLength;
  return typeof max === 'number' ? max : 100_000;
};

/** Which standard a code field follows, for its hint, its check and its letter case. */
export type CodeStandard = 'region' | 'country' | 'language';

/** The standard of a code field, recognised by its schema. */
export const codeStandardOf = (spec: FieldSpec): CodeStandard =>
  spec.value === regionCodeSchema
    ? 'region'
    : spec.value === countryCodeSchema
      ? 'country'
      : spec.value === languageCodeSchema
        ? 'language'
        : 'region';

/** Region and country codes are upper case, language codes lower case: fix what was typed. */
const normaliseCode = (spec: FieldSpec, text: string): string => {
  const trimmed = text.trim();
  return codeStandardOf(spec) === 'language' ? trimmed.toLowerCase() : trimmed.toUpperCase();
};

/** The empty input of a field. */
export const emptyInput = (spec: FieldSpec): FieldInput => {
  const widget = widgetOf(spec);
  if (widget === 'date-range') return { from: '', to: '' };
  if (widget === 'group') return [];
  if (widget === 'rows') return [''];
  return spec.multi ? [] : '';
};

/** An empty form of a kind. */
export const emptyValues = (kind: RecordKind): FormValues =>
  Object.fromEntries(tableOf(kind).map(([name, spec]) => [name, emptyInput(spec)]));

/**
 * The sections of a form: links to other records, the encrypted details (names, narrative), the
 * coded facts, then the sensitive facts the vault keeps encrypted (groups by ethnicity, religion…).
 */
export type SectionId = 'links' | 'sealed' | 'coded' | 'sensitive';
export const SECTION_ORDER: readonly SectionId[] = ['links', 'sealed', 'coded', 'sensitive'];

/** The section a field belongs in (its class decides; coded relations are links). */
export const sectionOf = (kind: RecordKind, name: string, spec: FieldSpec): SectionId => {
  if (fieldClassOf(kind, spec, name) === 'sealed') return spec.sensitive ? 'sensitive' : 'sealed';
  return spec.type === 'relation' ? 'links' : 'coded';
};

/** The fields of a kind grouped in sections, table order kept inside each. */
export const sectionsOf = (kind: RecordKind): { id: SectionId; fields: [string, FieldSpec][] }[] =>
  SECTION_ORDER.map((id) => ({
    id,
    fields: tableOf(kind).filter(([name, spec]) => sectionOf(kind, name, spec) === id),
  })).filter((s) => s.fields.length > 0);

const dateText = (value: unknown): string => formatDateText(value as DateValue);

/** A stored record's data as form input, the inverse of `toRecordData` for valid records. */
export const valuesFromRecord = (
  kind: RecordKind,
  data: Readonly<Record<string, unknown>>,
): FormValues => {
  const values = emptyValues(kind);
  for (const [name, spec] of tableOf(kind)) {
    const value = data[name];
    if (value === undefined) continue;
    const widget = widgetOf(spec);
    if (widget === 'date-range') {
      const range = value as { from?: KnownDate; to?: KnownDate };
      values[name] = { from: range.from?.value ?? '', to: range.to?.value ?? '' };
    } else if (widget === 'date' || widget === 'date-value') {
      values[name] = dateText(value);
    } else if (widget === 'group') {
      values[name] = (value as GroupRow[]).map((row) => ({ ...row }));
    } else if (Array.isArray(value)) {
      values[name] = value.map(String);
    } else {
      values[name] = String(value);
    }
  }
  return values;
};

/** A problem the form finds before the schema is asked (a number or date it cannot read). */
export interface InputProblem {
  /** `field`, `field.index` or `field.index.part`. */
  readonly path: string;
  readonly reason: 'integer' | 'date' | 'dateNoRange' | 'dateRangeEnd';
}

const asString = (input: FieldInput | undefined): string =>
  typeof input === 'string' ? input : '';
const asList = (input: FieldInput | undefined): string[] =>
  Array.isArray(input) ? input.filter((v): v is string => typeof v === 'string') : [];
const asRows = (input: FieldInput | undefined): GroupRow[] =>
  Array.isArray(input)
    ? input.filter((v): v is GroupRow => typeof v === 'object' && v !== null)
    : [];
const asRange = (input: FieldInput | undefined): RangeInput =>
  typeof input === 'object' && input !== null && !Array.isArray(input)
    ? input
    : { from: '', to: '' };

/** One end of a date range: a single date, not itself a range. */
const rangeEnd = (text: string): KnownDate | 'bad' | undefined => {
  if (text.trim() === '' || text.trim() === '..') return undefined;
  const parsed = parseDateText(text);
  if (!parsed.ok || parsed.value.precision === 'range' || parsed.value.precision === 'unknown') {
    return 'bad';
  }
  return parsed.value;
};

/** One field's input as a record value (undefined: left out), noting what cannot be read. */
const valueOf = (
  name: string,
  spec: FieldSpec,
  input: FieldInput | undefined,
  problems: InputProblem[],
): unknown => {
  const widget = widgetOf(spec);
  switch (widget) {
    case 'vocab':
    case 'relation':
    case 'facility':
    case 'enum-multi':
    case 'enum':
    case 'id':
    case 'text':
    case 'long-text':
    case 'code': {
      if (spec.multi) {
        const list = asList(input).filter((v) => v.trim() !== '');
        return list.length === 0 ? undefined : list;
      }
      const text = asString(input).trim();
      if (text === '') return undefined;
      return widget === 'code' ? normaliseCode(spec, text) : text;
    }
    case 'rows': {
      const rows = asList(input)
        .map((v) => v.trim())
        .filter((v) => v !== '')
        .map((v) => (spec.type === 'code' ? normaliseCode(spec, v) : v));
      return rows.length === 0 ? undefined : rows;
    }
    case 'integer': {
      const text = asString(input).trim();
      if (text === '') return undefined;
      if (!/^-?\d{1,9}$/.test(text)) {
        problems.push({ path: name, reason: 'integer' });
        return undefined;
      }
      return Number(text);
    }
    case 'date':
    case 'date-value': {
      const text = asString(input).trim();
      if (text === '') return undefined;
      const parsed = parseDateText(text);
      if (!parsed.ok) {
        problems.push({ path: name, reason: 'date' });
        return undefined;
      }
      if (widget === 'date' && parsed.value.precision === 'range') {
        problems.push({ path: name, reason: 'dateNoRange' });
        return undefined;
      }
      return parsed.value;
    }
    case 'date-range': {
      const range = asRange(input);
      const from = rangeEnd(range.from);
      const to = rangeEnd(range.to);
      if (from === 'bad') problems.push({ path: `${name}.from`, reason: 'dateRangeEnd' });
      if (to === 'bad') problems.push({ path: `${name}.to`, reason: 'dateRangeEnd' });
      if (from === 'bad' || to === 'bad' || (from === undefined && to === undefined)) {
        return undefined;
      }
      return {
        precision: 'range',
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
      };
    }
    case 'group': {
      const rows = asRows(input)
        .map((row) =>
          Object.fromEntries(
            Object.entries(row).filter(
              ([part, v]) => spec.parts?.[part] !== undefined && v.trim() !== '',
            ),
          ),
        )
        .filter((row) => Object.keys(row).length > 0);
      return rows.length === 0 ? undefined : rows;
    }
  }
};

/**
 * The record the form describes, with the inputs it could not read. The result is a candidate:
 * check it with `recordSchema(kind)` (see `validateForm`).
 */
export const toRecordData = (
  kind: RecordKind,
  values: FormValues,
): { data: Record<string, unknown>; problems: InputProblem[] } => {
  const problems: InputProblem[] = [];
  const data: Record<string, unknown> = {};
  for (const [name, spec] of tableOf(kind)) {
    const value = valueOf(name, spec, values[name], problems);
    if (value !== undefined) data[name] = value;
  }
  return { data, problems };
};

/**
 * Form values read back from a draft (untrusted shape): every field of the kind gets an input of
 * its own shape, anything else is dropped.
 */
export const valuesFromDraft = (kind: RecordKind, raw: unknown): FormValues => {
  const values = emptyValues(kind);
  if (typeof raw !== 'object' || raw === null) return values;
  const given = raw as Record<string, unknown>;
  for (const [name, spec] of tableOf(kind)) {
    const value = given[name];
    const empty = values[name];
    if (typeof empty === 'string' && typeof value === 'string') values[name] = value;
    else if (widgetOf(spec) === 'group' && Array.isArray(value)) {
      values[name] = value
        .filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null)
        .map((r) =>
          Object.fromEntries(
            Object.entries(r).filter((e): e is [string, string] => typeof e[1] === 'string'),
          ),
        );
    } else if (Array.isArray(empty) && Array.isArray(value)) {
      values[name] = value.filter((v): v is string => typeof v === 'string');
    } else if (widgetOf(spec) === 'date-range' && typeof value === 'object' && value !== null) {
      const r = value as Record<string, unknown>;
      values[name] = {
        from: typeof r.from === 'string' ? r.from : '',
        to: typeof r.to === 'string' ? r.to : '',
      };
    }
  }
  return values;
};

/** True when nothing has been typed (an empty form is not worth a draft). */
export const isBlank = (kind: RecordKind, values: FormValues): boolean => {
  const { data, problems } = toRecordData(kind, values);
  return Object.keys(data).length === 0 && problems.length === 0;
};
