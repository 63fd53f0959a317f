import type { FacilityOverview, VaultId } from '@vigil/core';
import { Link } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { newRecordPath } from '../../records/form/prefill';
import { useLabeller } from '../../records/shared/useLabeller';
import { enumText, spanText } from './enumText';

/**
 * The vault's monitoring reports on the facility, latest period first: when, how the information
 * was gathered, how many findings; each opens its record page. Writers start a new report here,
 * with the facility filled in.
 */
export function ReportsSection({
  vaultId,
  facilityId,
  overview,
  mayWrite,
}: {
  readonly vaultId: VaultId;
  readonly facilityId: string;
  readonly overview: FacilityOverview;
  readonly mayWrite: boolean;
}) {
  const t = useT();
  const l = useLabeller();
  const reports = [...overview.reports].sort(
    (a, b) => (b.from ?? '').localeCompare(a.from ?? '') || a.id.localeCompare(b.id),
  );
  const findingsOf = (id: string) => overview.findings.filter((f) => f.report === id).length;
  return (
    <section className="card stack" aria-labelledby="mon-reports" data-testid="monitoring-reports">
      <div className="page-head">
        <h2 id="mon-reports">{t('monitoring.reports.title')}</h2>
        {mayWrite ? (
          <Link
            className="btn"
            to={newRecordPath(vaultId, 'monitoring-report', { facility: facilityId })}
            data-testid="monitoring-new-report"
          >
            {t('monitoring.reports.new')}
          </Link>
        ) : null}
      </div>
      {reports.length === 0 ? (
        <p className="muted" data-testid="monitoring-reports-empty">
          {t('monitoring.reports.empty')}
        </p>
      ) : (
        <ul className="mon-list">
          {reports.map((r) => (
            <li key={r.id} data-testid="monitoring-report">
              <Link to={`/vaults/${vaultId}/records/${r.id}`}>
                {t('monitoring.reports.item', { period: spanText(l, r.from, r.to) })}
              </Link>
              <span className="muted small">
                {' · '}
                {r.methods.length === 0
                  ? t('monitoring.reports.noMethods')
                  : r.methods.map((m) => enumText(l, 'monitoring-report', 'methods', m)).join(', ')}
                {' · '}
                {t('monitoring.reports.findings', { count: findingsOf(r.id) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
