import type { RecordView } from '@vigil/client';
import { compareDateValues, type DateValue, type VaultId } from '@vigil/core';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { ErrorAlert } from '../../../ui/Alert';
import { Loading } from '../../../ui/Loading';
import { summaryParts, summaryPeople, summaryText } from '../shared/display';
import { formatDateValue, kindLabel } from '../shared/labels';
import { usePeopleNames, useLinkedRecords } from '../shared/queries';
import { useLabeller } from '../shared/useLabeller';
import { assignLanes, spanOf, ticksOf, timeScale, type TimeSpan } from './timeline';

const WIDTH = 800;
const LEFT = 16;
const RIGHT = WIDTH - 16;
const LANE = 22;
const AXIS = 28;

interface Entry {
  readonly record: RecordView;
  readonly kind: 'detention' | 'incident';
  readonly date: DateValue | undefined;
}

const todayIso = (): string => new Date().toISOString().slice(0, 10);

/**
 * A person's detentions (bars) and incidents (marks) on one time axis, drawn as SVG. A date is
 * drawn over everything it may mean (a month-precise date is a month wide); every item is a
 * focusable link with an accessible name, and the same content follows as a list.
 */
export function PersonTimeline({
  vaultId,
  personId,
}: {
  readonly vaultId: VaultId;
  readonly personId: string;
}) {
  const t = useT();
  const l = useLabeller();
  const linked = useLinkedRecords(vaultId, 'person', personId);
  const entries: Entry[] = (linked.data ?? []).flatMap(({ field, record }): Entry[] => {
    if (record.deleted) return [];
    if (record.kind === 'detention' && field === 'person') {
      return [{ record, kind: 'detention', date: record.data.period }];
    }
    if (record.kind === 'incident' && field === 'victim') {
      return [{ record, kind: 'incident', date: record.data.date }];
    }
    return [];
  });
  const nameOf = usePeopleNames(
    vaultId,
    entries.flatMap((e) => summaryPeople(summaryParts(l, e.record))),
  );
  const describe = (e: Entry) => {
    const when = e.date === undefined ? t('records.timeline.undated') : formatDateValue(l, e.date);
    const what = summaryText(l, e.record, summaryParts(l, e.record), nameOf);
    return `${kindLabel(l, e.kind)}: ${when} — ${what}`;
  };
  const today = todayIso();
  const placed = entries.flatMap((e) => {
    const span = e.date === undefined ? undefined : spanOf(e.date, today);
    return span === undefined ? [] : [{ entry: e, span }];
  });
  const sorted = [...entries].sort((a, b) =>
    a.date === undefined ? 1 : b.date === undefined ? -1 : compareDateValues(a.date, b.date),
  );

  return (
    <section className="card stack timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('records.timeline.title')}</h2>
      {linked.isPending ? <Loading /> : null}
      <ErrorAlert error={linked.error} />
      {linked.isSuccess && entries.length === 0 ? (
        <p className="muted">{t('records.timeline.empty')}</p>
      ) : null}
      {placed.length > 0 ? (
        <>
          <p className="muted small">{t('records.timeline.intro')}</p>
          <TimelineSvg vaultId={vaultId} placed={placed} describe={describe} />
          <div className="timeline-legend" aria-hidden="true">
            <span>
              <span className="swatch swatch-detention" />
              {t('records.timeline.legendDetention')}
            </span>
            <span>
              <span className="swatch swatch-incident" />
              {t('records.timeline.legendIncident')}
            </span>
          </div>
        </>
      ) : null}
      {entries.length > 0 ? (
        <details open={placed.length === 0}>
          <summary>{t('records.timeline.list')}</summary>
          <ol data-testid="timeline-list">
            {sorted.map((e) => (
              <li key={e.record.id}>
                <Link to={`/vaults/${vaultId}/records/${e.record.id}`}>{describe(e)}</Link>
                {e.kind === 'detention' &&
                e.date?.precision === 'range' &&
                e.date.to === undefined ? (
                  <span className="muted"> ({t('records.timeline.ongoing')})</span>
                ) : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}

function TimelineSvg({
  vaultId,
  placed,
  describe,
}: {
  readonly vaultId: VaultId;
  readonly placed: readonly { entry: Entry; span: TimeSpan }[];
  readonly describe: (e: Entry) => string;
}) {
  const navigate = useNavigate();
  const scale = timeScale(
    placed.map((p) => p.span),
    LEFT,
    RIGHT,
  );
  const detentions = placed.filter((p) => p.entry.kind === 'detention');
  const incidents = placed.filter((p) => p.entry.kind === 'incident');
  const detentionLanes = assignLanes(detentions.map((p) => p.span));
  const incidentLanes = assignLanes(
    // Points get a minimal width so that two incidents on neighbouring days do not overlap.
    incidents.map((p) => ({ ...p.span, end: Math.max(p.span.end, p.span.start + 3) })),
  );
  const detentionRows = Math.max(0, ...detentionLanes.map((n) => n + 1));
  const incidentTop = AXIS + detentionRows * LANE + (detentionRows > 0 ? 8 : 0);
  const incidentRows = Math.max(0, ...incidentLanes.map((n) => n + 1));
  const height = incidentTop + incidentRows * LANE + 8;
  const ticks = ticksOf(scale);

  const item = (p: { entry: Entry; span: TimeSpan }, shape: ReactNode) => {
    const href = `/vaults/${vaultId}/records/${p.entry.record.id}`;
    const label = describe(p.entry);
    return (
      <a
        key={p.entry.record.id}
        href={href}
        aria-label={label}
        data-testid={`timeline-${p.entry.kind}`}
        onClick={(event) => {
          event.preventDefault();
          void navigate(href);
        }}
      >
        <title>{label}</title>
        {shape}
      </a>
    );
  };

  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} role="group" data-testid="timeline-svg">
      {ticks.map((tick) => (
        <g key={tick.day} aria-hidden="true">
          <line
            x1={scale.x(tick.day)}
            x2={scale.x(tick.day)}
            y1={18}
            y2={height}
            stroke={tick.year ? '#b8c0cc' : '#e3e7ec'}
          />
          {scale.x(tick.day) < RIGHT - 28 ? (
            <text x={scale.x(tick.day) + 3} y={14} fontSize={11} fill="#5b6675">
              {tick.label}
            </text>
          ) : null}
        </g>
      ))}
      {detentions.map((p, i) => {
        const x = scale.x(p.span.start);
        const w = Math.max(3, scale.x(p.span.end) - x);
        const y = AXIS + (detentionLanes[i] ?? 0) * LANE;
        return item(
          p,
          <rect
            x={x}
            y={y}
            width={w}
            height={LANE - 6}
            rx={3}
            fill="#5b7fb5"
            fillOpacity={p.span.ongoing ? 0.6 : 0.9}
          />,
        );
      })}
      {incidents.map((p, i) => {
        const cy = incidentTop + (incidentLanes[i] ?? 0) * LANE + (LANE - 6) / 2;
        if (p.span.point) {
          return item(p, <circle cx={scale.x(p.span.start + 0.5)} cy={cy} r={6} fill="#a4262c" />);
        }
        // An imprecise date: a translucent mark as wide as everything the date may mean.
        const x = scale.x(p.span.start);
        const w = Math.max(4, scale.x(p.span.end) - x);
        return item(
          p,
          <rect
            x={x}
            y={cy - 7}
            width={w}
            height={14}
            rx={7}
            fill="#a4262c"
            fillOpacity={0.35}
            stroke="#a4262c"
          />,
        );
      })}
    </svg>
  );
}
