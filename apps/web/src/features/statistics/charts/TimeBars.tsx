import { axisTicks, axisTop, labelEvery, linearScale, slots } from '../../monitoring/model/chart';
import { fitLabel } from '../model/layout';
import { useDescribe } from './describe';
import { Mark } from './Mark';
import { BAR, GRID, MUTED, type ChartProps } from './types';

const WIDTH = 720;
const HEIGHT = 240;
const LEFT = 44;
// Room on the right for the last period's label, centred under its bar.
const RIGHT = WIDTH - 30;
const TOP = 10;
const BOTTOM = HEIGHT - 30;

/**
 * One time dimension: a bar per period on a continuous axis (every period from the first to the
 * last, or across the chosen dates; a period with nothing is an empty slot, not a missing one).
 * Undated incidents are not on the axis; the caption and the table count them.
 */
export function TimeBars({ table, label, title, selected, onSelect, svgRef }: ChartProps) {
  const describe = useDescribe(table.measure);
  const periods = table.rows.filter((r): r is string => r !== null);
  const values = periods.map((p) => table.rowTotal(p));
  const top = axisTop(values, false);
  const y = linearScale([0, top], [BOTTOM, TOP]);
  const x = slots(periods.length, LEFT, RIGHT);
  const every = labelEvery(periods.length, RIGHT - LEFT, 64);
  const barWidth = Math.max(2, Math.min(48, x.width * 0.72));
  return (
    <svg
      ref={svgRef}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="group"
      aria-label={title}
      className="stats-svg"
      data-testid="stats-chart"
      data-chart="time"
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
            y={HEIGHT - 12}
            textAnchor="middle"
            fontSize={11}
            fill={MUTED}
            aria-hidden="true"
          >
            {fitLabel(label(table.rowDimension, period), 12)}
          </text>
        ) : null,
      )}
      <line x1={LEFT} x2={RIGHT} y1={BOTTOM} y2={BOTTOM} stroke={MUTED} aria-hidden="true" />
      {periods.map((period, i) => {
        const n = table.rowTotal(period);
        if (n === 0) return null;
        const name = label(table.rowDimension, period);
        return (
          <Mark
            key={period}
            figure={{ row: period }}
            label={name}
            description={describe(name, n)}
            selected={selected}
            onSelect={onSelect}
          >
            <rect
              x={x.centre(i) - barWidth / 2}
              y={y.at(n)}
              width={barWidth}
              height={Math.max(1, BOTTOM - y.at(n))}
              fill={BAR}
              className="stats-shape"
            />
          </Mark>
        );
      })}
    </svg>
  );
}
