import { RiskIndexError, RiskIndexErrorCode } from './errors';
import { INDICATORS, type IndicatorDefinition } from './indicators';
import { beyondGoalposts, normalise, type ObservedRange } from './normalise';
import { PILLARS, type Level, type Pillar } from './pillars';
import type { IndexSettings } from './settings';
import type { IndicatorValue } from './types';

/** How a cell's value varies across Monte Carlo draws, besides imputation when it is missing. */
export const Noise = {
  /** Taken as observed. */
  none: 0,
  /** Expert value: uniform ± p1 on the normalised scale, clamped. */
  expert: 1,
  /** Share of `basis` observations: Beta(p1, p2), the Jeffreys posterior. */
  share: 2,
  /** Rate per 100 of `basis` exposures: Gamma(p1) · p2, the Jeffreys posterior. */
  rate: 3,
} as const;

/** Half-widths, on the normalised scale, of the perturbation of expert values by confidence. */
export const EXPERT_SPREAD = { low: 0.2, medium: 0.1, high: 0 } as const;

/** The values of one level laid out as a units × indicators matrix, with everything derived once. */
export interface Prepared {
  readonly level: Level;
  readonly units: readonly string[];
  /** Indicators used: defined at the level, with positive indicator and pillar weight. */
  readonly indicators: readonly IndicatorDefinition[];
  readonly indicatorWeight: Float64Array;
  /** Pillars used: those with at least one indicator used. */
  readonly pillars: readonly Pillar[];
  /** Pillar weights, summing to 1. */
  readonly pillarWeight: Float64Array;
  /** Index into `pillars` of each indicator. */
  readonly pillarOf: Int32Array;
  /** Observed values, row-major units × indicators; undefined where missing. */
  readonly cells: readonly (IndicatorValue | undefined)[];
  /** Normalised risks, row-major units × indicators; NaN where missing. */
  readonly norm: Float64Array;
  readonly ranges: readonly (ObservedRange | undefined)[];
  /** Observed normalised values of each indicator, the pool missing values are imputed from. */
  readonly observed: readonly Float64Array[];
  readonly noise: Uint8Array;
  readonly noiseA: Float64Array;
  readonly noiseB: Float64Array;
  readonly warnings: string[];
}

const byId = new Map(INDICATORS.map((d) => [d.id, d]));

