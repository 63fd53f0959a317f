// Checks on a pattern table before any model runs (errors), and caveats that follow from the
// table alone (warnings): every estimator applies both, so bad input never becomes a silent number.
import { EstimationError, EstimationErrorCode } from './errors';
import { listSizes, observedTotal, overlapTotal, type CaptureTable } from './table';
import { EstimationWarningCode, type EstimationMethod, type EstimationWarning } from './types';

/** How many lists each method accepts. */
export const LIST_LIMITS: Readonly<Record<EstimationMethod, { min: number; max: number }>> = {
  loglinear: { min: 2, max: 10 },
  lcmcr: { min: 3, max: 20 },
  dga: { min: 3, max: 5 },
};

const NAMES: Readonly<Record<EstimationMethod, string>> = {
  loglinear: 'Log-linear estimation',
  lcmcr: 'LCMCR',
  dga: 'dga (model averaging over decomposable graphs)',
};

/** Throws a coded error when the table cannot support the method; returns J and n. */
export const checkTable = (
  table: CaptureTable,
  method: EstimationMethod,
): { J: number; n: number } => {
  const J = table.lists.length;
  const { min, max } = LIST_LIMITS[method];
  if (J < min) {
    throw new EstimationError(
      EstimationErrorCode.tooFewLists,
      `${NAMES[method]} needs at least ${min} lists, the table has ${J}`,
    );
  }
  if (J > max) {
    throw new EstimationError(
      EstimationErrorCode.tooManyLists,
      `${NAMES[method]} handles at most ${max} lists, the table has ${J}: merge some lists first`,
    );
  }
  if (table.counts.length !== 2 ** J) {
    throw new EstimationError(
      EstimationErrorCode.invalidTable,
      `a table of ${J} lists has ${2 ** J} patterns, got ${table.counts.length}`,
    );
  }
  table.counts.forEach((c, p) => {
    if (!Number.isInteger(c) || c < 0 || (p === 0 && c !== 0)) {
      throw new EstimationError(
        EstimationErrorCode.invalidTable,
        p === 0
          ? 'the count of people on no list must be left at 0: it is what is estimated'
          : `pattern ${p}: the count must be a whole number ≥ 0, got ${c}`,
      );
    }
  });
  const n = observedTotal(table);
  if (n === 0) throw new EstimationError(EstimationErrorCode.noRecords, 'nobody is on any list');
  const empty = table.lists.filter((_, j) => listSizes(table)[j] === 0);
  if (empty.length > 0) {
    throw new EstimationError(
      EstimationErrorCode.emptyList,
      `${empty.map((l) => `"${l}"`).join(', ')} ${empty.length === 1 ? 'has' : 'have'} nobody on ${empty.length === 1 ? 'it' : 'them'}: remove the column (an empty list says nothing about who the others missed)`,
    );
  }
  if (overlapTotal(table) === 0) {
    throw new EstimationError(
      EstimationErrorCode.noOverlap,
      'nobody is on more than one list: without overlap between lists the undocumented cannot be estimated',
    );
  }
  return { J, n };
};

const fmt = (x: number, digits = 1): string => x.toFixed(digits);

/** Odds ratio of lists a and b among people on at least one other list (0.5 added to each cell). */
export const pairOddsRatio = (table: CaptureTable, a: number, b: number): number => {
  let n11 = 0;
  let n10 = 0;
  let n01 = 0;
  let n00 = 0;
  const others = ((1 << table.lists.length) - 1) & ~(1 << a) & ~(1 << b);
  table.counts.forEach((c, p) => {
    if ((p & others) === 0) return;
    const inA = (p >>> a) & 1;
    const inB = (p >>> b) & 1;
    if (inA && inB) n11 += c;
    else if (inA) n10 += c;
    else if (inB) n01 += c;
    else n00 += c;
  });
  return ((n11 + 0.5) * (n00 + 0.5)) / ((n10 + 0.5) * (n01 + 0.5));
};

/** Caveats that follow from the table alone: small lists, few overlaps, sparse cells, dependence. */
export const tableWarnings = (table: CaptureTable): EstimationWarning[] => {
  const out: EstimationWarning[] = [];
  const J = table.lists.length;
  const n = observedTotal(table);
  const sizes = listSizes(table);
  const small = table.lists.filter((_, j) => (sizes[j] ?? 0) < 10);
  if (small.length > 0) {
    out.push({
      code: EstimationWarningCode.smallList,
      message: `${small.join(', ')} ${small.length === 1 ? 'documents' : 'document'} fewer than 10 people: ${small.length === 1 ? 'it adds' : 'they add'} little information and may make the estimate unstable.`,
    });
  }
  const overlaps = overlapTotal(table);
  const disjoint: string[] = [];
  for (let a = 0; a < J; a++) {
    for (let b = a + 1; b < J; b++) {
      const both = (1 << a) | (1 << b);
      const shared = table.counts.reduce((s, c, p) => ((p & both) === both ? s + c : s), 0);
      if (shared === 0) disjoint.push(`${table.lists[a]} and ${table.lists[b]}`);
    }
  }
  if (overlaps < 20 || overlaps < 0.05 * n || disjoint.length > 0) {
    out.push({
      code: EstimationWarningCode.fewOverlaps,
      message:
        `Only ${overlaps} of ${n} people (${fmt((100 * overlaps) / n)}%) are on more than one list` +
        (disjoint.length > 0 ? `, and ${disjoint.join('; ')} share nobody` : '') +
        ': the estimate rests on few overlaps and can change a lot with a few records.',
    });
  }
  const patterns = 2 ** J - 1;
  let zero = 0;
  let few = 0;
  for (let p = 1; p <= patterns; p++) {
    const c = table.counts[p] ?? 0;
    if (c === 0) zero += 1;
    if (c < 5) few += 1;
  }
  if (few > patterns / 3) {
    out.push({
      code: EstimationWarningCode.sparseCells,
      message: `${few} of the ${patterns} combinations of lists have fewer than 5 people (${zero} have none): models with interactions between lists are poorly determined and may not be estimable.`,
    });
  }
  if (J >= 3) {
    const pairs: string[] = [];
    for (let a = 0; a < J; a++) {
      for (let b = a + 1; b < J; b++) {
        const or = pairOddsRatio(table, a, b);
        if (or > 2 || or < 0.5) {
          pairs.push(
            `${table.lists[a]} and ${table.lists[b]} overlap ${or > 1 ? 'more' : 'less'} than chance (odds ratio ${fmt(or, 2)})`,
          );
        }
      }
    }
    if (pairs.length > 0) {
      out.push({
        code: EstimationWarningCode.listDependence,
        message: `Lists are not independent: ${pairs.join('; ')}, among people on the other lists. Lists that tend to find the same people make a count that assumes independence too low, lists that find different people make it too high; the figure depends on modelling this dependence.`,
      });
    }
  }
  return out;
};

/** A caveat when most of the estimate is people no list saw. */
export const extrapolationWarning = (
  observed: number,
  estimate: number,
): EstimationWarning | undefined => {
  if (!(estimate > 3 * observed)) return undefined;
  return {
    code: EstimationWarningCode.extrapolation,
    message: `The lists together documented only ${fmt((100 * observed) / estimate)}% of the estimated total: most of the figure is modelled, not observed, and depends heavily on the model's assumptions.`,
  };
};
