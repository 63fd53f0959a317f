import {
  facilityIdSchema,
  facilityInputSchema,
  type Facility,
  type FacilityInput,
} from '@vigil/core';
import { z } from 'zod';
import { parseTable } from './import/parse';

/**
 * The facility register as files people exchange: CSV (one row a facility, lists in one cell
 * separated by " | ") and GeoJSON (one Point feature a facility). Export then import gives the
 * same facilities back; every problem of an imported file is reported with its row or feature.
 */

/** One problem of an imported file, where a person can find it. */
export interface FacilityFileProblem {
  /** CSV: the row number as a spreadsheet shows it (header = 1); GeoJSON: the feature, 1-based. */
  readonly at: number;
  readonly field: string;
  readonly message: string;
}

export class FacilityFileError extends Error {
  override readonly name = 'FacilityFileError';
  constructor(
    message: string,
    readonly problems: readonly FacilityFileProblem[],
  ) {
    super(message);
  }
}

export interface FacilityFileItem {
  readonly id?: string;
  readonly facility: FacilityInput;
}

export const CSV_COLUMNS = [
  'id',
  'name_ru',
  'name_en',
  'name_uk',
  'aliases',
  'type',
  'authority',
  'region',
  'lat',
  'lon',
  'coordinate_precision',
  'capacity',
  'status',
  'units',
  'sources',
  'sample',
] as const;

// Lists in one cell: items split by " | ". Inside an item, "\\" escapes the characters that
// structure it (\\ | < > @), so any text survives export and import unchanged.
const SEPARATOR = ' | ';
const escapeText = (s: string): string => s.replace(/[\\|<>@]/g, (c) => `\\${c}`);
const unescapeText = (s: string): string => s.replace(/\\([\s\S])/g, '$1');
const joinList = (items: readonly string[]): string => items.join(SEPARATOR);

/** Splits a cell on unescaped "|" into raw items (escapes kept), trimmed, empty ones dropped. */
const splitRaw = (cell: string): string[] => {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charAt(i);
    if (c === '\\' && i + 1 < cell.length) current += c + cell.charAt(++i);
    else if (c === '|') {
      items.push(current);
      current = '';
    } else current += c;
  }
  items.push(current);
  return items.map((x) => x.trim()).filter((x) => x !== '');
};

/** A list cell's items as text. */
export const splitList = (cell: string): string[] => splitRaw(cell).map(unescapeText);

/** Index of the first unescaped `ch` in a raw item, or -1. */
const unescapedIndex = (raw: string, ch: string): number => {
  for (let i = 0; i < raw.length; i++) {
    if (raw.charAt(i) === '\\') i++;
    else if (raw.charAt(i) === ch) return i;
  }
  return -1;
};

const csvCell = (value: string): string =>
  /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

// status: "operating 2000-01-01..2020-12-31"; units: "shizo" or "pkt: name"; sources: "title <url>".
const statusText = (p: Facility['status'][number]): string =>
  p.from === undefined && p.to === undefined
    ? p.status
    : `${p.status} ${p.from ?? ''}..${p.to ?? ''}`;
const unitText = (u: Facility['units'][number]): string =>
  u.name === undefined ? u.kind : `${u.kind}: ${escapeText(u.name)}`;
const sourceText = (s: Facility['sources'][number]): string =>
  [
    escapeText(s.title),
    s.url === undefined ? '' : `<${escapeText(s.url)}>`,
    s.accessed === undefined ? '' : `@${s.accessed}`,
  ]
    .filter((x) => x !== '')
    .join(' ');

