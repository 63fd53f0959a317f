import type { IndexResultView } from '@vigil/core';
import { useLocale, useT } from '../../app/i18n/LocaleProvider';
import { linearScale } from '../monitoring/model/chart';
import { BAR, INK, MUTED } from './colours';
import { useIndexLabels } from './labels';
import { orderSensitivity } from './model/format';

const WIDTH = 720;
const ROW = 26;
const LABEL = 330;
const LEFT = LABEL + 8;
const RIGHT = WIDTH - 150;

/**
 * Which indicators move the scores: for each, the mean change of unit scores when it is left out
 * (a bar), the mean change of rank, and how it correlates with the score across units.
 */
export function SensitivityChart({ items }: { readonly items: IndexResultView['sensitivity'] }) {
  const t = useT();
  const { locale } = useLocale();
  const labels = useIndexLabels();
  const rows = orderSensitivity(items);
  const max = Math.max(0.01, ...rows.map((r) => r.effect));
  const x = linearScale([0, max], [LEFT, RIGHT]);
  const number = (digits: number, v: number) =>
    new Intl.NumberFormat(locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(v);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${rows.length * ROW + 4}`}
      role="img"
      aria-label={t('riskIndex.sensitivity.chart')}
      className="ri-svg"
      data-testid="risk-sensitivity"
    >
      {rows.map((s, i) => {
        const top = i * ROW;
        const label = labels.indicator(s.indicator);
        return (
          <g key={s.indicator} data-indicator={s.indicator}>
            <title>
              {t('riskIndex.sensitivity.row', {
                name: label,
                score: number(3, s.effect),
                shift: number(2, s.rankShift),
                count: s.units,
              })}
            </title>
            <text x={LABEL} y={top + 17} fontSize={12} fill={INK} textAnchor="end">
              {label.length > 44 ? `${label.slice(0, 43)}…` : label}
            </text>
            {s.units === 0 ? (
              <text x={LEFT} y={top + 17} fontSize={11} fill={MUTED}>
                {t('riskIndex.sensitivity.noUnits')}
              </text>
            ) : (
              <>
                <rect
                  x={LEFT}
                  y={top + 7}
                  width={Math.max(1, x.at(s.effect) - LEFT)}
                  height={12}
                  fill={BAR}
                />
                <text x={x.at(s.effect) + 6} y={top + 17} fontSize={11} fill={MUTED}>
                  {`${number(3, s.effect)} · ${t('riskIndex.sensitivity.rank', { shift: number(2, s.rankShift) })}${
                    s.correlation === null ? '' : ` · r ${number(2, s.correlation)}`
                  }`}
                </text>
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}
