import { INDICATORS, type IndicatorId, type IndicatorValue, type VaultId } from '@vigil/core';
import { useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { useLabeller } from '../../records/shared/useLabeller';
import { axisTicks, axisTop, labelEvery, linearScale, linePath, slots } from '../model/chart';
import type { PeriodFilter } from '../model/filter';
import {
  formatIndicatorValue,
  INCIDENT_INDICATORS,
  type IndicatorSeries,
} from '../model/indicators';
import { recordsListPath } from '../model/links';
import { periodText } from './periodText';
import { RecordsBehind } from './RecordsBehind';

const WIDTH = 320;
const HEIGHT = 132;
const LEFT = 44;
const RIGHT = WIDTH - 10;
const TOP = 10;
const BOTTOM = HEIGHT - 24;

/** The key of a value: which indicator, which period. */
const keyOf = (v: IndicatorValue) => `${v.indicator}:${v.period ?? ''}`;

/**
 * The conditions indicators over time, one small chart each (only those with data), on the
 * same axis of periods. A period without a value is a gap in the line, never a zero. Every value
 * is a button: it opens the records it was computed from (or, for counts of incidents, the
 * incidents of the period in the records list). A table of the same values follows each chart.
 */
export function IndicatorCharts({
  vaultId,
  facilityId,
  series,
  filter,
}: {
  readonly vaultId: VaultId;
  readonly facilityId: string;
  readonly series: readonly IndicatorSeries[];
  readonly filter: PeriodFilter;
}) {
  const [selected, setSelected] = useState<string | null>(null);
  const values = series.flatMap((s) => [
    ...s.points.flatMap((p) => (p.value === null ? [] : [p.value])),
    ...(s.undated === null ? [] : [s.undated]),
  ]);
  const chosen = values.find((v) => keyOf(v) === selected);
  const toggle = (v: IndicatorValue) => setSelected((k) => (k === keyOf(v) ? null : keyOf(v)));
  return (
    <>
      <ul className="mon-indicators" data-testid="indicator-charts">
        {series.map((s) => (
          <li key={s.indicator} className="mon-indicator" data-indicator={s.indicator}>
            <IndicatorChart
              vaultId={vaultId}
              facilityId={facilityId}
              series={s}
              filter={filter}
              selected={selected}
              onSelect={toggle}
            />
          </li>
        ))}
      </ul>
      {chosen === undefined ? null : (
        <RecordsBehind
          vaultId={vaultId}
          facilityId={facilityId}
          value={chosen}
          filter={filter}
          onClose={() => setSelected(null)}
        />
      )}
    </>
  );
}

function IndicatorChart({
  vaultId,
  facilityId,
  series: s,
  filter,
  selected,
  onSelect,
}: {
  readonly vaultId: VaultId;
  readonly facilityId: string;
  readonly series: IndicatorSeries;
  readonly filter: PeriodFilter;
  readonly selected: string | null;
  readonly onSelect: (v: IndicatorValue) => void;
}) {
  const t = useT();
  const l = useLabeller();
  const share = s.unit === 'share';
  const present = s.points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const top = axisTop(
    present.map((v) => v.value),
    share,
  );
  const y = linearScale([0, top], [BOTTOM, TOP]);
  const x = slots(s.points.length, LEFT, RIGHT);
  const every = labelEvery(s.points.length, RIGHT - LEFT, 56);
  const line = linePath(
    s.points.map((p, i) => (p.value === null ? null : [x.centre(i), y.at(p.value.value)])),
  );
  const format = (v: number) => formatIndicatorValue(l, v, s.unit);
  const name = t(`monitoring.indicator.${s.indicator}`);
  const latest = present[present.length - 1];
  const describe = (v: IndicatorValue) =>
    t('monitoring.indicators.point', {
      name,
      period: periodText(l, v.period),
      value: format(v.value),
      count: v.basis,
    });
  const onKey = (v: IndicatorValue) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(v);
    }
  };
  const headingId = `indicator-${s.indicator}`;

  return (
    <figure className="mon-chart" aria-labelledby={headingId}>
      <h3 id={headingId} className="mon-chart-title">
        {name}
      </h3>
      <p className="mon-chart-latest">
        {latest === undefined ? (
          <span className="muted">{t('monitoring.indicators.onlyUndated')}</span>
        ) : (
          t('monitoring.indicators.latest', {
            period: periodText(l, latest.period),
            value: format(latest.value),
            count: latest.basis,
          })
        )}
      </p>
      {s.points.length > 0 ? (
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="group"
          aria-label={t('monitoring.indicators.chartLabel', { name })}
          className="mon-svg"
        >
          {axisTicks(top, 3, !share && s.unit === 'count').map((tick) => (
            <g key={tick} aria-hidden="true">
              <line x1={LEFT} x2={RIGHT} y1={y.at(tick)} y2={y.at(tick)} className="mon-grid" />
              <text x={LEFT - 4} y={y.at(tick) + 4} textAnchor="end" className="mon-axis-text">
                {format(tick)}
              </text>
            </g>
          ))}
          {s.points.map((p, i) =>
            (s.points.length - 1 - i) % every === 0 ? (
              <text
                key={p.period}
                x={x.centre(i)}
                y={HEIGHT - 8}
                textAnchor="middle"
                className="mon-axis-text"
                aria-hidden="true"
              >
                {periodText(l, p.period)}
              </text>
            ) : null,
          )}
          <path d={line} className="mon-line" aria-hidden="true" />
          {s.points.map((p, i) =>
            p.value === null ? (
              // A period without a value: a hollow mark on the axis, so the gap reads as "none".
              <circle
                key={p.period}
                cx={x.centre(i)}
                cy={BOTTOM}
                r={2}
                className="mon-missing"
                aria-hidden="true"
              />
            ) : (
              <g
                key={p.period}
                role="button"
                tabIndex={0}
                aria-label={describe(p.value)}
                aria-pressed={selected === keyOf(p.value)}
                className="mon-point"
                onClick={() => p.value !== null && onSelect(p.value)}
                onKeyDown={onKey(p.value)}
                data-testid="indicator-point"
              >
                <title>{describe(p.value)}</title>
                <circle cx={x.centre(i)} cy={y.at(p.value.value)} r={9} className="mon-hit" />
                <circle cx={x.centre(i)} cy={y.at(p.value.value)} r={3.5} className="mon-dot" />
              </g>
            ),
          )}
        </svg>
      ) : null}
      <figcaption className="small muted">
        <span className="mon-method">
          {t('monitoring.indicators.how')} {t(`monitoring.method.${s.indicator}`)}
        </span>{' '}
        {t(`monitoring.source.${INDICATORS[s.indicator].from}`)}
        {INDICATORS[s.indicator].worseWhen === 'lower'
          ? ` ${t('monitoring.indicators.worseLower')}`
          : ''}
      </figcaption>
      <details className="mon-table">
        <summary>{t('monitoring.indicators.table')}</summary>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('monitoring.col.period')}</th>
              <th scope="col">{t('monitoring.col.value')}</th>
              <th scope="col">{t('monitoring.col.basis')}</th>
              <th scope="col">{t('monitoring.col.records')}</th>
            </tr>
          </thead>
          <tbody>
            {[...present, ...(s.undated === null ? [] : [s.undated])].map((v) => (
              <tr key={keyOf(v)}>
                <td>{periodText(l, v.period)}</td>
                <td>{format(v.value)}</td>
                <td>{v.basis}</td>
                <td>
                  <RecordsCell
                    vaultId={vaultId}
                    facilityId={facilityId}
                    value={v}
                    filter={filter}
                    onSelect={onSelect}
                    indicator={s.indicator}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** The way from a value to its records: open the list of ids, or the filtered incidents. */
function RecordsCell({
  vaultId,
  facilityId,
  value,
  filter,
  onSelect,
  indicator,
}: {
  readonly vaultId: VaultId;
  readonly facilityId: string;
  readonly value: IndicatorValue;
  readonly filter: PeriodFilter;
  readonly onSelect: (v: IndicatorValue) => void;
  readonly indicator: IndicatorId;
}) {
  const t = useT();
  if (value.records.length > 0) {
    return (
      <button type="button" className="link-button" onClick={() => onSelect(value)}>
        {t('monitoring.indicators.showRecords', { count: value.records.length + value.more })}
      </button>
    );
  }
  if (INCIDENT_INDICATORS.has(indicator) && value.period !== null) {
    return (
      <Link
        to={recordsListPath(vaultId, 'incident', facilityId, { ...filter, period: value.period })}
      >
        {t('monitoring.indicators.openIncidents')}
      </Link>
    );
  }
  return <span className="muted">{t('monitoring.indicators.noRecords')}</span>;
}