/** The register as CSV, UTF-8 text with a header row; lists in one cell, split by " | ". */
export const facilitiesToCsv = (facilities: readonly Facility[]): string => {
  const rows = facilities.map((f) => [
    f.id,
    f.names.ru ?? '',
    f.names.en ?? '',
    f.names.uk ?? '',
    joinList(f.aliases.map(escapeText)),
    f.type,
    f.authority,
    f.region,
    f.coordinates === null ? '' : String(f.coordinates.lat),
    f.coordinates === null ? '' : String(f.coordinates.lon),
    f.coordinates === null ? '' : f.coordinates.precision,
    f.capacity === null ? '' : String(f.capacity),
    joinList(f.status.map(statusText)),
    joinList(f.units.map(unitText)),
    joinList(f.sources.map(sourceText)),
    f.sample ? 'true' : 'false',
  ]);
  return (
    [CSV_COLUMNS as readonly string[], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') +
    '\r\n'
  );
};

const STATUS_ITEM = /^(\S+)(?:\s+(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?)?$/;

const parseStatus = (raw: string): Record<string, unknown> => {
  const item = unescapeText(raw);
  const m = STATUS_ITEM.exec(item);
  if (m === null) return { status: item };
  return {
    status: m[1],
    ...(m[2] === undefined ? {} : { from: m[2] }),
    ...(m[3] === undefined ? {} : { to: m[3] }),
  };
};
const parseUnit = (raw: string): Record<string, unknown> => {
  const colon = unescapedIndex(raw, ':');
  return colon < 0
    ? { kind: unescapeText(raw).trim() }
    : { kind: raw.slice(0, colon).trim(), name: unescapeText(raw.slice(colon + 1)).trim() };
};
/** "title <url> @YYYY-MM-DD", the URL and the day optional. */
const parseSource = (raw: string): Record<string, unknown> => {
  let rest = raw;
  let accessed: string | undefined;
  const at = unescapedIndex(rest, '@');
  if (at >= 0) {
    accessed = rest.slice(at + 1).trim();
    rest = rest.slice(0, at);
  }
  let url: string | undefined;
  const open = unescapedIndex(rest, '<');
  if (open >= 0) {
    const close = unescapedIndex(rest.slice(open), '>');
    url = unescapeText(
      close < 0 ? rest.slice(open + 1) : rest.slice(open + 1, open + close),
    ).trim();
    rest = rest.slice(0, open);
  }
  return {
    title: unescapeText(rest).trim(),
    ...(url === undefined ? {} : { url }),
    ...(accessed === undefined ? {} : { accessed }),
  };
};

const numberOrText = (cell: string): number | string => {
  const n = Number(cell);
  return cell.trim() !== '' && Number.isFinite(n) ? n : cell;
};

/** The zod issues of one item as problems at `at`, with a field path people can read. */
const problemsOf = (
  at: number,
  error: z.ZodError,
  rename: (path: string) => string,
): FacilityFileProblem[] =>
  error.issues.map((issue) => ({
    at,
    field: rename(issue.path.join('.')),
    message: issue.message,
  }));

const CSV_FIELD: Record<string, string> = {
  'names.ru': 'name_ru',
  'names.en': 'name_en',
  'names.uk': 'name_uk',
  names: 'name_ru/name_en/name_uk',
  'coordinates.lat': 'lat',
  'coordinates.lon': 'lon',
  'coordinates.precision': 'coordinate_precision',
};
const csvField = (path: string): string =>
  CSV_FIELD[path] ??
  path.replace(
    /^(status|units|sources|aliases)\.(\d+).*$/,
    (_m, col: string, i: string) => `${col} (item ${Number(i) + 1})`,
  );

const finish = (
  items: FacilityFileItem[],
  problems: FacilityFileProblem[],
  what: string,
): FacilityFileItem[] => {
  if (problems.length > 0) {
    throw new FacilityFileError(
      `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in the ${what}; nothing was imported.`,
      problems,
    );
  }
  if (items.length === 0) throw new FacilityFileError(`The ${what} has no facilities.`, []);
  return items;
};

/** Reads facilities from CSV bytes (as exported, or written by hand with the same columns). */
export const facilitiesFromCsv = async (bytes: Uint8Array): Promise<FacilityFileItem[]> => {
  // The delimiter is read off the header row, whose column names hold none: cells below may be
  // full of commas, semicolons and bars, which would throw a guess over the whole file.
  const header = new TextDecoder().decode(bytes.subarray(0, 4096)).split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [',', ';', '\t', '|'].reduce((best, d) =>
    header.split(d).length > header.split(best).length ? d : best,
  );
  const table = await parseTable(bytes, 'csv', { delimiter });
  const col = new Map(table.columns.map((c, i) => [c.trim().toLowerCase(), i]));
  const missing = ['type', 'authority', 'region'].filter((c) => !col.has(c));
  if (missing.length > 0 || !['name_ru', 'name_en', 'name_uk'].some((c) => col.has(c))) {
    throw new FacilityFileError(
      `The CSV file lacks the column${missing.length === 1 ? '' : 's'} ${[...missing, ...(['name_ru', 'name_en', 'name_uk'].some((c) => col.has(c)) ? [] : ['name_ru, name_en or name_uk'])].join(', ')}. Columns: ${CSV_COLUMNS.join(', ')}.`,
      [],
    );
  }
  const items: FacilityFileItem[] = [];
  const problems: FacilityFileProblem[] = [];
  table.rows.forEach((row, r) => {
    const at = table.rowNumbers[r] ?? r + 2;
    const cell = (name: string): string => {
      const i = col.get(name);
      return i === undefined ? '' : (row[i] ?? '').trim();
    };
    const opt = (name: string) => (cell(name) === '' ? undefined : cell(name));
    const lat = cell('lat');
    const lon = cell('lon');
    const candidate = {
      names: Object.fromEntries(
        (['ru', 'en', 'uk'] as const).flatMap((l) =>
          opt(`name_${l}`) === undefined ? [] : [[l, cell(`name_${l}`)]],
        ),
      ),
      aliases: splitList(cell('aliases')),
      type: cell('type'),
      authority: cell('authority'),
      region: cell('region').toUpperCase(),
      coordinates:
        lat === '' && lon === ''
          ? null
          : {
              lat: numberOrText(lat),
              lon: numberOrText(lon),
              ...(opt('coordinate_precision') === undefined
                ? {}
                : { precision: cell('coordinate_precision') }),
            },
      capacity: cell('capacity') === '' ? null : numberOrText(cell('capacity')),
      status: splitRaw(cell('status')).map(parseStatus),
      units: splitRaw(cell('units')).map(parseUnit),
      sources: splitRaw(cell('sources')).map(parseSource),
      sample: cell('sample').toLowerCase() === 'true',
    };
    const parsed = facilityInputSchema.safeParse(candidate);
    const id = opt('id');
    const idOk = id === undefined || facilityIdSchema.safeParse(id).success;
    if (!idOk)
      problems.push({ at, field: 'id', message: 'not a UUID: leave it empty for a new facility' });
    if (!parsed.success) problems.push(...problemsOf(at, parsed.error, csvField));
    else if (idOk) items.push({ ...(id === undefined ? {} : { id }), facility: parsed.data });
  });
  return finish(items, problems, 'CSV file');
};

/** The register as a GeoJSON FeatureCollection: a Point per facility (null without coordinates). */
export const facilitiesToGeoJson = (facilities: readonly Facility[]): string =>
  JSON.stringify(
    {
      type: 'FeatureCollection',
      features: facilities.map((f) => ({
        type: 'Feature',
        id: f.id,
        geometry:
          f.coordinates === null
            ? null
            : { type: 'Point', coordinates: [f.coordinates.lon, f.coordinates.lat] },
        properties: {
          names: f.names,
          aliases: f.aliases,
          type: f.type,
          authority: f.authority,
          region: f.region,
          coordinatePrecision: f.coordinates?.precision ?? null,
          capacity: f.capacity,
          status: f.status,
          units: f.units,
          sources: f.sources,
          sample: f.sample,
        },
      })),
    },
    null,
    2,
  );

const featureSchema = z.object({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]).optional(),
  geometry: z
    .object({
      type: z.literal('Point'),
      coordinates: z.tuple([z.number(), z.number()]).rest(z.number()),
    })
    .nullable(),
  properties: z.record(z.string(), z.unknown()).nullable(),
});

