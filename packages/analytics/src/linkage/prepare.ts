import type { LinkageSettings } from './config';
import { parsePartialDate } from './dates';
import { LinkageError, LinkageErrorCode } from './errors';
import {
  basicNameVariants,
  isMissing,
  normaliseName,
  normaliseText,
  type NameVariants,
} from './normalise';
import type { ComparisonSpec, LinkageSource } from './types';

/** A text or exact column: each record's value as an id into `dict` (-1 missing). */
export interface PreparedText {
  readonly kind: 'text' | 'exact';
  readonly values: Int32Array;
  readonly dict: readonly string[];
  /** Records holding each value. */
  readonly counts: Int32Array;
  /** Records with a value. */
  readonly present: number;
}

/** A date column: values as ids into per-value parts (0 = unknown month or day). */
export interface PreparedDate {
  readonly kind: 'date';
  readonly values: Int32Array;
  readonly digits: readonly string[];
  readonly year: Int32Array;
  readonly month: Int32Array;
  readonly day: Int32Array;
  readonly counts: Int32Array;
  readonly present: number;
}

/** A name column: values as ids into the shared {@link NameDictionary}. */
export interface PreparedName {
  readonly kind: 'name';
  readonly values: Int32Array;
  /** The `swapWith` column's values, in the same dictionary. */
  readonly swap: Int32Array | null;
  /** Records holding each name value, and each folded spelling (`NameDictionary.foldId`). */
  readonly counts: Int32Array;
  readonly foldCounts: Int32Array;
  readonly present: number;
}

export type PreparedColumn = PreparedText | PreparedDate | PreparedName;

/**
 * Every distinct name value of every name column: its words, and for each word the ids of its
 * spellings (the transliteration variants, sorted) so that two words are the same name when
 * their spelling lists intersect.
 */
export interface NameDictionary {
  readonly values: readonly string[];
  /** CSR: the word ids of value v are `valueWords[valueWordStart[v] .. valueWordStart[v+1])`. */
  readonly valueWordStart: Int32Array;
  readonly valueWords: Int32Array;
  /** Id of the sorted multiset of a value's words (same words in any order share it). */
  readonly sortedWordsId: Int32Array;
  /** A value's primary spellings, sorted and joined: what fuzzy comparison reads. */
  readonly fold: readonly string[];
  readonly foldId: Int32Array;
  /** CSR: the spelling ids of word w, ascending. */
  readonly wordSpellingStart: Int32Array;
  readonly wordSpellings: Int32Array;
  /** The primary spelling of each word, and its spelling id. */
  readonly wordPrimary: readonly string[];
  readonly wordPrimaryId: Int32Array;
}

/** Records of all sources, columnar, ready for blocking and comparison; plain data (clonable). */
export interface PreparedData {
  readonly size: number;
  /** First record index of each source, and the total at the end. */
  readonly sourceStart: readonly number[];
  /** 0-based source of each record. */
  readonly sourceOf: Int32Array;
  readonly ids: readonly string[];
  readonly comparisons: readonly ComparisonSpec[];
  /** One per comparison, in order. */
  readonly columns: readonly PreparedColumn[];
  readonly names: NameDictionary;
}

class Interner {
  readonly ids = new Map<string, number>();
  readonly list: string[] = [];
  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(s, id);
      this.list.push(s);
    }
    return id;
  }
}

/** Checks the sources: lengths agree, ids present and unique within their source. */
export const checkSources = (sources: readonly LinkageSource[]): void => {
  if (sources.length === 0) {
    throw new LinkageError(LinkageErrorCode.noRecords, 'no source given: nothing to link');
  }
  sources.forEach((s, k) => {
    const n = s.ids.length;
    if (n === 0) {
      throw new LinkageError(LinkageErrorCode.noRecords, `source ${k + 1} has no records`);
    }
    for (const [column, cells] of Object.entries(s.columns)) {
      if (cells.length !== n) {
        throw new LinkageError(
          LinkageErrorCode.invalidSource,
          `source ${k + 1}: column "${column}" has ${cells.length} cells for ${n} ids`,
        );
      }
    }
    const seen = new Set<string>();
    s.ids.forEach((id, row) => {
      if (id.trim() === '') {
        throw new LinkageError(
          LinkageErrorCode.invalidSource,
          `source ${k + 1}: record ${row + 1} has no id`,
        );
      }
      if (seen.has(id)) {
        throw new LinkageError(
          LinkageErrorCode.duplicateId,
          `source ${k + 1}: id "${id}" is used by more than one record`,
        );
      }
      seen.add(id);
    });
  });
};

