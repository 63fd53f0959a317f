import alaLc from './data/iuliia/ala_lc.json';
import bgnPcgn from './data/iuliia/bgn_pcgn.json';
import bgnPcgnAlt from './data/iuliia/bgn_pcgn_alt.json';
import gost52535 from './data/iuliia/gost_52535.json';
import gost779 from './data/iuliia/gost_779.json';
import gost779Alt from './data/iuliia/gost_779_alt.json';
import icaoDoc9303 from './data/iuliia/icao_doc_9303.json';
import iso91968 from './data/iuliia/iso_9_1968.json';
import mvd310 from './data/iuliia/mvd_310.json';
import mvd782 from './data/iuliia/mvd_782.json';
import scientific from './data/iuliia/scientific.json';
import ungegn1987 from './data/iuliia/ungegn_1987.json';
import wikipedia from './data/iuliia/wikipedia.json';
import { interscriptBundle } from './interscript/bundle-data';
import { InterscriptEngine } from './interscript/engine';
import { IuliiaEngine, type IuliiaSchema } from './iuliia/engine';

/** One Cyrillic→Latin transliteration system that {@link transliterate} can run. */
export interface TranslitSystem {
  /** `iuliia:<schema>` or `interscript:<map>`. */
  id: string;
  family: 'iuliia' | 'interscript';
  /** ISO 639-2 code of the source language: rus, ukr or bel. */
  language: 'rus' | 'ukr' | 'bel';
  name: string;
  url: string[];
  /**
   * Set when the published table is known to be wrong; name matching then runs it the way
   * that is consistent (see `matchInput`), and the tests name the defect.
   */
  suspect?: string;
  /**
   * How name matching prepares a word for this system: `title` (Тарас), `upper` (ТАРАС, for the
   * ICAO Ukrainian map whose lower-case table is defective), or `title-и-as-і` (the MVD 2008
   * map, and 2010 which runs it, list Ukrainian і where their table has Russian и).
   */
  matchInput: 'title' | 'upper' | 'title-и-as-і';
}

const IULIIA: IuliiaSchema[] = [
  alaLc,
  bgnPcgn,
  bgnPcgnAlt,
  gost52535,
  gost779,
  gost779Alt,
  icaoDoc9303,
  iso91968,
  mvd310,
  mvd782,
  scientific,
  ungegn1987,
  wikipedia,
] as unknown as IuliiaSchema[];

const ICAO_UKR_DEFECT =
  'lower-case table drops у and ў, maps ю to "i" and has no і; Г is written G (ICAO uses H for ' +
  'Ukrainian). Upper case is consistent, so name matching runs it on upper-case text.';

const MVD_DEFECT =
  'the map lists Ukrainian і (U+0456) where the MVD table has Russian и, so и is left in ' +
  'Cyrillic (its own test writes Васiльева with a Latin i). Name matching feeds it і for и.';
const SUSPECT: Record<string, { defect: string; matchInput: TranslitSystem['matchInput'] }> = {
  'icao-ukr-Cyrl-Latn-9303': { defect: ICAO_UKR_DEFECT, matchInput: 'upper' },
  'mvd-rus-Cyrl-Latn-2008': { defect: MVD_DEFECT, matchInput: 'title-и-as-і' },
  'mvd-rus-Cyrl-Latn-2010': { defect: MVD_DEFECT, matchInput: 'title-и-as-і' },
};

const interscript = new InterscriptEngine(interscriptBundle);
const iuliia = new Map(IULIIA.map((s) => [s.name, new IuliiaEngine(s)]));

const languageOf = (code: string): TranslitSystem['language'] =>
  code === 'ukr' || code === 'bel' ? code : 'rus';

export const systems: readonly TranslitSystem[] = Object.freeze([
  ...IULIIA.map((s): TranslitSystem => ({
    id: `iuliia:${s.name}`,
    family: 'iuliia',
    language: 'rus',
    name: s.description,
    url: [s.url],
    matchInput: 'title',
  })),
  ...interscript.mapIds.map((id): TranslitSystem => {
    const map = interscript.map(id);
    const suspect = SUSPECT[id];
    return {
      id: `interscript:${id}`,
      family: 'interscript',
      language: languageOf(map.language),
      name: map.name,
      url: map.url,
      matchInput: suspect?.matchInput ?? 'title',
      ...(suspect && { suspect: suspect.defect }),
    };
  }),
]);

const byId = new Map(systems.map((s) => [s.id, s]));

/** Transliterates Cyrillic text with one system, exactly as its published table does. */
export const transliterate = (text: string, system: string): string => {
  const sys = byId.get(system);
  if (!sys) throw new Error(`unknown transliteration system ${system}`);
  if (sys.family === 'interscript') {
    return interscript.transliterate(sys.id.slice('interscript:'.length), text);
  }
  const engine = iuliia.get(sys.id.slice('iuliia:'.length));
  if (!engine) throw new Error(`unknown transliteration system ${system}`);
  return engine.transliterate(text);
};
