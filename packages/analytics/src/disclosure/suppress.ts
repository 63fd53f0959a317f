// Primary and complementary cell suppression on a linear model. Primary: every count from 1 to
// k − 1, totals included. Complementary, greedily: no equation may hold exactly one suppressed
// entry (it would be its total minus the published rest); then the auditor checks what linear
// programming can still infer, and each exposed entry gets one more suppression nearby until
// none is exposed. This always ends: with everything suppressed, 0 fits every entry.
import { auditModel } from './audit-model';
import { equationsByEntry, isSensitive, type LinearModel } from './model';

/** Which entries to suppress, and why. */
export interface Suppression {
  /** Entries suppressed because they are counts from 1 to k − 1, ascending. */
  readonly primary: readonly number[];
  /** Entries suppressed so that the primary ones cannot be inferred, ascending. */
  readonly complementary: readonly number[];
}

/**
 * Which of `candidates` (published entries) to suppress next: non-zero cells before totals —
 * totals are the figures readers use most — then entries that also close another equation left
 * with a single suppression, then the smallest value (the least information lost), then the first.
 * Zeros come last: hiding one gives little cover, as 0 is the most likely value of any small cell.
 */
const choose = (
  model: LinearModel,
  candidates: readonly number[],
  hidden: readonly boolean[],
  equationsOf: readonly number[][],
): number | undefined => {
  const totals = new Set(model.equations.map((e) => e.total));
  const rank = (entry: number): [number, number, number, number] => {
    const value = model.values[entry] as number;
    const tier = value === 0 ? 2 : totals.has(entry) ? 1 : 0;
    const closes = (equationsOf[entry] ?? []).filter(
      (q) => hiddenIn(model, q, hidden).length === 1,
    ).length;
    return [tier, -closes, value, entry];
  };
  let best: number | undefined;
  let bestRank: [number, number, number, number] | undefined;
  for (const c of candidates) {
    const r = rank(c);
    if (bestRank === undefined || compare(r, bestRank) < 0) {
      best = c;
      bestRank = r;
    }
  }
  return best;
};

const compare = (a: readonly number[], b: readonly number[]): number => {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return 0;
};

const entriesOf = (model: LinearModel, q: number): number[] => {
  const e = model.equations[q];
  return e ? [...e.members, e.total] : [];
};

const hiddenIn = (model: LinearModel, q: number, hidden: readonly boolean[]): number[] =>
  entriesOf(model, q).filter((i) => hidden[i]);

/** Suppresses until no equation holds exactly one suppressed entry. */
const closeEquations = (model: LinearModel, hidden: boolean[], equationsOf: number[][]): void => {
  for (let changed = true; changed;) {
    changed = false;
    model.equations.forEach((_, q) => {
      if (hiddenIn(model, q, hidden).length !== 1) return;
      const pick = choose(
        model,
        entriesOf(model, q).filter((i) => !hidden[i]),
        hidden,
        equationsOf,
      );
      if (pick === undefined) return;
      hidden[pick] = true;
      changed = true;
    });
  }
};

/**
 * One more entry to suppress for an exposed entry: the best published entry of the equations it
 * is in, else of the equations reached through suppressed entries of those, and so on outwards.
 */
const coverFor = (
  model: LinearModel,
  exposed: number,
  hidden: readonly boolean[],
  equationsOf: readonly number[][],
): number | undefined => {
  const seen = new Set<number>();
  let frontier = [exposed];
  const reached = new Set(frontier);
  while (frontier.length > 0) {
    const equations = frontier.flatMap((i) => equationsOf[i] ?? []).filter((q) => !seen.has(q));
    for (const q of equations) seen.add(q);
    const entries = [...new Set(equations.flatMap((q) => entriesOf(model, q)))];
    const pick = choose(
      model,
      entries.filter((i) => !hidden[i]),
      hidden,
      equationsOf,
    );
    if (pick !== undefined) return pick;
    frontier = entries.filter((i) => hidden[i] && !reached.has(i));
    for (const i of frontier) reached.add(i);
  }
  return undefined;
};

/** Primary and complementary suppressions of a model at threshold k, which the auditor accepts. */
export const suppress = (
  model: LinearModel,
  k: number,
  flagged: ReadonlySet<number> = new Set(),
): Suppression => {
  const hidden = model.values.map((v, i) => isSensitive(v, k) || flagged.has(i));
  const equationsOf = equationsByEntry(model);
  for (;;) {
    closeEquations(model, hidden, equationsOf);
    const publication = model.values.map((v, i) => (hidden[i] ? null : v));
    const problem = auditModel(model, publication, k, flagged)[0];
    if (problem === undefined) break;
    const cover = coverFor(model, problem.entry, hidden, equationsOf);
    // Unreachable by the argument above; suppressing everything is the safe way out regardless.
    if (cover === undefined) hidden.fill(true);
    else hidden[cover] = true;
  }
  const primary: number[] = [];
  const complementary: number[] = [];
  model.values.forEach((v, i) => {
    if (isSensitive(v, k) || flagged.has(i)) primary.push(i);
    else if (hidden[i]) complementary.push(i);
  });
  return { primary, complementary };
};