/** Calls `each(record, cell)` for every record of every source, in global order. */
const forCells = (
  sources: readonly LinkageSource[],
  column: string,
  each: (record: number, cell: string | null | undefined) => void,
): void => {
  let r = 0;
  for (const s of sources) {
    const cells = s.columns[column];
    for (let i = 0; i < s.ids.length; i += 1) each(r + i, cells?.[i]);
    r += s.ids.length;
  }
};

const countsOf = (values: Int32Array, size: number): Int32Array => {
  const counts = new Int32Array(size);
  for (const v of values) if (v >= 0) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
};

const presentOf = (values: Int32Array): number => {
  let n = 0;
  for (const v of values) if (v >= 0) n += 1;
  return n;
};

const prepareText = (
  sources: readonly LinkageSource[],
  column: string,
  size: number,
  kind: 'text' | 'exact',
): PreparedText => {
  const dict = new Interner();
  const raw = new Map<string, number>();
  const values = new Int32Array(size).fill(-1);
  forCells(sources, column, (r, cell) => {
    if (isMissing(cell)) return;
    let id = raw.get(cell);
    if (id === undefined) {
      const v = normaliseText(cell);
      id = v === '' ? -1 : dict.id(v);
      raw.set(cell, id);
    }
    values[r] = id;
  });
  return {
    kind,
    values,
    dict: dict.list,
    counts: countsOf(values, dict.list.length),
    present: presentOf(values),
  };
};

const prepareDate = (
  sources: readonly LinkageSource[],
  column: string,
  size: number,
): PreparedDate => {
  const dict = new Interner();
  const raw = new Map<string, number>();
  const values = new Int32Array(size).fill(-1);
  forCells(sources, column, (r, cell) => {
    if (isMissing(cell)) return;
    let id = raw.get(cell);
    if (id === undefined) {
      const d = parsePartialDate(cell);
      id = d === undefined ? -1 : dict.id(d.digits);
      raw.set(cell, id);
    }
    values[r] = id;
  });
  const n = dict.list.length;
  const year = new Int32Array(n);
  const month = new Int32Array(n);
  const day = new Int32Array(n);
  dict.list.forEach((digits, i) => {
    year[i] = Number(digits.slice(0, 4));
    month[i] = Number(digits.slice(4, 6));
    day[i] = Number(digits.slice(6, 8));
  });
  return {
    kind: 'date',
    values,
    digits: dict.list,
    year,
    month,
    day,
    counts: countsOf(values, n),
    present: presentOf(values),
  };
};

/** Builds the shared name dictionary while name columns are read. */
class NameBuilder {
  private readonly valuesIn = new Interner();
  private readonly words = new Interner();
  private readonly spellings = new Interner();
  private readonly sortedWords = new Interner();
  private readonly folds = new Interner();
  private readonly valueWordLists: number[][] = [];
  private readonly sortedIds: number[] = [];
  private readonly foldIds: number[] = [];
  private readonly wordSpellingLists: number[][] = [];
  private readonly wordPrimaryList: string[] = [];
  private readonly wordPrimaryIds: number[] = [];
  private readonly raw = new Map<string, number>();

  constructor(private readonly variants: NameVariants) {}

  private wordId(word: string): number {
    const before = this.words.list.length;
    const id = this.words.id(word);
    if (id === before) {
      const spelled = this.variants(word).filter((s) => s !== '');
      const list = spelled.length > 0 ? spelled : [word];
      this.wordPrimaryList.push(list[0] ?? word);
      this.wordPrimaryIds.push(this.spellings.id(list[0] ?? word));
      const ids = [...new Set(list.map((s) => this.spellings.id(s)))].sort((a, b) => a - b);
      this.wordSpellingLists.push(ids);
    }
    return id;
  }

