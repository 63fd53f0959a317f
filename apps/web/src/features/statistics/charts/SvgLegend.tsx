import { fitLabel } from '../model/layout';
import { INK, MUTED } from './types';

/** Entries per line of a legend drawn in the chart, and the height of a line. */
export const LEGEND_PER_LINE = 3;
export const LEGEND_LINE = 20;

/** Height a legend of `count` entries under a title takes. */
export const legendHeight = (count: number): number =>
  24 + Math.ceil(Math.max(1, count) / LEGEND_PER_LINE) * LEGEND_LINE;

/**
 * A legend inside the drawing (not beside it in HTML), so that a downloaded image keeps it: a
 * title, then swatches with their words, three to a line.
 */
export function SvgLegend({
  x,
  y,
  width,
  title,
  entries,
}: {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly title: string;
  readonly entries: readonly {
    readonly key: string;
    readonly colour: string;
    readonly label: string;
  }[];
}) {
  const column = width / LEGEND_PER_LINE;
  return (
    <g data-testid="stats-legend">
      <text x={x} y={y + 14} fontSize={12} fontWeight={700} fill={INK}>
        {title}
      </text>
      {entries.map((e, i) => {
        const ex = x + (i % LEGEND_PER_LINE) * column;
        const ey = y + 24 + Math.floor(i / LEGEND_PER_LINE) * LEGEND_LINE;
        return (
          <g key={e.key}>
            <rect
              x={ex}
              y={ey + 2}
              width={12}
              height={12}
              fill={e.colour}
              stroke={MUTED}
              strokeWidth={0.5}
            />
            <text x={ex + 18} y={ey + 12} fontSize={11} fill={INK}>
              {fitLabel(e.label, Math.floor((column - 24) / 6.2))}
            </text>
          </g>
        );
      })}
    </g>
  );
}
