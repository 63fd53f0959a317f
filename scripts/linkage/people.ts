/**
 * Synthetic person records for record linkage: Russian and Ukrainian people, each written by one
 * to five records in several sources, in Cyrillic or in one of many Latin transliterations, with
 * the errors lists really have: swapped given name and surname, missing patronymics, typos,
 * partial, transposed and mistyped dates, missing and wrong regions. Deterministic for a seed;
 * the truth (which person each record is) comes with the records.
 */
import { rng, type Rng } from '@vigil/analytics';
import { REGIONS, RUSSIAN, UKRAINIAN, type NameLists } from './name-lists';

/** A transliteration system as core describes it (`translitSystems`). */
export interface SystemInfo {
  readonly id: string;
  readonly language: string;
  readonly matchInput: 'title' | 'upper' | 'title-и-as-і';
}

/** What the generator needs from core: its systems and a way to run one. */
export interface Transliteration {
  readonly systems: readonly SystemInfo[];
  readonly transliterate: (text: string, systemId: string) => string;
}

export interface SyntheticOptions {
  /** Records to generate (the last person may add a few more). */
  readonly records: number;
  readonly seed: number;
  /** Sources (default 3): 1 writes Cyrillic, 2 passport-style Latin, 3 a mix; then repeating. */
  readonly sources?: number;
}

/** The columns of every synthetic source. */
export const SYNTHETIC_COLUMNS = [
  'surname',
  'given_name',
  'patronymic',
  'birth_date',
  'region',
] as const;
export type SyntheticColumn = (typeof SYNTHETIC_COLUMNS)[number];

export interface SyntheticSource {
  readonly ids: string[];
  readonly columns: Record<SyntheticColumn, string[]>;
  /** The person each record describes. */
  readonly person: string[];
}

interface Person {
  readonly id: string;
  readonly language: 'rus' | 'ukr';
  readonly given: string;
  readonly patronymic: string;
  readonly surname: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly region: string;
}

/** Share of records per number of records a person has (1 to 5). */
const RECORDS_PER_PERSON = [0.45, 0.3, 0.15, 0.07, 0.03];
/** Latin systems a passport-style source uses, by language. */
const PASSPORT = {
  rus: ['iuliia:icao_doc_9303', 'iuliia:mvd_782', 'iuliia:mvd_310', 'iuliia:bgn_pcgn'],
  ukr: ['interscript:ua-ukr-Cyrl-Latn-2010', 'interscript:icao-ukr-Cyrl-Latn-9303'],
};
const CYRILLIC_LETTERS = 'абвгдежзийклмнопрстуфхцчшыэюя';
const LATIN_LETTERS = 'abcdefghijklmnoprstuvyz';

const pick = <T>(r: Rng, list: readonly T[]): T => list[Math.floor(r.next() * list.length)] as T;
const chance = (r: Rng, p: number): boolean => r.next() < p;

const makePerson = (r: Rng, n: number): Person => {
  const language = chance(r, 0.7) ? 'rus' : 'ukr';
  const lists: NameLists = language === 'rus' ? RUSSIAN : UKRAINIAN;
  const male = chance(r, 0.75);
  const form = male ? 0 : 1;
  return {
    id: `p${n}`,
    language,
    given: pick(r, male ? lists.male : lists.female),
    patronymic: pick(r, lists.patronymics)[form],
    surname: pick(r, lists.surnames)[form],
    year: 1950 + Math.floor(r.next() * 56),
    month: 1 + Math.floor(r.next() * 12),
    day: 1 + Math.floor(r.next() * 28),
    region: pick(r, REGIONS),
  };
};

const titleCase = (s: string): string =>
  s
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/** One typo: a letter replaced, dropped, doubled, or swapped with the next. */
const typo = (r: Rng, word: string, letters: string): string => {
  if (word.length < 3) return word;
  const at = 1 + Math.floor(r.next() * (word.length - 2));
  const kind = Math.floor(r.next() * 4);
  const c = word.charAt(at);
  if (kind === 0) return word.slice(0, at) + pick(r, [...letters]) + word.slice(at + 1);
  if (kind === 1) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 2) return word.slice(0, at) + c + word.slice(at);
  return word.slice(0, at) + word.charAt(at + 1) + c + word.slice(at + 2);
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** The date as a source writes it, with the errors of a list. */
const writeDate = (r: Rng, p: Person, cyrillic: boolean): string => {
  const x = r.next();
  let { year, month, day } = p;
  if (x < 0.04) return '';
  if (x < 0.1) return String(year);
  if (x < 0.13) return cyrillic ? `${pad(month)}.${year}` : `${year}-${pad(month)}`;
  if (x < 0.16 && day <= 12) [month, day] = [day, month];
  else if (x < 0.19) {
    const digits = `${year}${pad(month)}${pad(day)}`.split('');
    const at = Math.floor(r.next() * 8);
    digits[at] = String(Math.floor(r.next() * 10));
    year = Number(digits.slice(0, 4).join(''));
    month = Number(digits.slice(4, 6).join(''));
    day = Number(digits.slice(6, 8).join(''));
  }
  return cyrillic ? `${pad(day)}.${pad(month)}.${year}` : `${year}-${pad(month)}-${pad(day)}`;
};

