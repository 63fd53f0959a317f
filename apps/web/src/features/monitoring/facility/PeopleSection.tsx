import type { VaultId } from '@vigil/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { FacilityLink } from '../../facilities/FacilityLink';
import { personName } from '../../records/shared/display';
import { useRecordsById } from '../../records/shared/queries';
import { useLabeller } from '../../records/shared/useLabeller';
import { pageOf, PEOPLE_PAGE_SIZE } from '../model/pagination';
import type { OverviewDetention } from '../model/transfers';
import { spanText } from './enumText';
import { Pager } from './Pager';

/**
 * People held at the facility now and before, a detention a row. Names are sealed: they are
 * opened on this device for the rows of the page shown only (50 at a time), and never sent.
 */
export function PeopleSection({
  vaultId,
  now,
  before,
}: {
  readonly vaultId: VaultId;
  readonly now: readonly OverviewDetention[];
  readonly before: readonly OverviewDetention[];
}) {
  const t = useT();
  return (
    <section className="card stack" aria-labelledby="mon-people" data-testid="monitoring-people">
      <h2 id="mon-people">{t('monitoring.people.title')}</h2>
      <p className="muted small">{t('monitoring.people.intro')}</p>
      <PeopleList
        vaultId={vaultId}
        title={t('monitoring.people.now', { count: now.length })}
        empty={t('monitoring.people.noneNow')}
        detentions={now}
        testId="people-now"
      />
      <PeopleList
        vaultId={vaultId}
        title={t('monitoring.people.before', { count: before.length })}
        empty={t('monitoring.people.noneBefore')}
        detentions={before}
        testId="people-before"
      />
    </section>
  );
}

function PeopleList({
  vaultId,
  title,
  empty,
  detentions,
  testId,
}: {
  readonly vaultId: VaultId;
  readonly title: string;
  readonly empty: string;
  readonly detentions: readonly OverviewDetention[];
  readonly testId: string;
}) {
  const t = useT();
  const l = useLabeller();
  const [page, setPage] = useState(0);
  const shown = pageOf(detentions, page, PEOPLE_PAGE_SIZE);
  // Only the people on this page are opened.
  const { byId, failed } = useRecordsById(
    vaultId,
    shown.rows.flatMap((d) => (d.person === null ? [] : [d.person])),
  );
  const nameOf = (id: string): string => {
    const view = byId.get(id);
    if (view?.kind === 'person') return personName(view.data) ?? t('records.list.unnamed');
    return failed.has(id) ? t('monitoring.people.cannotOpen') : t('app.loading');
  };
  return (
    <div className="stack" data-testid={testId}>
      <h3>{title}</h3>
      {detentions.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          <table className="table mon-people">
            <thead>
              <tr>
                <th scope="col">{t('monitoring.col.person')}</th>
                <th scope="col">{t('monitoring.col.held')}</th>
                <th scope="col">{t('monitoring.col.from')}</th>
                <th scope="col">{t('monitoring.col.to')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.rows.map((d) => (
                <tr key={d.id} data-testid="person-row">
                  <td>
                    {d.person === null ? (
                      <span className="muted">{t('monitoring.people.noPerson')}</span>
                    ) : (
                      <Link to={`/vaults/${vaultId}/records/${d.person}`} data-testid="person-name">
                        {nameOf(d.person)}
                      </Link>
                    )}
                  </td>
                  <td>
                    <Link to={`/vaults/${vaultId}/records/${d.id}`}>
                      {spanText(l, d.from, d.to)}
                    </Link>
                  </td>
                  <td>
                    {d.transferFrom === null ? (
                      <span className="muted">—</span>
                    ) : (
                      <FacilityLink id={d.transferFrom} testId="transfer-from" />
                    )}
                  </td>
                  <td>
                    {d.transferTo === null ? (
                      <span className="muted">—</span>
                    ) : (
                      <FacilityLink id={d.transferTo} testId="transfer-to" />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={shown} onPage={setPage} label={title} testId={`${testId}-pager`} />
        </>
      )}
    </div>
  );
}
