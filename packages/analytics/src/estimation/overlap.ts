import { captureTable, type CaptureTable } from './table';

/**
 * From linked people to the overlap pattern of lists (issue 7 point 7): each person is on some
 * lists (a source organisation, a material type…) in each stratum (a year, a region…), and the
 * pattern table counts, per stratum, the people on exactly each combination of lists. Pure: the
 * server runs it over ids and codes, the CLI and a browser worker over whatever they linked.
 */

/** One person: in each stratum where they were documented, the lists they are on there. */
export interface OverlapPerson {
  readonly strata: readonly {
    /** The stratum's code; null when unknown, or when the table is not stratified. */
    readonly stratum: string | null;
    /** The lists (codes) the person is on in this stratum; repeats and unchosen codes are fine. */
    readonly lists: readonly string[];
  }[];
}

/** One pattern that occurs: `'101'` = on the first and third list, not the second. */
export interface OverlapPattern {
  readonly pattern: string;
  readonly count: number;
}

export interface OverlapStratum {
  readonly stratum: string | null;
  /** People on at least one chosen list in this stratum (the sum of the pattern counts). */
  readonly people: number;
  /** Patterns with a count above 0, in the order of their digits ('001', '010', '011', …). */
  readonly patterns: readonly OverlapPattern[];
}

export interface OverlapTable {
  /** The lists in digit order. */
  readonly lists: readonly string[];
  /** People on each list, in any stratum (in `lists` order). */
  readonly listPeople: readonly number[];
  /** Strata with at least one person on a list: null first, then by code. */
  readonly strata: readonly OverlapStratum[];
  /** People on none of the chosen lists in any stratum (not in the table). */
  readonly peopleWithoutList: number;
}

/** The lists a table would use by default: the codes with most people, ties by code. */
export const chooseLists = (
  people: readonly OverlapPerson[],
  max: number,
): { readonly lists: readonly string[]; readonly omitted: readonly string[] } => {
  const count = new Map<string, number>();
  for (const p of people) {
    const on = new Set<string>();
    for (const s of p.strata) for (const l of s.lists) on.add(l);
    for (const l of on) count.set(l, (count.get(l) ?? 0) + 1);
  }
  const ranked = [...count.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([code]) => code);
  return { lists: ranked.slice(0, max), omitted: ranked.slice(max) };
};

const byStratum = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;

/**
 * Counts the pattern table of `lists` (digit j of a pattern is list j) per stratum. A person
 * counts once in each stratum where they are on a chosen list, with the lists of that stratum
 * only; the order of the people, of their strata and of their lists changes nothing.
 */
export const overlapPatterns = (
  people: readonly OverlapPerson[],
  lists: readonly string[],
): OverlapTable => {
  const J = lists.length;
  if (J < 1 || J > 30 || new Set(lists).size !== J) {
    throw new RangeError('overlapPatterns takes 1 to 30 distinct lists');
  }
  const bit = new Map(lists.map((l, j) => [l, j]));
  const tables = new Map<string | null, Map<number, number>>();
  const listPeople = new Array<number>(J).fill(0);
  let without = 0;
  for (const person of people) {
    // A person may name a stratum twice (two incidents of the same year): merge its lists.
    const masks = new Map<string | null, number>();
    for (const s of person.strata) {
      let mask = masks.get(s.stratum) ?? 0;
      for (const l of s.lists) {
        const j = bit.get(l);
        if (j !== undefined) mask |= 2 ** j;
      }
      masks.set(s.stratum, mask);
    }
    let all = 0;
    for (const [stratum, mask] of masks) {
      if (mask === 0) continue;
      all |= mask;
      let table = tables.get(stratum);
      if (table === undefined) {
        table = new Map();
        tables.set(stratum, table);
      }
      table.set(mask, (table.get(mask) ?? 0) + 1);
    }
    if (all === 0) without += 1;
    for (let j = 0; j < J; j++) {
      if (Math.floor(all / 2 ** j) % 2 === 1) listPeople[j] = (listPeople[j] ?? 0) + 1;
    }
  }
  const digits = (mask: number): string => {
    let s = '';
    for (let j = 0; j < J; j++) s += Math.floor(mask / 2 ** j) % 2 === 1 ? '1' : '0';
    return s;
  };
  const strata = [...tables.entries()]
    .sort((a, b) => byStratum(a[0], b[0]))
    .map(([stratum, table]) => {
      let n = 0;
      const patterns = [...table.entries()].map(([m, count]) => {
        n += count;
        return { pattern: digits(m), count };
      });
      patterns.sort((a, b) => (a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : 0));
      return { stratum, people: n, patterns };
    });
  return { lists: [...lists], listPeople, strata, peopleWithoutList: without };
};

/** One stratum of an overlap table as the estimation methods' capture table. */
export const overlapCaptureTable = (
  lists: readonly string[],
  stratum: Pick<OverlapStratum, 'patterns'>,
): CaptureTable =>
  captureTable(
    lists,
    stratum.patterns.map((p) => ({
      pattern: [...p.pattern].map((d) => (d === '1' ? 1 : 0)),
      count: p.count,
    })),
  );
