import { indicatorsFor } from './indicators';
import type { Level } from './pillars';
import { rng } from './rng';
import type { IndicatorValue } from './types';

const CONFIDENCES = ['low', 'medium', 'high'] as const;

/**
 * Synthetic values for every indicator of a level, for tests and the performance script only:
 * plausible ranges, a `missingShare` of cells null, each unit with its own underlying risk so that
 * indicators correlate as real ones would. Units are named `U001`, `U002`, ….
 */
export const syntheticValues = (
  level: Level,
  units: number,
  seed: number,
  missingShare = 0.1,
): IndicatorValue[] => {
  const r = rng(seed);
  const out: IndicatorValue[] = [];
  for (let u = 0; u < units; u++) {
    const unit = `U${String(u + 1).padStart(3, '0')}`;
    const risk = r.next();
    for (const d of indicatorsFor(level)) {
      if (r.next() < missingShare) {
        out.push({ indicator: d.id, unit, value: null });
        continue;
      }
      const lean = d.direction === 'higher-is-worse' ? risk : 1 - risk;
      const jitter = Math.min(Math.max(lean + 0.15 * r.normal(), 0), 1);
      const basis = 5 + Math.floor(r.next() * 300);
      switch (d.measure) {
        case 'share': {
          const n = d.normalisation;
          const value = n.kind === 'min-max' ? jitter : n.min + jitter * (n.max - n.min);
          out.push({ indicator: d.id, unit, value, basis, records: [`rec-${u}`] });
          break;
        }
        case 'rate-per-100':
          out.push({ indicator: d.id, unit, value: 0.1 * Math.pow(200, jitter), basis });
          break;
        case 'count': {
          const n = d.normalisation;
          const value =
            n.kind === 'goalposts'
              ? n.min + jitter * (n.max - n.min)
              : n.kind === 'log-goalposts'
                ? n.min * Math.pow(n.max / n.min, jitter) - 1
                : 60 * jitter * jitter;
          out.push({ indicator: d.id, unit, value: Math.max(0, Math.round(value)) });
          break;
        }
        case 'scale':
          out.push({
            indicator: d.id,
            unit,
            value: Math.round(jitter * 4),
            evidence: 'synthetic',
            confidence: CONFIDENCES[Math.floor(r.next() * 3)] ?? 'low',
          });
          break;
      }
    }
  }
  return out;
};
