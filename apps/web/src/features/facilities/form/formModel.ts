import {
  FACILITY_AUTHORITIES,
  FACILITY_STATUSES,
  FACILITY_TYPES,
  FACILITY_UNIT_KINDS,
  facilityInputSchema,
  type Facility,
  type FacilityAuthority,
  type FacilityInputWire,
  type FacilityStatus,
  type FacilityType,
  type FacilityUnitKind,
  type FieldError,
} from '@vigil/core';
import type { COORDINATE_PRECISIONS } from '@vigil/core';
import type { MessageId } from '../../../app/i18n/en';

/**
 * The facility form's state and its mapping to and from the API's facility. The state is text,
 * so a half-typed latitude survives re-renders; `toFacilityInput` turns it into a facility or
 * into problems, each at a path of the form (`coordinates.lat`, `status.1.to`), which is also
 * where the server's field errors land (`facility.coordinates` → `coordinates`).
 */

export type Precision = (typeof COORDINATE_PRECISIONS)[number];

export interface StatusRow {
  readonly status: FacilityStatus | '';
  readonly from: string;
  readonly to: string;
}
export interface UnitRow {
  readonly kind: FacilityUnitKind | '';
  readonly name: string;
}
export interface SourceRow {
  readonly title: string;
  readonly url: string;
  readonly accessed: string;
}

export interface FormValues {
  readonly names: { readonly ru: string; readonly en: string; readonly uk: string };
  readonly aliases: readonly string[];
  readonly type: FacilityType | '';
  readonly authority: FacilityAuthority | '';
  readonly region: string;
  readonly lat: string;
  readonly lon: string;
  readonly precision: Precision;
  readonly capacity: string;
  readonly status: readonly StatusRow[];
  readonly units: readonly UnitRow[];
  readonly sources: readonly SourceRow[];
  /** Kept as the facility had it: editing a sample entry does not make it documented data. */
  readonly sample: boolean;
}

/** A problem at a path of the form: a catalog message, or the server's own words. */
export type FormProblem =
  | { readonly path: string; readonly id: MessageId }
  | { readonly path: string; readonly text: string };

export const emptyStatus: StatusRow = { status: '', from: '', to: '' };
export const emptyUnit: UnitRow = { kind: '', name: '' };
export const emptySource: SourceRow = { title: '', url: '', accessed: '' };

export const emptyValues = (): FormValues => ({
  names: { ru: '', en: '', uk: '' },
  aliases: [],
  type: '',
  authority: '',
  region: '',
  lat: '',
  lon: '',
  precision: 'settlement',
  capacity: '',
  status: [],
  units: [],
  sources: [],
  sample: false,
});

/** The form showing a facility as stored. */
export const valuesFromFacility = (f: Facility): FormValues => ({
  names: { ru: f.names.ru ?? '', en: f.names.en ?? '', uk: f.names.uk ?? '' },
  aliases: f.aliases,
  type: f.type,
  authority: f.authority,
  region: f.region,
  lat: f.coordinates === null ? '' : String(f.coordinates.lat),
  lon: f.coordinates === null ? '' : String(f.coordinates.lon),
  precision: f.coordinates?.precision ?? 'settlement',
  capacity: f.capacity === null ? '' : String(f.capacity),
  status: f.status.map((p) => ({ status: p.status, from: p.from ?? '', to: p.to ?? '' })),
  units: f.units.map((u) => ({ kind: u.kind, name: u.name ?? '' })),
  sources: f.sources.map((s) => ({ title: s.title, url: s.url ?? '', accessed: s.accessed ?? '' })),
  sample: f.sample,
});

const blank = (s: string): boolean => s.trim() === '';
const optional = (s: string): string | undefined => (blank(s) ? undefined : s.trim());

/** Decimal degrees as people type them: a comma is read as the decimal point. */
const parseNumber = (s: string): number | null => {
  const text = s.trim().replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
  return Number(text);
};

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/**
 * The facility the form describes, or the problems that keep it from being one. Rows left
 * entirely empty are dropped (an "Add" pressed once too often is not an error).
 */