/** Counts of a problem by indicator, turned into one warning per indicator. */
class Tally {
  private readonly counts = new Map<string, number>();
  add(id: string): void {
    this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
  }
  report(out: string[], text: (id: string, n: number) => string): void {
    for (const [id, n] of this.counts) out.push(text(id, n));
  }
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Whether a raw value is possible for the measure; impossible ones are data errors. */
const possible = (d: IndicatorDefinition, v: number): boolean =>
  d.measure === 'share' ? v >= 0 && v <= 1 : d.measure === 'scale' ? true : v >= 0;

/**
 * Validates the values of one level and lays them out for scoring. Problems in the data do not
 * throw: the value is left out or treated as missing and a warning says so. Settings that leave
 * nothing to score throw RiskIndexError (`nothing_to_score`).
 */
export const prepare = (
  level: Level,
  values: readonly IndicatorValue[],
  settings: IndexSettings,
): Prepared => {
  const warnings: string[] = [];
  const weightOf = (d: IndicatorDefinition): number => settings.indicatorWeights?.[d.id] ?? 1;
  const indicators = INDICATORS.filter(
    (d) => d.levels.includes(level) && weightOf(d) > 0 && settings.weights[d.pillar] > 0,
  );
  const pillars = PILLARS.filter((p) => indicators.some((d) => d.pillar === p));
  if (pillars.length === 0) {
    throw new RiskIndexError(
      RiskIndexErrorCode.nothingToScore,
      `no pillar with positive weight has indicators at ${level} level`,
    );
  }
  for (const id of Object.keys(settings.indicatorWeights ?? {})) {
    if (!byId.has(id)) warnings.push(`Indicator weight for unknown indicator "${id}" is ignored.`);
  }
  const column = new Map(indicators.map((d, i) => [d.id, i]));
  const weightSum = pillars.reduce((s, p) => s + settings.weights[p], 0);
  const pillarWeight = Float64Array.from(pillars, (p) => settings.weights[p] / weightSum);
  const pillarOf = Int32Array.from(indicators, (d) => pillars.indexOf(d.pillar));
  const indicatorWeight = Float64Array.from(indicators, weightOf);

  const unknown = new Tally();
  const otherLevel = new Tally();
  const duplicate = new Tally();
  const impossible = new Tally();
  const noBasis = new Tally();
  const badBasis = new Tally();
  const noConfidence = new Tally();
  const noEvidence = new Tally();
  const clamped = new Tally();

  const rowOf = new Map<string, number>();
  const rows: (IndicatorValue | undefined)[][] = [];
  for (const v of values) {
    const d = byId.get(v.indicator);
    if (!d) {
      unknown.add(v.indicator);
      continue;
    }
    if (!d.levels.includes(level)) {
      otherLevel.add(d.id);
      continue;
    }
    const col = column.get(d.id);
    if (col === undefined) continue; // weighted out by the settings
    let row = rowOf.get(v.unit);
    if (row === undefined) {
      row = rows.length;
      rowOf.set(v.unit, row);
      rows.push(new Array<IndicatorValue | undefined>(indicators.length).fill(undefined));
    }
    const cells = rows[row] as (IndicatorValue | undefined)[];
    if (v.value === null) continue;
    if (cells[col]) {
      duplicate.add(d.id);
      continue;
    }
    if (!Number.isFinite(v.value) || !possible(d, v.value)) {
      impossible.add(d.id);
      continue;
    }
    const sampled = d.measure === 'share' || d.measure === 'rate-per-100';
    if (d.source === 'records' && sampled && v.basis !== undefined) {
      if (!(Number.isFinite(v.basis) && v.basis > 0)) {
        badBasis.add(d.id);
        continue;
      }
    }
    if (d.source === 'records' && sampled && v.basis === undefined) noBasis.add(d.id);
    if (d.source === 'expert' && v.confidence === undefined) noConfidence.add(d.id);
    if (d.source === 'expert' && !v.evidence?.trim()) noEvidence.add(d.id);
    if (beyondGoalposts(d.normalisation, v.value)) clamped.add(d.id);
    cells[col] = v;
  }

  const U = rows.length;
  const I = indicators.length;
  const cells = rows.flat();
  const ranges = indicators.map((d, i): ObservedRange | undefined => {
    if (d.normalisation.kind !== 'min-max') return undefined;
    let min = Infinity;
    let max = -Infinity;
    for (let u = 0; u < U; u++) {
      const v = cells[u * I + i]?.value;
      if (v === undefined || v === null) continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    return min <= max ? { min, max } : undefined;
  });

  const norm = new Float64Array(U * I).fill(Number.NaN);
  const noise = new Uint8Array(U * I);
  const noiseA = new Float64Array(U * I);
  const noiseB = new Float64Array(U * I);
  const observed: Float64Array[] = [];
  for (let i = 0; i < I; i++) {
    const d = indicators[i] as IndicatorDefinition;
    const pool: number[] = [];
    for (let u = 0; u < U; u++) {
      const k = u * I + i;
      const v = cells[k];
      if (!v || v.value === null) continue;
      const r = normalise(d, v.value, ranges[i]);
      norm[k] = r;
      pool.push(r);
      if (d.source === 'expert') {
        const spread = EXPERT_SPREAD[v.confidence ?? 'low'];
        if (spread > 0) {
          noise[k] = Noise.expert;
          noiseA[k] = spread;
        }
      } else if (v.basis !== undefined && d.measure === 'share') {
        noise[k] = Noise.share;
        noiseA[k] = v.value * v.basis + 0.5;
        noiseB[k] = (1 - v.value) * v.basis + 0.5;
      } else if (v.basis !== undefined && d.measure === 'rate-per-100') {
        noise[k] = Noise.rate;
        noiseA[k] = (v.value * v.basis) / 100 + 0.5;
        noiseB[k] = 100 / v.basis;
      }
    }
    observed.push(Float64Array.from(pool));
    if (pool.length === 0) {
      warnings.push(
        `Indicator "${d.id}" has no values at ${level} level: every unit's ${d.pillar} coverage is lower, and the draws impute it uniformly.`,
      );
    }
    const range = ranges[i];
    if (range && range.min === range.max && U > 1) {
      warnings.push(
        `Indicator "${d.id}" has the same value for every unit, so min-max normalisation gives each 0.5.`,
      );
    }
  }

  unknown.report(
    warnings,
    (id, n) => `Unknown indicator "${id}": ${plural(n, 'value', 'values')} ignored.`,
  );
  otherLevel.report(
    warnings,
    (id, n) =>
      `Indicator "${id}" is not defined at ${level} level: ${plural(n, 'value', 'values')} ignored.`,
  );
  duplicate.report(
    warnings,
    (id, n) =>
      `Indicator "${id}": ${plural(n, 'unit has', 'units have')} more than one value; the first is used.`,
  );
  impossible.report(
    warnings,
    (id, n) =>
      `Indicator "${id}": ${plural(n, 'value is', 'values are')} impossible for the measure (not finite, negative, or a share outside 0..1) and treated as missing.`,
  );
  badBasis.report(
    warnings,
    (id, n) =>
      `Indicator "${id}": ${plural(n, 'value has', 'values have')} a basis that is not a positive number and ${n === 1 ? 'is' : 'are'} treated as missing.`,
  );
  noBasis.report(
    warnings,
    (id, n) =>
      `Indicator "${id}": ${plural(n, 'value has', 'values have')} no basis, so sampling uncertainty is not in the intervals.`,
  );
  noConfidence.report(
    warnings,
    (id, n) =>
      `Indicator "${id}": ${plural(n, 'expert value has', 'expert values have')} no confidence and ${n === 1 ? 'is' : 'are'} treated as low confidence.`,
  );
  noEvidence.report(
    warnings,
    (id, n) =>
      `Indicator "${id}": ${plural(n, 'expert value has', 'expert values have')} no evidence.`,
  );
  clamped.report(
    warnings,
    (id, n) =>
      `Indicator "${id}": ${plural(n, 'value lies', 'values lie')} beyond the goalposts and ${n === 1 ? 'was' : 'were'} clamped.`,
  );

  return {
    level,
    units: [...rowOf.keys()],
    indicators,
    indicatorWeight,
    pillars,
    pillarWeight,
    pillarOf,
    cells,
    norm,
    ranges,
    observed,
    noise,
    noiseA,
    noiseB,
    warnings,
  };
};
