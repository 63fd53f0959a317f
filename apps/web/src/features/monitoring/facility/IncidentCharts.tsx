import type { FacilityOverview, VaultId } from '@vigil/core';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { vocabLabel } from '../../records/shared/labels';
import { useLabeller } from '../../records/shared/useLabeller';
import { axisTicks, axisTop, labelEvery, linearScale, slots } from '../model/chart';
import type { PeriodFilter } from '../model/filter';
import { recordsListPath } from '../model/links';
import { axisPeriods } from '../model/periods';
import { periodText } from './periodText';

type Incidents = FacilityOverview['incidents'];

/** An SVG link that the router follows (keyboard: Tab reaches it, Enter opens it). */
function SvgLink({
  to,
  label,
  testId,
  children,
}: {
  readonly to: string;
  readonly label: string;
  readonly testId?: string;
  readonly children: ReactNode;
}) {
  const navigate = useNavigate();
  return (
    <a
      href={to}
      aria-label={label}
      data-testid={testId}
      onClick={(event) => {
        event.preventDefault();
        void navigate(to);
      }}
    >
      <title>{label}</title>
      {children}
    </a>
  );
}

const P_WIDTH = 640;
const P_HEIGHT = 170;
const P_LEFT = 40;
const P_RIGHT = P_WIDTH - 10;
const P_TOP = 10;
const P_BOTTOM = P_HEIGHT - 24;

/**
 * Incidents recorded at the facility by period, as bars (victims said in each bar's label); a
 * period without incidents has no bar. Each bar opens the period's incidents in the records list.
 */
export function IncidentsByPeriod({
  vaultId,
  facilityId,
  incidents,
  bucket,
  filter,
}: {
  readonly vaultId: VaultId;
  readonly facilityId: string;
  readonly incidents: Incidents;
  readonly bucket: PeriodFilter['bucket'];
  readonly filter: PeriodFilter;
}) {
  const t = useT();
  const l = useLabeller();
  const axis = axisPeriods(
    incidents.byPeriod.map((p) => p.period),
    bucket,
    filter.from,
    filter.to,
  );
  const byPeriod = new Map(incidents.byPeriod.map((p) => [p.period, p]));
  const undated = byPeriod.get(null);
  const top = axisTop(
    incidents.byPeriod.map((p) => p.incidents),
    false,
  );
  const y = linearScale([0, top], [P_BOTTOM, P_TOP]);
  const x = slots(axis.length, P_LEFT, P_RIGHT);
  const every = labelEvery(axis.length, P_RIGHT - P_LEFT, 60);
  const barWidth = Math.max(1, Math.min(40, x.width * 0.7));
  return (
    <figure className="mon-chart" data-testid="incidents-by-period">
      {axis.length > 0 ? (
        <svg
          viewBox={`0 0 ${P_WIDTH} ${P_HEIGHT}`}
          role="group"
          aria-label={t('monitoring.incidents.byPeriod')}
          className="mon-svg"
        >
          {axisTicks(top, 4, true).map((tick) => (
            <g key={tick} aria-hidden="true">
              <line x1={P_LEFT} x2={P_RIGHT} y1={y.at(tick)} y2={y.at(tick)} className="mon-grid" />
              <text x={P_LEFT - 4} y={y.at(tick) + 4} textAnchor="end" className="mon-axis-text">
                {tick}
              </text>
            </g>
          ))}
          {axis.map((period, i) =>
            (axis.length - 1 - i) % every === 0 ? (
              <text
                key={period}
                x={x.centre(i)}
                y={P_HEIGHT - 8}
                textAnchor="middle"
                className="mon-axis-text"
                aria-hidden="true"
              >
                {periodText(l, period)}
              </text>
            ) : null,
          )}
          {axis.map((period, i) => {
            const p = byPeriod.get(period);
            if (p === undefined) return null;
            const label = t('monitoring.incidents.bar', {
              period: periodText(l, period),
              count: p.incidents,
              value: p.victims,
            });
            return (
              <SvgLink
                key={period}
                to={recordsListPath(vaultId, 'incident', facilityId, { ...filter, period })}
                label={label}
                testId="incidents-bar"
              >
                <rect
                  x={x.centre(i) - barWidth / 2}
                  y={y.at(p.incidents)}
                  width={barWidth}
                  height={Math.max(1, P_BOTTOM - y.at(p.incidents))}
                  className="mon-bar"
                />
              </SvgLink>
            );
          })}
        </svg>
      ) : null}
      {undated === undefined ? null : (
        <figcaption className="small muted">
          {t('monitoring.incidents.undated', { count: undated.incidents })}
        </figcaption>
      )}
    </figure>
  );
}

const M_WIDTH = 640;
const M_ROW = 36;
const M_LEFT = 4;
const M_RIGHT = M_WIDTH - 60;

/**
 * Incidents by method of violence (HURIDOCS MT 5, labelled in the reader's language), largest
 * first, as horizontal bars; an incident with several methods counts under each. Each bar opens
 * the incidents with that method in the records list.
 */
export function IncidentsByMethod({
  vaultId,
  facilityId,
  byMethod,
  filter,
}: {
  readonly vaultId: VaultId;
  readonly facilityId: string;
  readonly byMethod: Incidents['byMethod'];
  readonly filter: PeriodFilter;
}) {
  const t = useT();
  const l = useLabeller();
  const rows = [...byMethod].sort(
    (a, b) => b.incidents - a.incidents || a.code.localeCompare(b.code),
  );
  const max = Math.max(1, ...rows.map((r) => r.incidents));
  const x = linearScale([0, max], [M_LEFT, M_RIGHT]);
  const height = rows.length * M_ROW + 4;
  return (
    <figure className="mon-chart" data-testid="incidents-by-method">
      <svg
        viewBox={`0 0 ${M_WIDTH} ${height}`}
        role="group"
        aria-label={t('monitoring.incidents.byMethod')}
        className="mon-svg"
      >
        {rows.map((r, i) => {
          const name = vocabLabel(l, 'violence-methods', r.code);
          const top = i * M_ROW;
          return (
            <SvgLink
              key={r.code}
              to={recordsListPath(vaultId, 'incident', facilityId, { ...filter, method: r.code })}
              label={t('monitoring.incidents.methodBar', { name, count: r.incidents })}
              testId="method-bar"
            >
              <text x={M_LEFT} y={top + 13} className="mon-bar-label">
                {name}
              </text>
              <rect
                x={M_LEFT}
                y={top + 18}
                width={Math.max(2, x.at(r.incidents) - M_LEFT)}
                height={12}
                className="mon-bar"
              />
              <text x={x.at(r.incidents) + 6} y={top + 28} className="mon-axis-text">
                {r.incidents}
              </text>
            </SvgLink>
          );
        })}
      </svg>
    </figure>
  );
}
