import type { IndexResultView } from '@vigil/core';
import { useId, type KeyboardEvent } from 'react';
import { useLocale, useT } from '../../app/i18n/LocaleProvider';
import { linearScale } from '../monitoring/model/chart';
import { BAR, GRID, INK, MUTED, svgId } from './colours';
import { HatchPattern } from './Hatch';
import { intervalText, scoreText } from './model/format';

type UnitScore = IndexResultView['units'][number];

const WIDTH = 720;
const ROW = 28;
const TOP = 24;
const LABEL = 220;
const LEFT = LABEL + 8;
const RIGHT = WIDTH - 70;
const TICKS = [0, 0.25, 0.5, 0.75, 1];

/** Cuts a name to fit its column, keeping its start. */
const fit = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/**
 * One row per unit: its score as a bar from 0 with the 95 % interval drawn across it, and its
 * rank. A unit without a score is a hatched band saying so, never a bar of length zero. Every
 * row is a button (Tab, Enter, Space) that opens the unit's pillars.
 */
export function ScoreChart({
  units,
  name,
  selected,
  onSelect,
}: {
  readonly units: readonly UnitScore[];
  readonly name: (unit: string) => string;
  readonly selected: string | undefined;
  readonly onSelect: (unit: string) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const hatch = svgId(useId(), 'hatch');
  const x = linearScale([0, 1], [LEFT, RIGHT]);
  const height = TOP + units.length * ROW + 4;
  const describe = (u: UnitScore) =>
    u.score === null
      ? t('riskIndex.chart.noScore', { name: name(u.unit) })
      : t('riskIndex.chart.row', {
          name: name(u.unit),
          score: scoreText(locale, u.score),
          interval: intervalText(locale, u.interval),
          rank: u.rank ?? 0,
        });
  const onKey = (unit: string) => (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(unit);
    }
  };
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="group"
      aria-label={t('riskIndex.chart.title')}
      className="ri-svg"
      data-testid="risk-chart"
    >
      <HatchPattern id={hatch} />
      {TICKS.map((tick) => (
        <g key={tick}>
          <line
            x1={x.at(tick)}
            x2={x.at(tick)}
            y1={TOP - 4}
            y2={height}
            stroke={GRID}
            strokeWidth={1}
          />
          <text x={x.at(tick)} y={TOP - 8} fontSize={11} fill={MUTED} textAnchor="middle">
            {scoreText(locale, tick)}
          </text>
        </g>
      ))}
      {units.map((u, i) => {
        const top = TOP + i * ROW;
        const mid = top + ROW / 2;
        return (
          <g
            key={u.unit}
            role="button"
            tabIndex={0}
            aria-label={describe(u)}
            aria-pressed={selected === u.unit}
            className="ri-mark"
            onClick={() => onSelect(u.unit)}
            onKeyDown={onKey(u.unit)}
            data-testid="risk-chart-row"
            data-unit={u.unit}
            data-missing={u.score === null ? 'true' : undefined}
          >
            <title>{describe(u)}</title>
            <rect
              x={0}
              y={top}
              width={WIDTH}
              height={ROW}
              fill="transparent"
              className="ri-shape"
            />
            <text x={LABEL} y={mid + 4} fontSize={13} fill={INK} textAnchor="end">
              {fit(name(u.unit), 30)}
            </text>
            {u.score === null ? (
              <>
                <rect
                  x={LEFT}
                  y={top + 6}
                  width={RIGHT - LEFT}
                  height={ROW - 12}
                  fill={`url(#${hatch})`}
                />
                <text
                  x={(LEFT + RIGHT) / 2}
                  y={mid + 4}
                  fontSize={12}
                  fill={INK}
                  textAnchor="middle"
                >
                  {t('riskIndex.chart.missing')}
                </text>
              </>
            ) : (
              <>
                <rect
                  x={LEFT}
                  y={top + 8}
                  width={Math.max(1, x.at(u.score) - LEFT)}
                  height={ROW - 16}
                  fill={BAR}
                  opacity={0.8}
                />
                {u.interval === null ? null : (
                  <g stroke={INK} strokeWidth={1.5}>
                    <line x1={x.at(u.interval[0])} x2={x.at(u.interval[1])} y1={mid} y2={mid} />
                    <line
                      x1={x.at(u.interval[0])}
                      x2={x.at(u.interval[0])}
                      y1={mid - 6}
                      y2={mid + 6}
                    />
                    <line
                      x1={x.at(u.interval[1])}
                      x2={x.at(u.interval[1])}
                      y1={mid - 6}
                      y2={mid + 6}
                    />
                  </g>
                )}
                <circle cx={x.at(u.score)} cy={mid} r={3.5} fill={INK} />
                <text x={RIGHT + 8} y={mid + 4} fontSize={12} fill={MUTED}>
                  {scoreText(locale, u.score)}
                  {u.rank === undefined ? '' : ` #${u.rank}`}
                </text>
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}
