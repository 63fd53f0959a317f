import type { RefObject } from 'react';
import { useLocale, useT } from '../../app/i18n/LocaleProvider';
import { linearScale } from '../monitoring/model/chart';
import { fitLabel } from '../statistics/model/layout';
import { chartMax, formatCount, formatInterval, type ChartRow } from './model/results';

// Colours as SVG attributes (the CSP allows no inline styles, and a downloaded SVG or PNG looks
// like the page without the stylesheet).
const INK = '#1c2430';
const MUTED = '#5b6675';
const DOCUMENTED = '#9aa3ae';
const ESTIMATED = '#1f4e8c';
const GRID = '#d5dae1';

const WIDTH = 720;
const LABEL = 190;
const LEFT = LABEL + 10;
const RIGHT = WIDTH - 160;
const ROW = 46;
const TOP = 26;
const LEGEND = 24;

/** Round steps for the value axis. */
const ticksOf = (max: number): number[] => {
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = 0; v <= max + step / 2; v += step) out.push(v);
  return out;
};

/**
 * Per stratum, documented against estimated: a grey bar for the people documented, a dark bar
 * for the estimated total with its 95 % interval as a whisker (an arrow and ∞ when it has no
 * upper end). A stratum that was not estimated has its grey bar only, and says so.
 */
export function EstimateChart({
  rows,
  label,
  svgRef,
}: {
  readonly rows: readonly ChartRow[];
  readonly label: (row: ChartRow) => string;
  readonly svgRef: RefObject<SVGSVGElement | null>;
}) {
  const t = useT();
  const { locale } = useLocale();
  const ticks = ticksOf(chartMax(rows));
  const top = ticks[ticks.length - 1] ?? 1;
  const x = linearScale([0, top], [LEFT, RIGHT]);
  const height = TOP + rows.length * ROW + LEGEND + 8;
  const describe = (r: ChartRow) =>
    r.figure === null
      ? t('estimation.chart.rowDocumented', { name: label(r), count: r.documented })
      : t('estimation.chart.row', {
          name: label(r),
          count: r.documented,
          total: formatCount(locale, r.figure.estimate),
          interval: formatInterval(locale, r.figure.interval),
        });
  return (
    <svg
      ref={svgRef}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={t('estimation.chart.title')}
      className="est-svg"
      data-testid="est-chart"
    >
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={x.at(tick)}
            x2={x.at(tick)}
            y1={TOP - 6}
            y2={TOP + rows.length * ROW}
            stroke={GRID}
          />
          <text x={x.at(tick)} y={TOP - 10} fontSize={11} fill={MUTED} textAnchor="middle">
            {formatCount(locale, tick)}
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const y = TOP + i * ROW;
        const f = r.figure;
        const hi =
          f === null ? 0 : Number.isFinite(f.interval[1]) ? x.at(f.interval[1]) : RIGHT + 14;
        return (
          <g key={r.key} data-testid="est-chart-row" data-total={r.total ? 'true' : undefined}>
            <title>{describe(r)}</title>
            <text
              x={LABEL}
              y={y + 22}
              fontSize={13}
              fontWeight={r.total ? 700 : 400}
              fill={INK}
              textAnchor="end"
            >
              {fitLabel(label(r), 28)}
            </text>
            <rect
              x={LEFT}
              y={y + 6}
              width={Math.max(1, x.at(r.documented) - LEFT)}
              height={14}
              fill={DOCUMENTED}
            />
            <text x={x.at(r.documented) + 4} y={y + 17} fontSize={11} fill={MUTED}>
              {formatCount(locale, r.documented)}
            </text>
            {f === null ? (
              <text x={LEFT} y={y + 36} fontSize={11} fill={MUTED}>
                {t('estimation.results.notEstimated')}
              </text>
            ) : (
              <>
                <rect
                  x={LEFT}
                  y={y + 24}
                  width={Math.max(1, x.at(f.estimate) - LEFT)}
                  height={14}
                  fill={ESTIMATED}
                  data-testid="est-chart-estimate"
                />
                <g stroke={INK} strokeWidth={1.5}>
                  <line x1={x.at(f.interval[0])} x2={hi} y1={y + 31} y2={y + 31} />
                  <line x1={x.at(f.interval[0])} x2={x.at(f.interval[0])} y1={y + 25} y2={y + 37} />
                  {Number.isFinite(f.interval[1]) ? (
                    <line x1={hi} x2={hi} y1={y + 25} y2={y + 37} />
                  ) : (
                    <path
                      d={`M ${hi - 6} ${y + 26} L ${hi} ${y + 31} L ${hi - 6} ${y + 36}`}
                      fill="none"
                    />
                  )}
                </g>
                <text x={Math.max(hi, x.at(f.estimate)) + 6} y={y + 35} fontSize={11} fill={INK}>
                  {formatCount(locale, f.estimate)} ({formatInterval(locale, f.interval)})
                </text>
              </>
            )}
          </g>
        );
      })}
      <g transform={`translate(${LEFT} ${TOP + rows.length * ROW + 10})`}>
        <rect x={0} y={0} width={14} height={10} fill={DOCUMENTED} />
        <text x={20} y={9} fontSize={11} fill={INK}>
          {t('estimation.chart.documented')}
        </text>
        <rect x={150} y={0} width={14} height={10} fill={ESTIMATED} />
        <line x1={170} x2={190} y1={5} y2={5} stroke={INK} strokeWidth={1.5} />
        <text x={196} y={9} fontSize={11} fill={INK}>
          {t('estimation.chart.estimated')}
        </text>
      </g>
    </svg>
  );
}
