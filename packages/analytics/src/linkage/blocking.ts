import { estimatePairs, partKeys, ruleLabel, type PartKeys } from './keys';
import type { PreparedData } from './prepare';
import type { BlockingRule } from './types';

// Default blocking rules, chosen from the data: exact agreement on one compared column when that
// yields few enough pairs, else on two columns together. Cheap rules first, until a budget of
// pairs is spent: many different rules keep recall high (a pair missed by one rule because of a
// typo is found by another), the budget keeps the run linear in the number of records.

/** Pairs one default rule may yield: 20 per record, and never fewer than 100,000. */
export const rulePairBudget = (size: number): number => Math.max(100_000, 20 * size);
/** Pairs all default rules together may yield: 20 per record, and never fewer than 500,000. */
export const totalPairBudget = (size: number): number => Math.max(500_000, 20 * size);
/** Default rules at most. */
export const MAX_DEFAULT_RULES = 12;
/** Records read to estimate a rule's pairs (every record up to this many, else a sample). */
const ESTIMATE_RECORDS = 100_000;

/** A rule the chooser considered, with its estimated pairs and whether it was taken. */
export interface BlockingCandidate {
  readonly rule: BlockingRule;
  readonly label: string;
  readonly pairs: number;
  readonly chosen: boolean;
}

/**
 * Chooses blocking rules for the prepared data: for each column its own rule (alone, or with
 * another column when alone it yields too many pairs), then other pairs of columns, cheapest
 * first, within the total budget. Returns the rules and every rule considered (for the report).
 */
export const chooseBlockingRules = (
  data: PreparedData,
): { rules: BlockingRule[]; considered: BlockingCandidate[] } => {
  const columns = data.comparisons.map((s) => s.column);
  const step = Math.max(1, Math.ceil(data.size / ESTIMATE_RECORDS));
  const keys = new Map<string, PartKeys>(columns.map((c) => [c, partKeys(data, c)]));
  const estimate = (rule: readonly string[]): number =>
    estimatePairs(
      rule.map((c) => keys.get(c) as PartKeys),
      data.size,
      step,
    );
  const perRule = rulePairBudget(data.size);
  const singles = columns.map((c) => ({ rule: [c], pairs: estimate([c]) }));
  const doubles: { rule: string[]; pairs: number }[] = [];
  for (let a = 0; a < columns.length; a += 1) {
    for (let b = a + 1; b < columns.length; b += 1) {
      const rule = [columns[a] as string, columns[b] as string];
      doubles.push({ rule, pairs: estimate(rule) });
    }
  }
  const affordable = [...singles, ...doubles]
    .filter((o) => o.pairs > 0 && o.pairs <= perRule)
    .sort((x, y) => x.pairs - y.pairs || x.rule.length - y.rule.length);
  // First every column alone when affordable; then each other column with its cheapest partner
  // that is not a rule alone (a pair of columns is redundant once either column is a rule alone:
  // its pairs are a subset); then, for recall, the cheapest other rules while the budget lasts.
  const chosen: { rule: string[]; pairs: number }[] = [];
  let spent = 0;
  const budget = totalPairBudget(data.size);
  const alone = new Set<string>();
  const consider = (o: { rule: string[]; pairs: number }): void => {
    if (chosen.length >= MAX_DEFAULT_RULES || chosen.includes(o)) return;
    if (o.rule.length > 1 && o.rule.some((c) => alone.has(c))) return;
    if (chosen.length > 0 && spent + o.pairs > budget) return;
    chosen.push(o);
    spent += o.pairs;
    if (o.rule.length === 1) alone.add(o.rule[0] as string);
  };
  affordable.filter((o) => o.rule.length === 1).forEach(consider);
  const paired = columns.flatMap((c) => {
    if (alone.has(c)) return [];
    const best = affordable.find(
      (o) => o.rule.length === 2 && o.rule.includes(c) && !o.rule.some((x) => alone.has(x)),
    );
    return best === undefined ? [] : [best];
  });
  [...new Set(paired)].sort((x, y) => x.pairs - y.pairs).forEach(consider);
  affordable.forEach(consider);
  if (chosen.length === 0) {
    // Nothing fits: the most selective option, so the run stays possible (with a warning).
    const best = [...singles, ...doubles]
      .filter((o) => o.pairs > 0)
      .sort((x, y) => x.pairs - y.pairs)[0];
    if (best !== undefined) chosen.push(best);
  }
  const considered = [...singles, ...doubles].map((o) => ({
    rule: o.rule,
    label: ruleLabel(o.rule),
    pairs: o.pairs,
    chosen: chosen.includes(o),
  }));
  return { rules: chosen.map((o) => o.rule), considered };
};