/** Reads facilities from GeoJSON text: a FeatureCollection of Points (or null geometries). */
export const facilitiesFromGeoJson = (text: string): FacilityFileItem[] => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new FacilityFileError(`The file is not JSON: ${(e as Error).message}`, []);
  }
  const collection = z
    .object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) })
    .safeParse(json);
  if (!collection.success) {
    throw new FacilityFileError(
      'The file is not a GeoJSON FeatureCollection ({ "type": "FeatureCollection", "features": [...] }).',
      [],
    );
  }
  const items: FacilityFileItem[] = [];
  const problems: FacilityFileProblem[] = [];
  collection.data.features.forEach((raw, i) => {
    const at = i + 1;
    const feature = featureSchema.safeParse(raw);
    if (!feature.success) {
      problems.push({
        at,
        field: 'geometry',
        message: 'each feature must be a Point (or have a null geometry)',
      });
      return;
    }
    const { coordinatePrecision, ...props } = feature.data.properties ?? {};
    const point = feature.data.geometry?.coordinates;
    const parsed = facilityInputSchema.safeParse({
      ...props,
      coordinates:
        point === undefined
          ? null
          : {
              lon: point[0],
              lat: point[1],
              ...(coordinatePrecision == null ? {} : { precision: coordinatePrecision }),
            },
    });
    const id = typeof feature.data.id === 'string' ? feature.data.id : undefined;
    const idOk = id === undefined || facilityIdSchema.safeParse(id).success;
    if (!idOk)
      problems.push({ at, field: 'id', message: 'not a UUID: leave it out for a new facility' });
    if (!parsed.success) problems.push(...problemsOf(at, parsed.error, (p) => p));
    else if (idOk) items.push({ ...(id === undefined ? {} : { id }), facility: parsed.data });
  });
  return finish(items, problems, 'GeoJSON file');
};
