import type { IndicatorDefinition } from './indicators';
import type { Prepared } from './prepare';
import { pointScores, type PointScores } from './score';
import type { IndexSettings } from './settings';
import { pearson, ranksDescending } from './stats';
import type { IndicatorSensitivity } from './types';

/**
 * For each indicator used: how far unit scores and ranks move when it is dropped (the index
 * recomputed without it, coverage included), and how closely it follows the index across units.
 */
export const sensitivity = (
  p: Prepared,
  settings: IndexSettings,
  base: PointScores,
  baseRank: Int32Array,
): IndicatorSensitivity[] => {
  const U = p.units.length;
  const I = p.indicators.length;
  const geometric = settings.aggregation === 'geometric';
  const ranks = new Int32Array(U);
  return p.indicators.map((d: IndicatorDefinition, i): IndicatorSensitivity => {
    const without = pointScores(p, settings.minCoverage, geometric, i);
    ranksDescending(without.score, ranks);
    let n = 0;
    let effect = 0;
    let shift = 0;
    const xs: number[] = [];
    const ys: number[] = [];
    for (let u = 0; u < U; u++) {
      const before = base.score[u] as number;
      const after = without.score[u] as number;
      if (!Number.isNaN(before) && !Number.isNaN(after)) {
        n++;
        effect += Math.abs(after - before);
        shift += Math.abs((ranks[u] as number) - (baseRank[u] as number));
      }
      const x = p.norm[u * I + i] as number;
      if (!Number.isNaN(x) && !Number.isNaN(before)) {
        xs.push(x);
        ys.push(before);
      }
    }
    return {
      indicator: d.id,
      pillar: d.pillar,
      effect: n > 0 ? effect / n : 0,
      rankShift: n > 0 ? shift / n : 0,
      correlation: pearson(xs, ys),
      units: n,
    };
  });
};
