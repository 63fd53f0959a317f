import {
  FACILITY_AUTHORITIES,
  FACILITY_STATUSES,
  FACILITY_TYPES,
  FACILITY_UNIT_KINDS,
  COORDINATE_PRECISIONS,
  REGIONS,
  facilityInputOf,
  facilitySchema,
  type Facility,
  type FacilityId,
} from '@vigil/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  facilitiesFromCsv,
  facilitiesFromGeoJson,
  facilitiesToCsv,
  facilitiesToGeoJson,
  FacilityFileError,
  splitList,
} from './facility-files';

const encode = (s: string) => new TextEncoder().encode(s);

/** Text as people write it: any characters, the separators and escapes included, trimmed. */
const text = (max: number) =>
  fc
    .string({
      unit: fc.constantFrom(...'aZ я,;"\'|\\<>@:()\n\tІї-0.'.split('')),
      minLength: 1,
      maxLength: max,
    })
    .map((s) => s.trim())
    .filter((s) => s !== '');

const isoDay = (n: number) => new Date(Date.UTC(1950, 0, 1 + n)).toISOString().slice(0, 10);
const day = fc.integer({ min: 0, max: 20_000 }).map(isoDay);
const coordinate = (limit: number) =>
  fc
    .double({ min: -limit, max: limit, noNaN: true, noDefaultInfinity: true })
    .map((x) => (x === 0 ? 0 : x));

const facility: fc.Arbitrary<Facility> = fc
  .record({
    id: fc.uuid({ version: 7 }).map((u) => u as FacilityId),
    version: fc.constant(1),
    names: fc
      .record({ ru: text(40), en: text(40), uk: text(40) }, { requiredKeys: [] })
      .filter((n) => Object.keys(n).length > 0),
    aliases: fc.array(text(30), { maxLength: 3 }),
    type: fc.constantFrom(...FACILITY_TYPES),
    authority: fc.constantFrom(...FACILITY_AUTHORITIES),
    region: fc.constantFrom(...REGIONS.map((r) => r.code)),
    coordinates: fc.option(
      fc.record({
        lat: coordinate(90),
        lon: coordinate(180),
        precision: fc.constantFrom(...COORDINATE_PRECISIONS),
      }),
    ),
    capacity: fc.option(fc.integer({ min: 0, max: 100_000 })),
    status: fc
      .tuple(
        fc.constantFrom(...FACILITY_STATUSES),
        fc.constantFrom(...FACILITY_STATUSES),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 1, max: 2_000 }),
        fc.boolean(),
      )
      // The second period starts some days after the first ends: they never overlap.
      .map(([a, b, end, gap, two]) =>
        two
          ? [
              { status: a, to: isoDay(end) },
              { status: b, from: isoDay(end + gap) },
            ]
          : [{ status: a, from: isoDay(end) }],
      ),
    units: fc.array(
      fc.record(
        { kind: fc.constantFrom(...FACILITY_UNIT_KINDS), name: text(20) },
        { requiredKeys: ['kind'] },
      ),
      { maxLength: 3 },
    ),
    sources: fc.array(
      fc.record(
        { title: text(40), url: fc.webUrl({ validSchemes: ['https'] }), accessed: day },
        { requiredKeys: ['title'] },
      ),
      { maxLength: 3 },
    ),
    sample: fc.boolean(),
    mergedInto: fc.constant(null),
    createdAt: fc.constant('2026-01-01T00:00:00.000Z'),
    updatedAt: fc.constant('2026-01-01T00:00:00.000Z'),
  })
  // Parsed, so that days and ids carry their brands as the client's own facilities do.
  .map((f) => facilitySchema.parse(f));

/** What an import gives back for an exported facility: its id and its input. */
const asItem = (f: Facility) => ({ id: f.id, facility: facilityInputOf(f) });

describe('facility files', () => {
  it('gives back every facility unchanged after CSV export and import', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(facility, { minLength: 1, maxLength: 5 }), async (fs) => {
        expect(await facilitiesFromCsv(encode(facilitiesToCsv(fs)))).toEqual(fs.map(asItem));
      }),
      { numRuns: 200 },
    );
  });

  it('gives back every facility unchanged after GeoJSON export and import', () => {
    fc.assert(
      fc.property(fc.array(facility, { minLength: 1, maxLength: 5 }), (fs) => {
        expect(facilitiesFromGeoJson(facilitiesToGeoJson(fs))).toEqual(fs.map(asItem));
      }),
      { numRuns: 200 },
    );
  });

  it('splits a list cell on unescaped bars only', () => {
    expect(splitList('a | b\\|c |  | d\\\\')).toEqual(['a', 'b|c', 'd\\']);
  });

  it('reads a hand-written CSV with semicolons and only the needed columns', async () => {
    const items = await facilitiesFromCsv(
      encode('name_ru;type;authority;region\nИК-6 Мелехово;penal-colony-strict;fsin;ru-vla\n'),
    );
    expect(items).toEqual([
      {
        facility: expect.objectContaining({
          names: { ru: 'ИК-6 Мелехово' },
          region: 'RU-VLA',
          coordinates: null,
        }),
      },
    ]);
  });

  it('names the row and column of every problem, and imports nothing', async () => {
    const csv =
      'name_en,type,authority,region,lat,lon,id\nGood,prison,fsin,RU-VLA,56.1,40.4,\nBad,dungeon,fsin,RU-VLA,north,40.4,\n,prison,fsin,RU-VLA,,,not-a-uuid\n';
    const error = await facilitiesFromCsv(encode(csv)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FacilityFileError);
    const problems = (error as FacilityFileError).problems.map((p) => `${p.at}:${p.field}`);
    expect(problems).toEqual(
      expect.arrayContaining(['3:type', '3:lat', '4:id', '4:name_ru/name_en/name_uk']),
    );
    expect((error as FacilityFileError).message).toMatch(/nothing was imported/);
  });

  it('refuses a CSV without the columns a facility needs, listing them', async () => {
    await expect(facilitiesFromCsv(encode('name,kind\nx,y\n'))).rejects.toThrow(
      /lacks the columns type, authority, region, name_ru, name_en or name_uk/,
    );
  });

  it('refuses GeoJSON that is not a FeatureCollection of points', () => {
    expect(() => facilitiesFromGeoJson('{"type":"Feature"}')).toThrow(/FeatureCollection/);
    expect(() =>
      facilitiesFromGeoJson(
        '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Polygon","coordinates":[]},"properties":{}}]}',
      ),
    ).toThrow(FacilityFileError);
    expect(() => facilitiesFromGeoJson('not json')).toThrow(/not JSON/);
  });
});
