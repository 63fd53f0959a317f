import type { StatDimension } from '@vigil/core';
import { useT } from '../../app/i18n/LocaleProvider';
import { useLabeller } from '../records/shared/useLabeller';
import { useDescribe, usePairLabel } from './charts/describe';
import type { SelectFigure } from './charts/types';
import { dimensionLabel } from './model/labels';
import { figureKey, type Figure, type StatsTable } from './model/table';
import type { ValueLabel } from './useValueLabel';

/**
 * The table behind the chart: every value with its label, each figure a button that opens the
 * records behind it, and the totals (distinct counts) in the last column and row.
 */
export function StatsTableView({
  table,
  label,
  selected,
  onSelect,
}: {
  readonly table: StatsTable;
  readonly label: ValueLabel;
  readonly selected: string | undefined;
  readonly onSelect: SelectFigure;
}) {
  const t = useT();
  const l = useLabeller();
  const describe = useDescribe(table.measure);
  const pair = usePairLabel();
  const measure = t(`statistics.measure.${table.measure}`);
  const total = t('statistics.table.total');
  const rowName = (r: string | null) => label(table.rowDimension, r);

  /** A number of the table: a button when something is behind it, else the plain 0. */
  const number = (figure: Figure, name: string, n: number) =>
    n === 0 ? (
      <span className="muted">0</span>
    ) : (
      <button
        type="button"
        className="link-button"
        aria-label={describe(name, n)}
        aria-pressed={selected === figureKey(figure)}
        onClick={(event) => onSelect(figure, name, event.currentTarget)}
        data-testid="stats-table-figure"
      >
        {n}
      </button>
    );

  const columnDimension: StatDimension | undefined = table.columnDimension;
  if (columnDimension === undefined) {
    return (
      <div className="stats-table-wrap">
        <table className="table stats-table" data-testid="stats-table">
          <thead>
            <tr>
              <th scope="col">{dimensionLabel(l, table.rowDimension)}</th>
              <th scope="col" className="stats-num">
                {measure}
              </th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={JSON.stringify(r)}>
                <th scope="row">{rowName(r)}</th>
                <td className="stats-num">{number({ row: r }, rowName(r), table.rowTotal(r))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{total}</th>
              <td className="stats-num" data-testid="stats-total">
                {number({}, t('statistics.behind.all'), table.total)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    );
  }
  const columnName = (c: string | null) => label(columnDimension, c);
  return (
    <div className="stats-table-wrap">
      <table className="table stats-table" data-testid="stats-table">
        <thead>
          <tr>
            <th scope="col">
              {measure}: {dimensionLabel(l, table.rowDimension)} \{' '}
              {dimensionLabel(l, columnDimension)}
            </th>
            {table.columns.map((c) => (
              <th key={JSON.stringify(c)} scope="col" className="stats-num">
                {columnName(c)}
              </th>
            ))}
            <th scope="col" className="stats-num">
              {total}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={JSON.stringify(r)}>
              <th scope="row">{rowName(r)}</th>
              {table.columns.map((c) => (
                <td key={JSON.stringify(c)} className="stats-num">
                  {number({ row: r, column: c }, pair(rowName(r), columnName(c)), table.cell(r, c))}
                </td>
              ))}
              <td className="stats-num stats-total-cell" data-testid="stats-row-total">
                {number({ row: r }, rowName(r), table.rowTotal(r))}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{total}</th>
            {table.columns.map((c) => (
              <td
                key={JSON.stringify(c)}
                className="stats-num stats-total-cell"
                data-testid="stats-column-total"
              >
                {number({ column: c }, columnName(c), table.columnTotal(c))}
              </td>
            ))}
            <td className="stats-num stats-total-cell" data-testid="stats-total">
              {number({}, t('statistics.behind.all'), table.total)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
