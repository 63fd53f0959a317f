import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv';
import { buildBundle } from './bundle';
import { interscriptBundle } from './bundle-data';
import { InterscriptEngine } from './engine';

const data = new URL('../data/', import.meta.url);
const engine = new InterscriptEngine(interscriptBundle);

const vectors = parseCsv(
  readFileSync(new URL('vectors/interscript_test_vectors.csv', data), 'utf8'),
)
  .slice(1)
  .map(([map = '', cyrillic = '', latin = '']) => ({ map, cyrillic, latin }));

/**
 * One row of interscript_test_vectors.csv is known wrong: it was cut at the escaped quote of the
 * map's own test `test "съезд", "s\"ezd"` (GOST 7.79 writes ъ as a straight double quote).
 */
const TRUNCATED_ROW = { map: 'gost-rus-Cyrl-Latn-7.79-2000-2002', cyrillic: 'съезд', latin: 's\\' };
const isTruncatedRow = (v: (typeof vectors)[number]): boolean =>
  v.map === TRUNCATED_ROW.map && v.cyrillic === TRUNCATED_ROW.cyrillic;

describe('interscript maps', () => {
  it('the derived vector file holds the 489 official pairs', () => {
    expect(vectors).toHaveLength(489);
  });

  it.each(vectors.filter((v) => !isTruncatedRow(v)))(
    '$map writes $cyrillic as $latin',
    ({ map, cyrillic, latin }) => {
      expect(engine.transliterate(map, cyrillic)).toBe(latin);
    },
  );

  it('the one truncated vector row (съезд under GOST 7.79) is the map\'s own s"ezd, cut at the quote', () => {
    const row = vectors.find(isTruncatedRow);
    expect(row?.latin).toBe(TRUNCATED_ROW.latin);
    const own = engine.map(TRUNCATED_ROW.map).tests.find(([c]) => c === 'съезд');
    expect(own).toEqual(['съезд', 's"ezd']);
    expect(engine.transliterate(TRUNCATED_ROW.map, 'съезд')).toBe('s"ezd');
  });

  const ownTests = engine.mapIds.flatMap((id) =>
    engine.map(id).tests.map(([cyrillic, latin]) => ({ id, cyrillic, latin })),
  );
  it.each(ownTests)('$id passes its own test $cyrillic → $latin', ({ id, cyrillic, latin }) => {
    expect(engine.transliterate(id, cyrillic)).toBe(latin);
  });

  it('the generated JSON is the parse of the .imp sources (run scripts/build-translit.ts)', () => {
    const dir = new URL('interscript/', data);
    const sources = Object.fromEntries(
      readdirSync(dir)
        .filter((f) => f.endsWith('.imp'))
        .map((f) => [f.slice(0, -4), readFileSync(new URL(f, dir), 'utf8')]),
    );
    expect(JSON.parse(JSON.stringify(buildBundle(sources)))).toEqual(interscriptBundle);
  });

  it('every dependency a map runs is present', () => {
    for (const id of engine.mapIds) {
      for (const dep of Object.values(engine.map(id).dependencies)) {
        expect(engine.mapIds, `${id} needs ${dep}`).toContain(dep);
      }
    }
  });

  describe('ICAO Doc 9303 Ukrainian map (flagged suspect in shared/data/README.md)', () => {
    const icao = 'icao-ukr-Cyrl-Latn-9303';
    it('upper case follows the table: Г→G, И→Y, Й→I, Ю→IU, Я→IA, Є→IE, Ї→I, І→I', () => {
      expect(engine.transliterate(icao, 'ГРИГОРІЙ ЮЛІЯ ЯРЕМА ЄВГЕН ЇЖАК ШЕВЧЕНКО')).toBe(
        'GRYGORII IULIIA IAREMA IEVGEN IZHAK SHEVCHENKO',
      );
    });
    it('known defect: lower-case у is dropped, ю becomes "i" and і is left in Cyrillic', () => {
      expect(engine.transliterate(icao, 'Юлія Шумук')).toBe('IUl\u0456ia SHmk');
    });
  });
});
