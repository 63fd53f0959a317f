import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { systems, transliterate } from './systems';

const kmu = parseCsv(
  readFileSync(new URL('./data/vectors/ukr_kmu2010_table.csv', import.meta.url), 'utf8'),
)
  .slice(1)
  .map(([cyrillic = '', wordInitial = '', elsewhere = '']) => ({
    cyrillic,
    wordInitial,
    elsewhere,
  }));

/** The two maps that implement the Cabinet of Ministers resolution No. 55 of 2010. */
const KMU_SYSTEMS = ['interscript:ua-ukr-Cyrl-Latn-2010', 'interscript:un-ukr-Cyrl-Latn-2012'];

describe('transliteration systems', () => {
  it('lists the 13 iuliia schemas and every interscript map, Russian, Ukrainian and Belarusian', () => {
    expect(systems.filter((s) => s.family === 'iuliia')).toHaveLength(13);
    expect(systems.filter((s) => s.family === 'interscript')).toHaveLength(22);
    expect(new Set(systems.map((s) => s.language))).toEqual(new Set(['rus', 'ukr', 'bel']));
    expect(new Set(systems.map((s) => s.id)).size).toBe(systems.length);
  });

  it('flags the ICAO Ukrainian and the two MVD maps as suspect, and says how matching runs them', () => {
    const suspect = systems.filter((s) => s.suspect);
    expect(suspect.map((s) => [s.id, s.matchInput])).toEqual([
      ['interscript:icao-ukr-Cyrl-Latn-9303', 'upper'],
      ['interscript:mvd-rus-Cyrl-Latn-2008', 'title-и-as-і'],
      ['interscript:mvd-rus-Cyrl-Latn-2010', 'title-и-as-і'],
    ]);
    expect(systems.filter((s) => !s.suspect).every((s) => s.matchInput === 'title')).toBe(true);
  });

  it('known MVD 2008 map defect: Russian и is left in Cyrillic, Ukrainian і is written i', () => {
    expect(transliterate('Василий', 'interscript:mvd-rus-Cyrl-Latn-2008')).toBe(
      'Vas\u0438l\u0438j',
    );
    expect(transliterate('Вас\u0456л\u0456й', 'interscript:mvd-rus-Cyrl-Latn-2008')).toBe(
      'Vasilij',
    );
  });

  it('refuses an unknown system', () => {
    expect(() => transliterate('Тарас', 'iuliia:nope')).toThrow(/unknown/);
  });

  describe.each(KMU_SYSTEMS)('%s against the KMU 2010 table', (system) => {
    const letters = kmu.filter((r) => /^\p{Script=Cyrillic}$/u.test(r.cyrillic));
    it('the table has the 33 letters and the apostrophe row', () => {
      expect(letters).toHaveLength(33);
      expect(kmu.find((r) => r.cyrillic.includes('apostrophe'))).toMatchObject({
        wordInitial: '',
        elsewhere: '',
      });
    });
    it.each(letters.filter((r) => r.cyrillic !== 'г' && r.cyrillic !== 'й'))(
      '$cyrillic is $wordInitial at the start of a word and $elsewhere elsewhere',
      ({ cyrillic, wordInitial, elsewhere }) => {
        const upper = cyrillic.toUpperCase();
        expect(transliterate(`${upper}а`, system).toLowerCase()).toBe(`${wordInitial}a`);
        expect(transliterate(`а${cyrillic}`, system)).toBe(`a${elsewhere}`);
      },
    );
    it('г is h, and gh after з (the table\'s "h (gh after з)")', () => {
      expect(transliterate('Гага', system)).toBe('Haha');
      expect(transliterate('Згурський', system)).toBe('Zghurskyi');
    });
    it('й is y at the start of a word and i elsewhere', () => {
      expect(transliterate('Йосип', system)).toBe('Yosyp');
      expect(transliterate('Андрій', system)).toBe('Andrii');
    });
    it('known map defect: a lower-case word-initial й gives "i" (the map tests capital Й only)', () => {
      expect(transliterate('йосип', system)).toBe('iosyp');
    });
    it("the apostrophe (' and ’) is not written", () => {
      expect(transliterate("Знам'янка", system)).toBe('Znamianka');
      expect(transliterate('Знам’янка', system)).toBe('Znamianka');
    });
  });
});