  /** The value id of a cell, or -1 when it holds no name. */
  valueOf(cell: string | null | undefined): number {
    if (isMissing(cell)) return -1;
    const cached = this.raw.get(cell);
    if (cached !== undefined) return cached;
    const norm = normaliseName(cell);
    let id = -1;
    if (norm !== '') {
      const before = this.valuesIn.list.length;
      id = this.valuesIn.id(norm);
      if (id === before) {
        const wordIds = norm.split(' ').map((w) => this.wordId(w));
        this.valueWordLists.push(wordIds);
        this.sortedIds.push(this.sortedWords.id([...wordIds].sort((a, b) => a - b).join(' ')));
        const fold = wordIds
          .map((w) => this.wordPrimaryList[w] ?? '')
          .sort()
          .join(' ');
        this.foldIds.push(this.folds.id(fold));
      }
    }
    this.raw.set(cell, id);
    return id;
  }

  get foldCount(): number {
    return this.folds.list.length;
  }

  build(): NameDictionary {
    const csr = (lists: readonly number[][]): [Int32Array, Int32Array] => {
      const start = new Int32Array(lists.length + 1);
      lists.forEach((l, i) => (start[i + 1] = (start[i] ?? 0) + l.length));
      const flat = new Int32Array(start[lists.length] ?? 0);
      lists.forEach((l, i) => flat.set(l, start[i] ?? 0));
      return [start, flat];
    };
    const [valueWordStart, valueWords] = csr(this.valueWordLists);
    const [wordSpellingStart, wordSpellings] = csr(this.wordSpellingLists);
    const foldId = Int32Array.from(this.foldIds);
    return {
      values: this.valuesIn.list,
      valueWordStart,
      valueWords,
      sortedWordsId: Int32Array.from(this.sortedIds),
      fold: Array.from(foldId, (f) => this.folds.list[f] ?? ''),
      foldId,
      wordSpellingStart,
      wordSpellings,
      wordPrimary: this.wordPrimaryList,
      wordPrimaryId: Int32Array.from(this.wordPrimaryIds),
    };
  }
}

/**
 * Reads the sources into columnar form: each compared cell normalised and interned, names split
 * into words with their spellings, dates parsed. `nameVariants` gives a word's spellings (the
 * CLI passes core's transliteration systems; the default only drops diacritics).
 */
export const prepareData = (
  sources: readonly LinkageSource[],
  settings: Pick<LinkageSettings, 'comparisons'>,
  nameVariants: NameVariants = basicNameVariants,
): PreparedData => {
  checkSources(sources);
  const sourceStart = [0];
  for (const s of sources) sourceStart.push((sourceStart.at(-1) ?? 0) + s.ids.length);
  const size = sourceStart.at(-1) ?? 0;
  const sourceOf = new Int32Array(size);
  sources.forEach((_, k) => sourceOf.fill(k, sourceStart[k], sourceStart[k + 1]));
  const ids = sources.flatMap((s) => s.ids);

  const names = new NameBuilder(nameVariants);
  const nameValues = new Map<string, Int32Array>();
  const nameColumn = (column: string): Int32Array => {
    let values = nameValues.get(column);
    if (values === undefined) {
      const out = new Int32Array(size).fill(-1);
      forCells(sources, column, (r, cell) => (out[r] = names.valueOf(cell)));
      nameValues.set(column, out);
      values = out;
    }
    return values;
  };
  const partial = settings.comparisons.map((spec) => {
    if (spec.kind === 'name') {
      const values = nameColumn(spec.column);
      const swap = spec.swapWith === undefined ? null : nameColumn(spec.swapWith);
      return { spec, values, swap };
    }
    return spec.kind === 'date'
      ? prepareDate(sources, spec.column, size)
      : prepareText(sources, spec.column, size, spec.kind);
  });
  const dictionary = names.build();
  const columns = partial.map((p): PreparedColumn => {
    if (!('spec' in p)) return p;
    const foldValues = p.values.map((v) => (v < 0 ? -1 : (dictionary.foldId[v] ?? -1)));
    return {
      kind: 'name',
      values: p.values,
      swap: p.swap,
      counts: countsOf(p.values, dictionary.values.length),
      foldCounts: countsOf(foldValues, names.foldCount),
      present: presentOf(p.values),
    };
  });
  return {
    size,
    sourceStart,
    sourceOf,
    ids,
    comparisons: settings.comparisons,
    columns,
    names: dictionary,
  };
};
