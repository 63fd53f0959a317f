import { INDICATORS, type IndicatorValue, type VaultId } from '@vigil/core';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { Button } from '../../../ui/Button';
import { SummaryLink } from '../../records/pages/RecordLink';
import { useRecord } from '../../records/shared/queries';
import { useLabeller } from '../../records/shared/useLabeller';
import type { PeriodFilter } from '../model/filter';
import { formatIndicatorValue, INCIDENT_INDICATORS } from '../model/indicators';
import { recordsListPath } from '../model/links';
import { pageOf } from '../model/pagination';
import { Pager } from './Pager';
import { periodText } from './periodText';

/** Records opened per page of the panel (each is opened on this device to be named). */
const PANEL_PAGE = 20;

/**
 * The records one indicator value was computed from, each linked to its page and named once
 * opened here (a page at a time), with the count the server left out of the list.
 */
export function RecordsBehind({
  vaultId,
  facilityId,
  value,
  filter,
  onClose,
}: {
  readonly vaultId: VaultId;
  readonly facilityId: string;
  readonly value: IndicatorValue;
  readonly filter: PeriodFilter;
  readonly onClose: () => void;
}) {
  const t = useT();
  const l = useLabeller();
  const [page, setPage] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = pageOf(value.records, page, PANEL_PAGE);
  const unit = INDICATORS[value.indicator].unit;
  // Opening the panel moves focus to it, so keyboard users land on what they asked for.
  useEffect(() => heading.current?.focus(), [value]);
  return (
    <section
      className="card stack mon-behind"
      aria-labelledby="records-behind"
      data-testid="records-behind"
    >
      <h3 id="records-behind" ref={heading} tabIndex={-1}>
        {t('monitoring.behind.title', {
          name: t(`monitoring.indicator.${value.indicator}`),
          period: periodText(l, value.period),
          value: formatIndicatorValue(l, value.value, unit),
        })}
      </h3>
      <p className="muted small">
        {t('monitoring.behind.basis', { count: value.basis })}{' '}
        {t(`monitoring.behind.listed.${unit === 'share' ? 'share' : 'other'}`)}
      </p>
      {value.records.length > 0 ? (
        <>
          <ul data-testid="records-behind-list">
            {shown.rows.map((id) => (
              <li key={id}>
                <BehindLink vaultId={vaultId} id={id} />
              </li>
            ))}
          </ul>
          <Pager
            page={shown}
            onPage={setPage}
            label={t('monitoring.behind.title', {
              name: t(`monitoring.indicator.${value.indicator}`),
              period: periodText(l, value.period),
              value: formatIndicatorValue(l, value.value, unit),
            })}
          />
          {value.more > 0 ? (
            <p className="muted small">{t('monitoring.behind.more', { count: value.more })}</p>
          ) : null}
        </>
      ) : null}
      {INCIDENT_INDICATORS.has(value.indicator) && value.period !== null ? (
        <p>
          <Link
            to={recordsListPath(vaultId, 'incident', facilityId, {
              ...filter,
              period: value.period,
            })}
            data-testid="records-behind-incidents"
          >
            {t('monitoring.indicators.openIncidents')}
          </Link>
        </p>
      ) : null}
      <div className="actions">
        <Button variant="quiet" onClick={onClose}>
          {t('monitoring.behind.close')}
        </Button>
      </div>
    </section>
  );
}

/** One record behind a value, opened here and named with its kind ("Detention: …"). */
function BehindLink({ vaultId, id }: { readonly vaultId: VaultId; readonly id: string }) {
  const t = useT();
  const record = useRecord(vaultId, id);
  if (record.isError) return <span className="muted">{t('monitoring.people.cannotOpen')}</span>;
  if (record.data === undefined) return <span className="muted">{t('app.loading')}</span>;
  return <SummaryLink vaultId={vaultId} record={record.data} withKind />;
}
