// Test data factories for the risk-index tests (not exported from the package).
import { INDICATORS, indicatorsFor, type IndicatorDefinition } from './indicators';
import type { Level } from './pillars';
import type { IndicatorValue } from './types';

/** The catalogue entry of an indicator id; throws for an unknown id. */
export const definition = (id: string): IndicatorDefinition => {
  const d = INDICATORS.find((x) => x.id === id);
  if (!d) throw new Error(`no indicator ${id}`);
  return d;
};

/**
 * The raw value that normalises to `risk` (0..1, 1 = worst) under fixed goalposts, so tests can
 * state data in risks. Min-max indicators have no fixed inverse and throw.
 */
export const rawFor = (id: string, risk: number): number => {
  const d = definition(id);
  const p = d.direction === 'higher-is-worse' ? risk : 1 - risk;
  const n = d.normalisation;
  if (n.kind === 'goalposts') return n.min + p * (n.max - n.min);
  if (n.kind === 'log-goalposts') return n.min * Math.pow(n.max / n.min, p);
  throw new Error(`${id} is min-max normalised`);
};

/** A value stated as a risk, with high confidence and evidence when the indicator is expert-rated. */
export const atRisk = (
  unit: string,
  id: string,
  risk: number,
  extra: Partial<IndicatorValue> = {},
): IndicatorValue => ({
  unit,
  indicator: id,
  value: rawFor(id, risk),
  ...(definition(id).source === 'expert' && { confidence: 'high', evidence: 'test' }),
  ...extra,
});

/** Every goalposted indicator of a level at `risk(indicatorIndex)` for one unit. */
export const unitAt = (
  level: Level,
  unit: string,
  risk: (index: number, d: IndicatorDefinition) => number,
): IndicatorValue[] =>
  indicatorsFor(level)
    .filter((d) => d.normalisation.kind !== 'min-max')
    .map((d, i) => atRisk(unit, d.id, risk(i, d)));

/**
 * `n` facilities with every indicator observed, risks differing by unit and indicator, expert
 * values of high confidence and no basis: nothing uncertain but the weights.
 */
export const diverseFacilities = (n: number): IndicatorValue[] =>
  Array.from({ length: n }, (_, u) => [
    ...unitAt('facility', `F${u + 1}`, (i) => ((u * 7 + i * 3) % 11) / 10),
    { unit: `F${u + 1}`, indicator: 'deaths-in-custody', value: (u * 3) % 5 },
  ]).flat();
