import {
  captureTable,
  ESTIMATION_LIST_LIMITS,
  type CaptureTable,
  type EstimationMethod,
} from '@vigil/analytics';
import type { LinkPatternsResponse } from '@vigil/core';

/**
 * The server's overlap pattern (`POST …/linkage/patterns`) turned into what the estimators read:
 * one capture table per stratum, lists in the answer's order (digit j of a pattern, bit j of the
 * table). Pure, so the page, the worker and the tests agree on every count.
 */

/** A stratum of the answer as a capture table; `stratum` null = unknown (or no strata). */
export interface StratumTable {
  readonly stratum: string | null;
  /** People on at least one chosen list in this stratum (the server's count). */
  readonly people: number;
  readonly table: CaptureTable;
}

/** The tables of an answer, and the list codes in column order. */
export interface PatternTables {
  readonly lists: readonly string[];
  readonly strata: readonly StratumTable[];
}

/** "101" → [1, 0, 1]. */
const flagsOf = (pattern: string): (0 | 1)[] => [...pattern].map((c) => (c === '1' ? 1 : 0));

/**
 * One capture table per stratum of the answer. Throws the estimation module's coded error
 * (`invalid_table`, `all_zero_pattern`, `duplicate_pattern`) if the answer is not a table: a
 * pattern of the wrong width, one marking no list, one given twice.
 */
export const patternTables = (answer: LinkPatternsResponse): PatternTables => {
  const lists = answer.lists.map((l) => l.code);
  return {
    lists,
    strata: answer.strata.map((s) => ({
      stratum: s.stratum,
      people: s.people,
      table: captureTable(
        lists,
        s.patterns.map((p) => ({ pattern: flagsOf(p.pattern), count: p.count })),
      ),
    })),
  };
};

/** People on at least one list: the sum over the table's patterns. */
export const observedOf = (table: CaptureTable): number =>
  table.counts.reduce((sum, c) => sum + c, 0);

/** People on each list (column sums), in list order. */
export const listSizesOf = (table: CaptureTable): number[] =>
  table.lists.map((_, j) => table.counts.reduce((s, c, p) => ((p >>> j) & 1 ? s + c : s), 0));

/** People on two lists or more. */
export const overlapOf = (table: CaptureTable): number =>
  table.counts.reduce((s, c, p) => ((p & (p - 1)) !== 0 ? s + c : s), 0);

/** Fewer people than this in a stratum and it is not estimated: the figure would say nothing. */
export const MIN_STRATUM_PEOPLE = 10;

/** Why a stratum is left out of the estimate (checked before any model runs). */
export type SkipReason =
  | { readonly reason: 'tooFewPeople'; readonly people: number; readonly min: number }
  | { readonly reason: 'emptyLists'; readonly lists: readonly string[] }
  | { readonly reason: 'noOverlap' };

/**
 * Whether a stratum's table can be estimated: enough people, somebody on every list, somebody
 * on two lists. The method's own checks run again in the worker; these are the usual reasons,
 * said before the run rather than as an error after it.
 */
export const skipReasonOf = (table: CaptureTable): SkipReason | null => {
  const people = observedOf(table);
  if (people < MIN_STRATUM_PEOPLE) {
    return { reason: 'tooFewPeople', people, min: MIN_STRATUM_PEOPLE };
  }
  const sizes = listSizesOf(table);
  const empty = table.lists.filter((_, j) => sizes[j] === 0);
  if (empty.length > 0) return { reason: 'emptyLists', lists: empty };
  if (overlapOf(table) === 0) return { reason: 'noOverlap' };
  return null;
};

/** Why a method cannot run on this many lists; null when it can. */
export type MethodProblem =
  | { readonly reason: 'tooFewLists'; readonly min: number }
  | { readonly reason: 'tooManyLists'; readonly max: number };

/** The method's list limits (ESTIMATION_LIST_LIMITS) against the number of chosen lists. */
export const methodProblemOf = (method: EstimationMethod, lists: number): MethodProblem | null => {
  const { min, max } = ESTIMATION_LIST_LIMITS[method];
  if (lists < min) return { reason: 'tooFewLists', min };
  if (lists > max) return { reason: 'tooManyLists', max };
  return null;
};

/** One row of the pattern table on screen and in the CSV: a flag per list and the count. */
export interface PatternRowView {
  readonly flags: readonly (0 | 1)[];
  readonly count: number;
}

/**
 * The rows of a table that have people, most lists first and then in list order ("111", "110",
 * "101", "011", "100", …), as an analyst reads an overlap table.
 */
export const patternRows = (table: CaptureTable): PatternRowView[] => {
  const J = table.lists.length;
  const rows: { p: number; bits: number; count: number }[] = [];
  table.counts.forEach((count, p) => {
    if (p === 0 || count === 0) return;
    let bits = 0;
    for (let j = 0; j < J; j++) bits += (p >>> j) & 1;
    rows.push({ p, bits, count });
  });
  // Within the same number of lists, earlier lists first: compare the flags left to right.
  const key = (p: number) => {
    let k = 0;
    for (let j = 0; j < J; j++) k = k * 2 + ((p >>> j) & 1);
    return k;
  };
  rows.sort((a, b) => b.bits - a.bits || key(b.p) - key(a.p));
  return rows.map(({ p, count }) => ({
    flags: table.lists.map((_, j) => ((p >>> j) & 1) as 0 | 1),
    count,
  }));
};
