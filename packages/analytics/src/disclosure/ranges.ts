// What an attacker learns about each suppressed entry: the exact range of values consistent with
// everything published (all published cells and totals, counts whole and non-negative).
import { isSensitive, type LinearModel, type Publication } from './model';
import { Polyhedron } from './simplex';

/** The values an entry can take given the publication. */
export interface Range {
  /** Smallest consistent value; NaN when the published figures contradict each other. */
  readonly lower: number;
  /** Largest consistent value, Infinity when unbounded; NaN as for lower. */
  readonly upper: number;
}

/** Groups of suppressed entries tied by some equation, found with union–find. */
const componentsOf = (model: LinearModel, publication: Publication): Map<number, number[]> => {
  const parent = publication.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      const up = parent[parent[i] as number] as number;
      parent[i] = up;
      i = up;
    }
    return i;
  };
  for (const e of model.equations) {
    const hidden = [...e.members, e.total].filter((i) => publication[i] === null);
    for (const i of hidden.slice(1)) parent[find(i)] = find(hidden[0] as number);
  }
  const components = new Map<number, number[]>();
  publication.forEach((v, i) => {
    if (v !== null) return;
    const root = find(i);
    components.set(root, [...(components.get(root) ?? []), i]);
  });
  return components;
};

/** Per group of suppressed entries tied by equations: its polyhedron and which entry is which variable. */
function* regionsOf(
  model: LinearModel,
  publication: Publication,
  targets: readonly number[],
): Generator<{ region: Polyhedron | null; variable: Map<number, number>; goals: number[] }> {
  const wanted = new Set(targets.filter((t) => publication[t] === null));
  for (const entries of componentsOf(model, publication).values()) {
    const goals = entries.filter((e) => wanted.has(e));
    if (goals.length === 0) continue;
    const variable = new Map(entries.map((e, j) => [e, j]));
    const a: number[][] = [];
    const b: number[] = [];
    for (const e of model.equations) {
      if (!e.members.some((m) => variable.has(m)) && !variable.has(e.total)) continue;
      const row = new Array<number>(entries.length).fill(0);
      // Σ members − total = 0, with published values moved to the right-hand side.
      let rhs = 0;
      for (const [entry, sign] of [
        ...e.members.map((m) => [m, 1] as const),
        [e.total, -1] as const,
      ]) {
        const j = variable.get(entry);
        if (j === undefined) rhs -= sign * (publication[entry] as number);
        else row[j] = (row[j] as number) + sign;
      }
      a.push(row);
      b.push(rhs);
    }
    yield { region: Polyhedron.of(a, b, entries.length), variable, goals };
  }
}

const NO_RANGE: Range = { lower: NaN, upper: NaN };

const minimumOf = (region: Polyhedron, j: number, sign: 1 | -1): number => {
  const c = new Array<number>(region.variables).fill(0);
  c[j] = sign;
  const result = region.minimize(c);
  if (result.kind === 'unbounded') return sign === 1 ? 0 : Infinity;
  // Rounding only removes floating-point dust; + 0 turns a −0 into 0.
  return Math.round(sign * result.value) + 0;
};

/**
 * The range of each of `targets` (suppressed entries) over all non-negative solutions of the
 * model's equations that agree with the publication. Each group of suppressed entries tied by
 * equations is solved on its own: the linear programs stay small however large the table.
 * Bounds are exact integers: the equations of tables with margins form a network matrix, whose
 * linear-programming optima are whole numbers, so the integer and the real ranges agree.
 */
export const rangesOf = (
  model: LinearModel,
  publication: Publication,
  targets: readonly number[],
): Map<number, Range> => {
  const ranges = new Map<number, Range>();
  for (const { region, variable, goals } of regionsOf(model, publication, targets)) {
    for (const goal of goals) {
      const j = variable.get(goal) as number;
      ranges.set(
        goal,
        region === null
          ? NO_RANGE
          : { lower: minimumOf(region, j, 1), upper: minimumOf(region, j, -1) },
      );
    }
  }
  return ranges;
};

/**
 * Like rangesOf, but only for the targets whose range lies within 1 … k − 1 (or that contradict
 * the publication). Most entries are cleared without solving anything: one that is 0 or at least
 * k at the first vertex found already has a safe value in its range.
 */
export const exposedRangesOf = (
  model: LinearModel,
  publication: Publication,
  targets: readonly number[],
  k: number,
  flagged: ReadonlySet<number> = new Set(),
): Map<number, Range> => {
  const exposed = new Map<number, Range>();
  for (const { region, variable, goals } of regionsOf(model, publication, targets)) {
    for (const goal of goals) {
      if (region === null) {
        exposed.set(goal, NO_RANGE);
        continue;
      }
      const j = variable.get(goal) as number;
      if (flagged.has(goal) && !isSensitive(model.values[goal] ?? 0, k)) {
        // Few people behind many counts: the count itself may be large, but must stay unknown.
        const lower = minimumOf(region, j, 1);
        const upper = minimumOf(region, j, -1);
        if (lower === upper) exposed.set(goal, { lower, upper });
        continue;
      }
      const atVertex = Math.round(region.valueAt(j));
      if (atVertex === 0 || atVertex >= k) continue;
      const lower = minimumOf(region, j, 1);
      if (lower === 0) continue;
      const upper = minimumOf(region, j, -1);
      if (upper < k) exposed.set(goal, { lower, upper });
    }
  }
  return exposed;
};
