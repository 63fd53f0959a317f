import type { StatDimension } from '@vigil/core';
import { useT } from '../../../app/i18n/LocaleProvider';
import { EMPTY_CELL, heatScale } from '../model/heatmap';
import { fitLabel, heatLayout } from '../model/layout';
import { useDescribe, usePairLabel } from './describe';
import { Mark } from './Mark';
import { legendHeight, SvgLegend } from './SvgLegend';
import { INK, type ChartProps } from './types';

/**
 * Two dimensions: rows down, columns across, each cell coloured by its count's class (the legend
 * below says the classes) and showing the count. Cells never suggest that they add up, which is
 * right when an incident can be in several of them. A non-empty cell opens its records.
 */
export function HeatMap({ table, label, title, selected, onSelect, svgRef }: ChartProps) {
  const t = useT();
  const describe = useDescribe(table.measure);
  const pair = usePairLabel();
  const rowDimension = table.rowDimension;
  const columnDimension = table.columnDimension as StatDimension;
  const rowLabels = table.rows.map((r) => label(rowDimension, r));
  const columnLabels = table.columns.map((c) => label(columnDimension, c));
  const layout = heatLayout(rowLabels, columnLabels);
  const scale = heatScale(table.rows.flatMap((r) => table.columns.map((c) => table.cell(r, c))));
  const plotBottom = layout.height + 8;
  const height = plotBottom + legendHeight(scale.classes.length + 1);
  const classText = (lower: number, upper: number) =>
    lower === upper
      ? String(lower)
      : t('statistics.legend.between', { value: lower, count: upper });
  return (
    <svg
      ref={svgRef}
      viewBox={`0 0 ${layout.width} ${height}`}
      width={layout.width}
      role="group"
      aria-label={title}
      className="stats-svg stats-svg-wide"
      data-testid="stats-chart"
      data-chart="heat-map"
    >
      {columnLabels.map((name, j) => {
        const cx = layout.left + (j + 0.5) * layout.cellWidth;
        return (
          <text
            key={JSON.stringify(table.columns[j] ?? null)}
            transform={`translate(${cx} ${layout.top - 6}) rotate(-45)`}
            fontSize={11}
            fill={INK}
            aria-hidden="true"
          >
            {fitLabel(name, layout.columnChars)}
          </text>
        );
      })}
      {table.rows.map((row, i) => {
        const rowName = rowLabels[i] ?? '';
        const cy = layout.top + i * layout.cellHeight;
        return (
          <g key={JSON.stringify(row)}>
            <text
              x={layout.left - 8}
              y={cy + layout.cellHeight / 2 + 4}
              textAnchor="end"
              fontSize={12}
              fill={INK}
              aria-hidden="true"
            >
              {fitLabel(rowName, layout.rowChars)}
            </text>
            {table.columns.map((column, j) => {
              const n = table.cell(row, column);
              const cls = scale.classOf(n);
              const cx = layout.left + j * layout.cellWidth;
              const shape = (
                <>
                  <rect
                    x={cx + 1}
                    y={cy + 1}
                    width={layout.cellWidth - 2}
                    height={layout.cellHeight - 2}
                    fill={cls?.colour ?? EMPTY_CELL}
                    className="stats-shape"
                  />
                  {n > 0 ? (
                    <text
                      x={cx + layout.cellWidth / 2}
                      y={cy + layout.cellHeight / 2 + 4}
                      textAnchor="middle"
                      fontSize={13}
                      fill={cls?.dark === true ? '#ffffff' : INK}
                    >
                      {n}
                    </text>
                  ) : null}
                </>
              );
              if (n === 0) return <g key={JSON.stringify(column)}>{shape}</g>;
              const name = pair(rowName, columnLabels[j] ?? '');
              return (
                <Mark
                  key={JSON.stringify(column)}
                  figure={{ row, column }}
                  label={name}
                  description={describe(name, n)}
                  selected={selected}
                  onSelect={onSelect}
                >
                  {shape}
                </Mark>
              );
            })}
          </g>
        );
      })}
      <SvgLegend
        x={4}
        y={plotBottom}
        width={Math.max(360, Math.min(layout.width - 8, 600))}
        title={t('statistics.legend.title', { name: t(`statistics.measure.${table.measure}`) })}
        entries={[
          { key: 'none', colour: EMPTY_CELL, label: t('statistics.legend.zero') },
          ...scale.classes.map((c) => ({
            key: String(c.lower),
            colour: c.colour,
            label: classText(c.lower, c.upper),
          })),
        ]}
      />
    </svg>
  );
}
