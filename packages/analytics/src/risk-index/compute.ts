import type { IndicatorDefinition } from './indicators';
import { monteCarlo } from './monte-carlo';
import type { Level } from './pillars';
import { prepare, type Prepared } from './prepare';
import { pointScores, type PointScores } from './score';
import { sensitivity } from './sensitivity';
import { resolveSettings, type IndexSettings } from './settings';
import { ranksDescending } from './stats';
import type { IndexResult, IndicatorScore, IndicatorValue, PillarScore, UnitScore } from './types';

const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

const listed = (names: readonly string[], max = 5): string =>
  names.length <= max
    ? names.join(', ')
    : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;

/** An indicator cell as reported: raw and normalised value plus what it traces back to. */
const indicatorScore = (
  d: IndicatorDefinition,
  v: IndicatorValue | undefined,
  normalised: number,
): IndicatorScore => ({
  indicator: d.id,
  raw: v?.value ?? null,
  normalised: orNull(normalised),
  ...(v?.basis !== undefined && { basis: v.basis }),
  ...(v?.records !== undefined && { records: v.records }),
  ...(v?.evidence !== undefined && { evidence: v.evidence }),
  ...(v?.confidence !== undefined && { confidence: v.confidence }),
});

const unitScores = (
  p: Prepared,
  point: PointScores,
  rank: Int32Array,
  mc: ReturnType<typeof monteCarlo>,
): UnitScore[] => {
  const I = p.indicators.length;
  const P = p.pillars.length;
  return p.units.map((unit, u): UnitScore => {
    const pillars = p.pillars.map((pillar, q): PillarScore => ({
      pillar,
      score: orNull(point.pillarScore[u * P + q] as number),
      interval: mc.pillar[u * P + q] ?? null,
      coverage: point.pillarCoverage[u * P + q] as number,
      indicators: p.indicators.flatMap((d, i) =>
        d.pillar === pillar
          ? [indicatorScore(d, p.cells[u * I + i], p.norm[u * I + i] as number)]
          : [],
      ),
    }));
    const score = orNull(point.score[u] as number);
    const r = rank[u] as number;
    const rankInterval = mc.rank[u];
    return {
      unit,
      score,
      interval: mc.unit[u] ?? null,
      coverage: point.coverage[u] as number,
      pillars,
      ...(r > 0 && { rank: r }),
      ...(rankInterval && { rankInterval }),
      missing: p.indicators.filter((_, i) => !p.cells[u * I + i]).map((d) => d.id),
    };
  });
};

/**
 * Computes the torture-risk index of every unit named in `values` at one level: pillar and index
 * scores from observed data (missing, never zero, below the coverage minimum), ranks, 95 %
 * Monte Carlo intervals for scores and ranks, the sensitivity to each indicator and warnings.
 * Pure and deterministic: same values and settings (seed included), same result.
 */
export const computeIndex = (
  level: Level,
  values: readonly IndicatorValue[],
  settings?: Partial<IndexSettings>,
): IndexResult => {
  const s = resolveSettings(settings);
  const p = prepare(level, values, s);
  const point = pointScores(p, s.minCoverage, s.aggregation === 'geometric');
  const rank = ranksDescending(point.score, new Int32Array(p.units.length));
  const mc = monteCarlo(p, s, point, rank);
  const warnings = [...p.warnings];
  const unscored = p.units.filter((_, u) => Number.isNaN(point.score[u] as number));
  if (unscored.length > 0) {
    warnings.push(
      `${unscored.length} of ${p.units.length} ${unscored.length === 1 ? 'unit has' : 'units have'} no score: less than ${Math.round(
        s.minCoverage * 100,
      )} % of the pillar weight is covered by data (${listed(unscored)}).`,
    );
  }
  if (mc.widened.length > 0) {
    warnings.push(
      `The score from observed data lies outside the central 95 % of the draws for ${mc.widened.length} ${mc.widened.length === 1 ? 'unit' : 'units'}, mostly because imputed values differ from observed ones; the intervals were widened to include the score (${listed(mc.widened)}).`,
    );
  }
  return {
    level,
    settings: s,
    units: unitScores(p, point, rank, mc),
    sensitivity: sensitivity(p, s, point, rank),
    warnings,
  };
};
