import {
  noDenominatorLabel,
  rateDenominatorLabel,
  rateUnitLabel,
  type RateFigure as Figure,
  type StatsResponse,
} from '@vigil/core';
import { useRef } from 'react';
import { useLocale, useT } from '../../app/i18n/LocaleProvider';
import { useLabeller } from '../records/shared/useLabeller';
import { CategoryBars } from './charts/CategoryBars';
import { TimeBars } from './charts/TimeBars';
import type { ChartProps, SelectFigure } from './charts/types';
import { ExportButtons } from './ExportButtons';
import { dimensionLabel } from './model/labels';
import { rateChartTable, rateCsvRows, roundRate, type RateLabels } from './model/rates';
import { figureKey } from './model/table';
import { isTimeDimension, type StatsView } from './model/view';
import { PeopleNote } from './PeopleNote';
import type { ValueLabel } from './useValueLabel';

/**
 * An answer with rates (issue 6 point 1): incidents or distinct victims per 1,000 places of
 * capacity or per 100 documented detentions. A bar chart of the rows that have a denominator
 * (one dimension), the caption naming the denominator, the facilities that state no capacity and
 * the rows with none; the table with count, denominator and rate of every figure ("no
 * denominator", never 0), each count opening the records behind it; CSV of all three.
 */
