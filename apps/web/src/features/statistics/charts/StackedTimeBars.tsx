import type { StatDimension } from '@vigil/core';
import { CATEGORY_COLOURS, NO_VALUE } from '../../facilities/map/colour';
import { axisTicks, axisTop, labelEvery, linearScale, slots } from '../../monitoring/model/chart';
import { dimensionLabel } from '../model/labels';
import { fitLabel, stackOf } from '../model/layout';
import type { Figure } from '../model/table';
import { useLabeller } from '../../records/shared/useLabeller';
import { useDescribe, usePairLabel } from './describe';
import { Mark } from './Mark';
import { legendHeight, SvgLegend } from './SvgLegend';
import { GRID, MUTED, type ChartProps } from './types';

const WIDTH = 720;
const PLOT = 240;
const LEFT = 44;
// Room on the right for the last period's label, centred under its bar.
const RIGHT = WIDTH - 30;
const TOP = 10;
const BOTTOM = PLOT - 30;

/** A colour per value of the stacked dimension, "unknown" grey. */
const colourOf = (values: readonly (string | null)[], value: string | null): string =>
  value === null
    ? NO_VALUE
    : (CATEGORY_COLOURS[
        values.filter((v) => v !== null).indexOf(value) % CATEGORY_COLOURS.length
      ] ?? NO_VALUE);

/**
 * Time and a dimension with one value per incident: a bar per period, stacked by that
 * dimension's values (so the stack is the period's total), with the colours in a legend below.
 * Each segment opens the records of its period and value.
 */
export function StackedTimeBars({
  table,
  label,
  title,
  selected,
  onSelect,
  svgRef,
  time,
}: ChartProps & { readonly time: 'rows' | 'columns' }) {
  const l = useLabeller();
  const describe = useDescribe(table.measure);
  const pair = usePairLabel();
  const timeDimension = (
    time === 'rows' ? table.rowDimension : table.columnDimension
  ) as StatDimension;
  const otherDimension = (
    time === 'rows' ? table.columnDimension : table.rowDimension
  ) as StatDimension;
  const periods = (time === 'rows' ? table.rows : table.columns).filter(
    (p): p is string => p !== null,
  );
  const series = time === 'rows' ? table.columns : table.rows;
  const cellOf = (period: string, value: string | null): number =>
    time === 'rows' ? table.cell(period, value) : table.cell(value, period);
  const figureOf = (period: string, value: string | null): Figure =>
    time === 'rows' ? { row: period, column: value } : { row: value, column: period };
  const stacks = periods.map((p) => stackOf(series.map((s) => ({ key: s, value: cellOf(p, s) }))));
  const top = axisTop(
    stacks.map((s) => s[s.length - 1]?.y1 ?? 0),
    false,
  );
  const y = linearScale([0, top], [BOTTOM, TOP]);
  const x = slots(periods.length, LEFT, RIGHT);
  const every = labelEvery(periods.length, RIGHT - LEFT, 64);
  const barWidth = Math.max(2, Math.min(48, x.width * 0.72));
  const height = PLOT + legendHeight(series.length);
  return (
    <svg
      ref={svgRef}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="group"
      aria-label={title}
      className="stats-svg"
      data-testid="stats-chart"
      data-chart="stacked"
    >
      {axisTicks(top, 4, true).map((tick) => (
        <g key={tick} aria-hidden="true">
          <line x1={LEFT} x2={RIGHT} y1={y.at(tick)} y2={y.at(tick)} stroke={GRID} />
          <text x={LEFT - 6} y={y.at(tick) + 4} textAnchor="end" fontSize={11} fill={MUTED}>
            {tick}
          </text>
        </g>
      ))}
      {periods.map((period, i) =>
        (periods.length - 1 - i) % every === 0 ? (
          <text
            key={period}
            x={x.centre(i)}
            y={PLOT - 12}
            textAnchor="middle"
            fontSize={11}
            fill={MUTED}
            aria-hidden="true"
          >
            {fitLabel(label(timeDimension, period), 12)}
          </text>
        ) : null,
      )}
      <line x1={LEFT} x2={RIGHT} y1={BOTTOM} y2={BOTTOM} stroke={MUTED} aria-hidden="true" />
      {periods.map((period, i) =>
        (stacks[i] ?? []).map((segment) => {
          const name = pair(label(timeDimension, period), label(otherDimension, segment.key));
          return (
            <Mark
              key={`${period}:${JSON.stringify(segment.key)}`}
              figure={figureOf(period, segment.key)}
              label={name}
              description={describe(name, segment.value)}
              selected={selected}
              onSelect={onSelect}
            >
              <rect
                x={x.centre(i) - barWidth / 2}
                y={y.at(segment.y1)}
                width={barWidth}
                height={Math.max(1, y.at(segment.y0) - y.at(segment.y1))}
                fill={colourOf(series, segment.key)}
                stroke="#ffffff"
                strokeWidth={0.5}
                className="stats-shape"
              />
            </Mark>
          );
        }),
      )}
      <SvgLegend
        x={LEFT}
        y={PLOT}
        width={RIGHT - LEFT}
        title={dimensionLabel(l, otherDimension)}
        entries={series.map((s) => ({
          key: JSON.stringify(s),
          colour: colourOf(series, s),
          label: label(otherDimension, s),
        }))}
      />
    </svg>
  );
}
