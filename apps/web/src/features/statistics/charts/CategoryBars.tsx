import { linearScale } from '../../monitoring/model/chart';
import { fitLabel } from '../model/layout';
import { rowsByMeasure } from '../model/table';
import { useDescribe } from './describe';
import { Mark } from './Mark';
import { BAR, INK, MUTED, type ChartProps } from './types';

const WIDTH = 720;
const ROW = 34;
const LEFT = 4;
const RIGHT = WIDTH - 64;

/**
 * One dimension other than time: a horizontal bar per value, largest first, "unknown" last,
 * each labelled above its bar with its count at the end.
 */
export function CategoryBars({ table, label, title, selected, onSelect, svgRef }: ChartProps) {
  const describe = useDescribe(table.measure);
  const rows = rowsByMeasure(table, false);
  const max = Math.max(1, ...rows.map((r) => table.rowTotal(r)));
  const x = linearScale([0, max], [LEFT, RIGHT]);
  const height = rows.length * ROW + 6;
  return (
    <svg
      ref={svgRef}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="group"
      aria-label={title}
      className="stats-svg"
      data-testid="stats-chart"
      data-chart="bars"
    >
      {rows.map((row, i) => {
        const n = table.rowTotal(row);
        const name = label(table.rowDimension, row);
        const top = i * ROW;
        const body = (
          <>
            <text x={LEFT} y={top + 13} fontSize={13} fill={INK}>
              {fitLabel(name, 90)}
            </text>
            <rect
              x={LEFT}
              y={top + 18}
              width={n === 0 ? 0 : Math.max(2, x.at(n) - LEFT)}
              height={12}
              fill={BAR}
              className="stats-shape"
            />
            <text x={x.at(n) + 6} y={top + 28} fontSize={11} fill={MUTED}>
              {n}
            </text>
          </>
        );
        return n === 0 ? (
          <g key={JSON.stringify(row)}>{body}</g>
        ) : (
          <Mark
            key={JSON.stringify(row)}
            figure={{ row }}
            label={name}
            description={describe(name, n)}
            selected={selected}
            onSelect={onSelect}
          >
            {body}
          </Mark>
        );
      })}
    </svg>
  );
}