export function RateFigure({
  view,
  data,
  rate,
  label,
  selected,
  onSelect,
}: {
  readonly view: StatsView;
  readonly data: StatsResponse;
  readonly rate: NonNullable<StatsResponse['rate']>;
  readonly label: ValueLabel;
  readonly selected: string | undefined;
  readonly onSelect: SelectFigure;
}) {
  const t = useT();
  const l = useLabeller();
  const { locale } = useLocale();
  const svgRef = useRef<SVGSVGElement>(null);
  const measure = t(`statistics.measure.${view.measure}`);
  const unit = rateUnitLabel(rate.per, locale);
  const none = noDenominatorLabel(locale);
  const title = t('statistics.rate.title', {
    name: measure,
    unit,
    first:
      view.columns === undefined
        ? dimensionLabel(l, view.rows)
        : `${dimensionLabel(l, view.rows)} × ${dimensionLabel(l, view.columns)}`,
  });
  const chart = view.columns === undefined ? rateChartTable(data, view.measure, view.rows) : null;
  const labels: RateLabels = {
    dimension: (d) => dimensionLabel(l, d),
    value: label,
    measure,
    unit,
    denominator: t(`statistics.rate.denominator.${rate.per}`),
    missing: t('statistics.rate.missing'),
    noDenominator: none,
    total: t('statistics.table.total'),
  };
  const countOf = (f: Figure): number => {
    const c =
      f.column === null
        ? data.rowTotals.find((x) => x.row === f.row)
        : data.cells.find((x) => x.row === f.row && x.column === f.column);
    return c?.[view.measure] ?? 0;
  };
  const name = (f: Figure) =>
    f.column === null || view.columns === undefined
      ? label(view.rows, f.row)
      : `${label(view.rows, f.row)}, ${label(view.columns, f.column)}`;
  const lines: Figure[] =
    view.columns === undefined ? rate.rowTotals : [...rate.cells, ...rate.rowTotals];
  const props: ChartProps | null =
    chart === null ? null : { table: chart.table, label, title, selected, onSelect, svgRef };
  return (
    <section
      className="card stack"
      aria-labelledby="stats-figure-title"
      data-testid="stats-rate-card"
    >
      <h2 id="stats-figure-title">{title}</h2>
      <figure className="stats-chart">
        {props === null ? null : (
          <div className="stats-scroll">
            {isTimeDimension(view.rows) ? <TimeBars {...props} /> : <CategoryBars {...props} />}
          </div>
        )}
        <figcaption className="small stats-notes" data-testid="stats-rate-notes">
          <strong>
            {t('statistics.rate.denominatorIs', { name: rateDenominatorLabel(rate.per, locale) })}
          </strong>
          {rate.per === 'capacity' && rate.total.missing > 0 ? (
            <span> {t('statistics.rate.missingNote', { count: rate.total.missing })}</span>
          ) : null}
          {chart !== null && chart.withoutDenominator.length > 0 ? (
            <span data-testid="stats-rate-none">
              {' '}
              {t('statistics.rate.noneNote', {
                name: chart.withoutDenominator.map((r) => label(view.rows, r)).join(', '),
              })}
            </span>
          ) : null}
          {props === null ? <span> {t('statistics.rate.noChart')}</span> : null}
          {view.measure === 'victims' ? <PeopleNote people={data.people} /> : null}
          <span> {t('statistics.note.documented')}</span>
        </figcaption>
      </figure>
      <ExportButtons
        view={view}
        table={chart?.table ?? { ...emptyTable, rowDimension: view.rows, measure: view.measure }}
        svgRef={svgRef}
        title={title}
        note={t('statistics.rate.denominatorIs', { name: rateDenominatorLabel(rate.per, locale) })}
        csvLabels={{ dimension: labels.dimension, value: label, measure, total: labels.total }}
        csvRows={rateCsvRows(data, view.measure, view.rows, view.columns, labels)}
      />
      <h3>{t('statistics.table.title')}</h3>
      <div className="stats-table-wrap">
        <table className="table stats-table" data-testid="stats-rate-table">
          <thead>
            <tr>
              <th scope="col">{dimensionLabel(l, view.rows)}</th>
              {view.columns === undefined ? null : (
                <th scope="col">{dimensionLabel(l, view.columns)}</th>
              )}
              <th scope="col" className="stats-num">
                {measure}
              </th>
              <th scope="col" className="stats-num">
                {labels.denominator}
              </th>
              <th scope="col" className="stats-num">
                {`${measure} ${unit}`}
              </th>
              {rate.per === 'capacity' ? (
                <th scope="col" className="stats-num">
                  {labels.missing}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {lines.map((f) => {
              const figure = f.column === null ? { row: f.row } : { row: f.row, column: f.column };
              const count = countOf(f);
              const value = f[view.measure];
              return (
                <tr
                  key={JSON.stringify([
                    f.row,
                    f.column,
                    f.column === null && view.columns !== undefined,
                  ])}
                >
                  <th scope="row">{label(view.rows, f.row)}</th>
                  {view.columns === undefined ? null : (
                    <td>{f.column === null ? labels.total : label(view.columns, f.column)}</td>
                  )}
                  <td className="stats-num">
                    {count === 0 ? (
                      <span className="muted">0</span>
                    ) : (
                      <button
                        type="button"
                        className="link-button"
                        aria-pressed={selected === figureKey(figure)}
                        onClick={(event) => onSelect(figure, name(f), event.currentTarget)}
                      >
                        {count}
                      </button>
                    )}
                  </td>
                  <td className="stats-num">{f.denominator ?? <span className="muted">–</span>}</td>
                  <td className="stats-num" data-testid="stats-rate-value">
                    {value === null ? <span className="muted">{none}</span> : roundRate(value)}
                  </td>
                  {rate.per === 'capacity' ? <td className="stats-num">{f.missing}</td> : null}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{labels.total}</th>
              {view.columns === undefined ? null : <td />}
              <td className="stats-num">{data.total[view.measure]}</td>
              <td className="stats-num">{rate.total.denominator ?? '–'}</td>
              <td className="stats-num" data-testid="stats-rate-total">
                {rate.total[view.measure] === null
                  ? none
                  : roundRate(rate.total[view.measure] ?? 0)}
              </td>
              {rate.per === 'capacity' ? <td className="stats-num">{rate.total.missing}</td> : null}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

const emptyTable = {
  columns: [],
  rows: [],
  cell: () => 0,
  rowTotal: () => 0,
  columnTotal: () => 0,
  total: 0,
  multiValued: [],
  maxCell: 0,
} as const;
