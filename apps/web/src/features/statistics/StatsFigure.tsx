import type { StatDimension, StatsResponse } from '@vigil/core';
import { useRef } from 'react';
import { useT } from '../../app/i18n/LocaleProvider';
import { useLabeller } from '../records/shared/useLabeller';
import { CategoryBars } from './charts/CategoryBars';
import { HeatMap } from './charts/HeatMap';
import { LazyRegionMap } from './charts/LazyRegionMap';
import { StackedTimeBars } from './charts/StackedTimeBars';
import { TimeBars } from './charts/TimeBars';
import type { ChartProps, SelectFigure } from './charts/types';
import { DisplayToggle } from './DisplayToggle';
import { ExportButtons } from './ExportButtons';
import { chartKindOf } from './model/chartKind';
import { canMap, type Display } from './model/display';
import { dimensionLabel } from './model/labels';
import { tableOf } from './model/table';
import { isTimeDimension, type StatsView } from './model/view';
import { PeopleNote } from './PeopleNote';
import { RateFigure } from './RateFigure';
import { StatsTableView } from './StatsTableView';
import type { ValueLabel } from './useValueLabel';

/**
 * One answer drawn: its title, what was counted, the chart the dimensions call for (a count by
 * region alone as bars or as a map), the notes every number needs (documented incidents only;
 * distinct victims; several values per incident), the downloads, and the table behind the chart.
 */
export function StatsFigure({
  view,
  data,
  label,
  selected,
  onSelect,
  display,
  onDisplay,
}: {
  readonly view: StatsView;
  readonly data: StatsResponse;
  readonly label: ValueLabel;
  readonly selected: string | undefined;
  readonly onSelect: SelectFigure;
  /** Bars or map, where a map can be drawn (`canMap`). */
  readonly display: Display;
  readonly onDisplay: (display: Display) => void;
}) {
  if (data.rate !== undefined) {
    return (
      <RateFigure
        view={view}
        data={data}
        rate={data.rate}
        label={label}
        selected={selected}
        onSelect={onSelect}
      />
    );
  }
  return (
    <CountFigure
      view={view}
      data={data}
      label={label}
      selected={selected}
      onSelect={onSelect}
      display={display}
      onDisplay={onDisplay}
    />
  );
}

function CountFigure({
  view,
  data,
  label,
  selected,
  onSelect,
  display,
  onDisplay,
}: Parameters<typeof StatsFigure>[0]) {
  const t = useT();
  const l = useLabeller();
  const svgRef = useRef<SVGSVGElement>(null);
  const table = tableOf(data, view.measure, view.rows, view.columns);
  const kind = chartKindOf(view.rows, view.columns, data);
  const mappable = canMap(view.rows, view.columns);
  const map = mappable && display === 'map';
  const measure = t(`statistics.measure.${view.measure}`);
  const title =
    view.columns === undefined
      ? t('statistics.figure.one', { name: measure, first: dimensionLabel(l, view.rows) })
      : t('statistics.figure.two', {
          name: measure,
          first: dimensionLabel(l, view.rows),
          last: dimensionLabel(l, view.columns),
        });
  const documented = t('statistics.note.documented');
  const props: ChartProps = { table, label, title, selected, onSelect, svgRef };
  const undated = undatedOnAxis(view, data);
  const multi = data.multiValued.map((d: StatDimension) => dimensionLabel(l, d));
  // Which words for null the table shows: "Unknown", and "None recorded" for interventions.
  const nulls = [
    ...(data.rows.includes(null) ? [view.rows] : []),
    ...(view.columns !== undefined && data.columns.includes(null) ? [view.columns] : []),
  ].filter((d) => !isTimeDimension(d));
  const hasUnknown = nulls.some((d) => d !== 'intervention-outcome');
  const hasNone = nulls.includes('intervention-outcome');
  return (
    <section
      className="card stack"
      aria-labelledby="stats-figure-title"
      data-testid="stats-figure-card"
    >
      <h2 id="stats-figure-title">{title}</h2>
      <p data-testid="stats-totals">
        {t('statistics.figure.totals', { count: data.total.incidents, value: data.total.victims })}
      </p>
      <p className="small">
        <PeopleNote people={data.people} />
      </p>
      {mappable ? <DisplayToggle display={display} onChange={onDisplay} /> : null}
      <figure className="stats-chart">
        <div className="stats-scroll">
          {kind.kind === 'time' ? <TimeBars {...props} /> : null}
          {kind.kind === 'bars' && !map ? <CategoryBars {...props} /> : null}
          {kind.kind === 'bars' && map ? <LazyRegionMap {...props} /> : null}
          {kind.kind === 'stacked' ? <StackedTimeBars {...props} time={kind.time} /> : null}
          {kind.kind === 'heat-map' ? <HeatMap {...props} /> : null}
        </div>
        <figcaption className="small stats-notes" data-testid="stats-notes">
          <strong>{documented}</strong>
          {view.measure === 'victims' ? <span> {t('statistics.note.victims')}</span> : null}
          {multi.length > 0 ? (
            <span data-testid="stats-multi-note">
              {' '}
              {t('statistics.note.multiValued', { name: multi.join(', ') })}
            </span>
          ) : null}
          {map ? <span> {t('statistics.note.map')}</span> : null}
          {hasUnknown ? <span> {t('statistics.note.unknown')}</span> : null}
          {hasNone ? <span> {t('statistics.note.none')}</span> : null}
          {undated > 0 ? <span> {t('statistics.figure.undated', { count: undated })}</span> : null}
          <span className="muted">
            {' '}
            {t('statistics.figure.basis', { count: data.basis.incidents })}
          </span>
        </figcaption>
      </figure>
      <ExportButtons
        view={view}
        table={table}
        svgRef={svgRef}
        title={title}
        note={documented}
        csvLabels={{
          dimension: (d) => dimensionLabel(l, d),
          value: label,
          measure,
          total: t('statistics.table.total'),
        }}
      />
      <h3>{t('statistics.table.title')}</h3>
      <StatsTableView table={table} label={label} selected={selected} onSelect={onSelect} />
    </section>
  );
}

/** Undated incidents a time axis leaves out (the table's "Undated" row or column counts them). */
const undatedOnAxis = (view: StatsView, data: StatsResponse): number => {
  if (isTimeDimension(view.rows) && data.rows.includes(null)) {
    return data.rowTotals.find((c) => c.row === null)?.incidents ?? 0;
  }
  if (view.columns !== undefined && isTimeDimension(view.columns) && data.columns.includes(null)) {
    return data.columnTotals.find((c) => c.column === null)?.incidents ?? 0;
  }
  return 0;
};