/** Generates the sources and their truth. */
export const generatePeople = (
  options: SyntheticOptions,
  translit: Transliteration,
): SyntheticSource[] => {
  const r = rng(options.seed);
  const sourceCount = options.sources ?? 3;
  const sources: SyntheticSource[] = Array.from({ length: sourceCount }, () => ({
    ids: [],
    columns: { surname: [], given_name: [], patronymic: [], birth_date: [], region: [] },
    person: [],
  }));
  const byLanguage = {
    rus: translit.systems.filter((s) => s.language === 'rus'),
    ukr: translit.systems.filter((s) => s.language === 'ukr'),
  };
  const cache = new Map<string, string>();
  const latin = (word: string, system: SystemInfo): string => {
    const key = `${system.id}\u0000${word}`;
    let out = cache.get(key);
    if (out === undefined) {
      const input =
        system.matchInput === 'upper'
          ? word.toUpperCase()
          : system.matchInput === 'title-и-as-і'
            ? word.replace(/и/g, 'і').replace(/И/g, 'І')
            : word;
      out = titleCase(translit.transliterate(input, system.id));
      cache.set(key, out);
    }
    return out;
  };
  let total = 0;
  let n = 0;
  while (total < options.records) {
    n += 1;
    const p = makePerson(r, n);
    let k = 1;
    let x = r.next();
    while (k < RECORDS_PER_PERSON.length && x >= (RECORDS_PER_PERSON[k - 1] ?? 1)) {
      x -= RECORDS_PER_PERSON[k - 1] ?? 1;
      k += 1;
    }
    for (let rec = 0; rec < k; rec += 1) {
      const s = Math.floor(r.next() * sourceCount);
      const style = s % 3;
      const cyrillic = chance(r, style === 0 ? 0.9 : style === 1 ? 0.1 : 0.4);
      const system =
        style === 1
          ? (byLanguage[p.language].find((sys) => sys.id === pick(r, PASSPORT[p.language])) ??
            pick(r, byLanguage[p.language]))
          : pick(r, byLanguage[p.language]);
      const letters = cyrillic ? CYRILLIC_LETTERS : LATIN_LETTERS;
      const write = (word: string, typoRate: number): string => {
        let w = cyrillic ? word : latin(word, system);
        if (chance(r, typoRate)) w = typo(r, w, letters);
        return chance(r, 0.1) ? w.toUpperCase() : w;
      };
      let given = chance(r, 0.01) ? '' : write(p.given, 0.03);
      let surname = write(p.surname, 0.04);
      if (chance(r, 0.04)) [given, surname] = [surname, given];
      const patronymic = chance(r, cyrillic ? 0.1 : 0.5) ? '' : write(p.patronymic, 0.03);
      const y = r.next();
      const region = y < 0.15 ? '' : y < 0.18 ? pick(r, REGIONS) : p.region;
      const src = sources[s] as SyntheticSource;
      src.ids.push(`s${s + 1}-${src.ids.length + 1}`);
      src.columns.surname.push(surname);
      src.columns.given_name.push(given);
      src.columns.patronymic.push(patronymic);
      src.columns.birth_date.push(writeDate(r, p, cyrillic));
      src.columns.region.push(region);
      src.person.push(p.id);
      total += 1;
    }
  }
  // Shuffle each source so a person's records are not neighbours.
  for (const src of sources) {
    const order = src.ids.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(r.next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const permute = (a: string[]): void => {
      const copy = [...a];
      order.forEach((from, to) => (a[to] = copy[from] as string));
    };
    for (const c of SYNTHETIC_COLUMNS) permute(src.columns[c]);
    permute(src.person);
  }
  return sources;
};
