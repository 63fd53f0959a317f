import type { IndicatorValue } from '@vigil/analytics';
import type { RiskIndexInput, RiskIndexLevel } from '@vigil/core';
import type { ExpertRow } from './expert-repository';
import type { Register } from './places';

/**
 * Which stored expert value stands for each indicator and unit of an index (pure). A rating is
 * about a period; of those overlapping the index's period, the one sharing most days with it
 * wins, then the most recent period, then the latest change. Without any period (a vault with
 * no dated records and none asked for) the most recent period wins. Facilities merged away
 * count as the one they joined.
 */

const DAY = 86_400_000;
const dayNumber = (day: string): number => Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY);

/** Days a value's period shares with the index's (open ends reach as far as the value). */
export const overlapDays = (
  value: { readonly from: string; readonly to: string },
  period: { readonly from: string | null; readonly to: string | null },
): number => {
  // No period at all: every value counts alike, and the most recent wins.
  if (period.from === null && period.to === null) return 1;
  const start = Math.max(
    dayNumber(value.from),
    period.from === null ? -Infinity : dayNumber(period.from),
  );
  const end = Math.min(dayNumber(value.to), period.to === null ? Infinity : dayNumber(period.to));
  return end - start + 1;
};

export interface ExpertValues {
  readonly values: IndicatorValue[];
  readonly inputs: RiskIndexInput[];
}

/** The expert values of `level` that count for the period, as index inputs. */
export const chooseExpertValues = (
  rows: readonly ExpertRow[],
  level: RiskIndexLevel,
  period: { readonly from: string | null; readonly to: string | null },
  register: Register,
): ExpertValues => {
  const best = new Map<string, { row: ExpertRow; unit: string; overlap: number }>();
  for (const row of rows) {
    if (row.level !== level || row.deleted_at !== null) continue;
    const overlap = overlapDays({ from: row.period_from, to: row.period_to }, period);
    if (overlap <= 0) continue;
    const unit = level === 'facility' ? register.resolve(row.unit).id : row.unit;
    const key = `${row.indicator}\u0000${unit}`;
    const known = best.get(key);
    const better =
      known === undefined ||
      overlap > known.overlap ||
      (overlap === known.overlap &&
        (row.period_to > known.row.period_to ||
          (row.period_to === known.row.period_to &&
            new Date(row.updated_at).getTime() > new Date(known.row.updated_at).getTime())));
    if (better) best.set(key, { row, unit, overlap });
  }
  const chosen = [...best.values()].sort(
    (a, b) => a.row.indicator.localeCompare(b.row.indicator) || a.unit.localeCompare(b.unit),
  );
  return {
    values: chosen.map(({ row, unit }) => ({
      indicator: row.indicator,
      unit,
      value: row.value,
      evidence: row.evidence,
      confidence: row.confidence,
    })),
    inputs: chosen.map(({ row, unit }) => ({
      unit,
      indicator: row.indicator,
      source: 'expert',
      numerator: null,
      denominator: null,
      records: 0,
      more: 0,
      expert: { id: row.id, from: row.period_from, to: row.period_to, version: row.version },
    })),
  };
};