export const toFacilityInput = (
  v: FormValues,
): { input: FacilityInputWire; problems: FormProblem[] } => {
  const problems: FormProblem[] = [];
  const names = {
    ...(optional(v.names.ru) === undefined ? {} : { ru: v.names.ru.trim() }),
    ...(optional(v.names.en) === undefined ? {} : { en: v.names.en.trim() }),
    ...(optional(v.names.uk) === undefined ? {} : { uk: v.names.uk.trim() }),
  };
  if (Object.keys(names).length === 0)
    problems.push({ path: 'names', id: 'facilities.form.nameRequired' });
  if (v.type === '') problems.push({ path: 'type', id: 'facilities.form.required' });
  if (v.authority === '') problems.push({ path: 'authority', id: 'facilities.form.required' });
  if (blank(v.region)) problems.push({ path: 'region', id: 'facilities.form.required' });

  let coordinates: FacilityInputWire['coordinates'] = null;
  if (!blank(v.lat) || !blank(v.lon)) {
    const lat = parseNumber(v.lat);
    const lon = parseNumber(v.lon);
    if (blank(v.lat) || blank(v.lon)) {
      problems.push({ path: 'coordinates', id: 'facilities.form.bothCoordinates' });
    }
    if (!blank(v.lat) && lat === null)
      problems.push({ path: 'coordinates.lat', id: 'facilities.form.notNumber' });
    if (!blank(v.lon) && lon === null)
      problems.push({ path: 'coordinates.lon', id: 'facilities.form.notNumber' });
    if (lat !== null && lon !== null) coordinates = { lat, lon, precision: v.precision };
  }

  let capacity: number | null = null;
  if (!blank(v.capacity)) {
    const n = parseNumber(v.capacity);
    if (n === null || !Number.isInteger(n))
      problems.push({ path: 'capacity', id: 'facilities.form.notInteger' });
    else capacity = n;
  }

  const status = v.status
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => !(row.status === '' && blank(row.from) && blank(row.to)));
  for (const { row, i } of status) {
    if (row.status === '')
      problems.push({ path: `status.${i}.status`, id: 'facilities.form.required' });
  }
  const units = v.units
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => !(row.kind === '' && blank(row.name)));
  for (const { row, i } of units) {
    if (row.kind === '') problems.push({ path: `units.${i}.kind`, id: 'facilities.form.required' });
  }
  const sources = v.sources
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => !(blank(row.title) && blank(row.url) && blank(row.accessed)));
  for (const { row, i } of sources) {
    if (blank(row.title))
      problems.push({ path: `sources.${i}.title`, id: 'facilities.form.required' });
  }

  const input: FacilityInputWire = {
    names,
    aliases: v.aliases.map((a) => a.trim()).filter((a) => a !== ''),
    type: isOneOf(FACILITY_TYPES, v.type) ? v.type : 'other',
    authority: isOneOf(FACILITY_AUTHORITIES, v.authority) ? v.authority : 'unknown',
    region: v.region.trim().toUpperCase(),
    coordinates,
    capacity,
    status: status.map(({ row }) => ({
      status: isOneOf(FACILITY_STATUSES, row.status) ? row.status : 'unknown',
      ...(optional(row.from) === undefined ? {} : { from: row.from.trim() }),
      ...(optional(row.to) === undefined ? {} : { to: row.to.trim() }),
    })),
    units: units.map(({ row }) => ({
      kind: isOneOf(FACILITY_UNIT_KINDS, row.kind) ? row.kind : 'other',
      ...(optional(row.name) === undefined ? {} : { name: row.name.trim() }),
    })),
    sources: sources.map(({ row }) => ({
      title: row.title.trim(),
      ...(optional(row.url) === undefined ? {} : { url: row.url.trim() }),
      ...(optional(row.accessed) === undefined ? {} : { accessed: row.accessed.trim() }),
    })),
    sample: v.sample,
  };

  // The rows kept are renumbered in `input`; map the schema's indexes back to the form's rows.
  const rowIndex: Record<string, number[]> = {
    status: status.map(({ i }) => i),
    units: units.map(({ i }) => i),
    sources: sources.map(({ i }) => i),
  };
  if (problems.length === 0) {
    const parsed = facilityInputSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [head, index, ...rest] = issue.path.map(String);
        const rows = head === undefined ? undefined : rowIndex[head];
        const path =
          rows !== undefined && index !== undefined
            ? [head, String(rows[Number(index)] ?? index), ...rest].join('.')
            : issue.path.map(String).join('.');
        const id = messageOfIssue(issue.path.map(String), issue.code);
        problems.push(id === undefined ? { path, text: issue.message } : { path, id });
      }
    }
  }
  return { input, problems };
};

/**
 * The catalog message for the schema's checks people meet most (in the user's language); other
 * issues keep the schema's own sentence. Keyed on the path and the kind of check, never the text.
 */
const messageOfIssue = (path: readonly string[], code: string): MessageId | undefined => {
  const [head, , field] = path;
  if (head === 'status' && path.length === 2 && code === 'custom') return 'facilities.form.overlap';
  if (head === 'status' && field === 'to' && code === 'custom')
    return 'facilities.form.endsBeforeStart';
  if (head === 'status' && (field === 'from' || field === 'to')) return 'facilities.form.badDay';
  if (head === 'sources' && field === 'accessed') return 'facilities.form.badDay';
  if (head === 'sources' && field === 'url') return 'facilities.form.badUrl';
  if (head === 'coordinates' && (path[1] === 'lat' || path[1] === 'lon'))
    return 'facilities.form.outOfRange';
  if (head === 'capacity') return 'facilities.form.notInteger';
  return undefined;
};

/**
 * A field error of the API as a path of the form. The server says `facility.coordinates`, the
 * client's own check of the request `body.facility.coordinates.lat`; both mean the same field.
 */
export const formPathOf = (apiPath: string): string =>
  apiPath.replace(/^body\./, '').replace(/^facility(\.|$)/, '');

/** The API's field errors as problems of the form. */
export const problemsFromApi = (fields: readonly FieldError[]): FormProblem[] =>
  fields.map((f) => ({ path: formPathOf(f.path), text: f.message }));

/** The problems shown at a field: those at its path, and with `deep` also those below it. */
export const problemsAt = (
  problems: readonly FormProblem[],
  path: string,
  deep = false,
): FormProblem[] =>
  problems.filter((p) => p.path === path || (deep && p.path.startsWith(`${path}.`)));
