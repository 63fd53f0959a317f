import type { VaultView } from '@vigil/client';
import { can, type Alert, type VaultId } from '@vigil/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { ErrorAlert } from '../../../ui/Alert';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import { usePageTitle } from '../../../ui/usePageTitle';
import { FacilityLink } from '../../facilities/FacilityLink';
import { personName } from '../../records/shared/display';
import { useRecordsById } from '../../records/shared/queries';
import { useLabeller } from '../../records/shared/useLabeller';
import { dayText } from '../facility/enumText';
import { Pager } from '../facility/Pager';
import { alertKey, alertPeople, alertsByKind, alertText } from '../model/alerts';
import { recordsListPath } from '../model/links';
import { pageOf, PEOPLE_PAGE_SIZE } from '../model/pagination';
import { useAlerts, useAlertsOf } from '../queries';
import { VaultChooser } from '../VaultChooser';
import { readableVaults } from '../../vaults/current';
import { useVaults } from '../../vaults/queries';
import { AlertSettingsForm } from './AlertSettingsForm';
import '../monitoring.css';

/**
 * The alerts of a vault today: people held incommunicado, people moved to a place no one
 * recorded, and clusters of incidents at one facility. The server raises them from coded data;
 * names are opened here, for the page shown only. Owners and admins set when they are raised.
 */
export function AlertsPage() {
  const t = useT();
  usePageTitle(t('monitoring.alerts.title'));
  const vaults = useVaults();
  const readable = readableVaults(vaults.data ?? []);
  const counts = useAlertsOf(readable.map((v) => v.id));
  const countOf = (vaultId: VaultId) =>
    counts[readable.findIndex((v) => v.id === vaultId)]?.data?.alerts.length;
  return (
    <div className="page stack-lg">
      <div className="page-head">
        <div>
          <h1>{t('monitoring.alerts.title')}</h1>
          <p className="muted">{t('monitoring.alerts.intro')}</p>
        </div>
      </div>
      <VaultChooser
        suffix={(v) => {
          const n = countOf(v.id);
          return n === undefined ? '' : `(${n})`;
        }}
      >
        {(vault) => <VaultAlerts vault={vault} />}
      </VaultChooser>
    </div>
  );
}

function VaultAlerts({ vault }: { readonly vault: VaultView }) {
  const t = useT();
  const l = useLabeller();
  const alerts = useAlerts(vault.id);
  if (alerts.isPending) return <Loading />;
  if (alerts.isError) return <ErrorAlert error={alerts.error} />;
  const { on, settings } = alerts.data;
  const groups = alertsByKind(alerts.data.alerts);
  return (
    <>
      {groups.length === 0 ? (
        <div data-testid="alerts-empty">
          <EmptyState title={t('monitoring.alerts.empty', { day: dayText(l, on) })}>
            {t('monitoring.alerts.emptyBody')}
          </EmptyState>
        </div>
      ) : (
        <p className="muted" data-testid="alerts-on">
          {t('monitoring.alerts.on', { day: dayText(l, on), count: alerts.data.alerts.length })}
        </p>
      )}
      {groups.map((g) => (
        <AlertGroup
          key={g.kind}
          vaultId={vault.id}
          kind={g.kind}
          alerts={g.alerts}
          settings={settings}
        />
      ))}
      {can(vault.role, 'vault.settings') ? (
        <AlertSettingsForm key={vault.id} vaultId={vault.id} settings={settings} />
      ) : (
        <p className="muted small">
          {t('monitoring.settings.readOnly', {
            count: settings.incommunicadoDays,
            threshold: settings.clusterThreshold,
            window: settings.clusterWindowDays,
          })}
        </p>
      )}
    </>
  );
}

function AlertGroup({
  vaultId,
  kind,
  alerts,
  settings,
}: {
  readonly vaultId: VaultId;
  readonly kind: Alert['kind'];
  readonly alerts: readonly Alert[];
  readonly settings: {
    incommunicadoDays: number;
    clusterWindowDays: number;
    clusterThreshold: number;
  };
}) {
  const t = useT();
  const l = useLabeller();
  const [page, setPage] = useState(0);
  const shown = pageOf(alerts, page, PEOPLE_PAGE_SIZE);
  const { byId, failed } = useRecordsById(vaultId, alertPeople(shown.rows));
  const nameOf = (id: string): string => {
    const view = byId.get(id);
    if (view?.kind === 'person') return personName(view.data) ?? t('records.list.unnamed');
    return failed.has(id) ? t('monitoring.people.cannotOpen') : t('app.loading');
  };
  const title = t(`monitoring.alerts.kind.${kind}`, { count: alerts.length });
  return (
    <section
      className="card stack"
      aria-labelledby={`alerts-${kind}`}
      data-testid={`alerts-${kind}`}
    >
      <h2 id={`alerts-${kind}`}>{title}</h2>
      <p className="muted small">
        {t(`monitoring.alerts.explain.${kind}`, {
          count:
            kind === 'incident-cluster' ? settings.clusterThreshold : settings.incommunicadoDays,
          window: settings.clusterWindowDays,
        })}
      </p>
      <ul className="alert-list">
        {shown.rows.map((a) => (
          <li key={alertKey(a)} className="alert-item" data-testid="alert-item">
            {a.kind === 'incident-cluster' ? (
              <>
                <strong>
                  <FacilityLink id={a.facility} />
                </strong>
                {' — '}
                <span className="alert-days">{alertText(l, a, (d) => dayText(l, d))}</span>
                {' · '}
                <Link
                  to={recordsListPath(vaultId, 'incident', a.facility, { from: a.from, to: a.to })}
                >
                  {t('monitoring.alerts.openIncidents')}
                </Link>
              </>
            ) : (
              <>
                <strong>
                  {a.person === null ? (
                    t('monitoring.people.noPerson')
                  ) : (
                    <Link to={`/vaults/${vaultId}/records/${a.person}`} data-testid="alert-person">
                      {nameOf(a.person)}
                    </Link>
                  )}
                </strong>
                {' — '}
                <span className="alert-days">{alertText(l, a, (d) => dayText(l, d))}</span>
                <br />
                <span className="small">
                  {t(
                    a.kind === 'incommunicado'
                      ? 'monitoring.alerts.heldAt'
                      : 'monitoring.alerts.lastAt',
                  )}{' '}
                  {a.facility === null ? (
                    <span className="muted">{t('monitoring.alerts.unknownFacility')}</span>
                  ) : (
                    <FacilityLink id={a.facility} />
                  )}
                  {' · '}
                  <Link to={`/vaults/${vaultId}/records/${a.detention}`}>
                    {t('monitoring.alerts.detention')}
                  </Link>
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      <Pager page={shown} onPage={setPage} label={title} />
    </section>
  );
}
