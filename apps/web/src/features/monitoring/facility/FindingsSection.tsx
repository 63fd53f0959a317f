import type { FacilityOverview, VaultId } from '@vigil/core';
import { Link } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { useLabeller } from '../../records/shared/useLabeller';
import { findingsByHeading, followUpCounts, followUpTone } from '../model/findings';
import { dayText, enumText } from './enumText';

/** A follow-up status as a badge, coloured by whether it is settled, failing or open. */
export function FollowUpBadge({ status }: { readonly status: string }) {
  const l = useLabeller();
  return (
    <span className={`badge mon-follow mon-follow-${followUpTone(status)}`} data-testid="follow-up">
      {enumText(l, 'monitoring-finding', 'followUp', status)}
    </span>
  );
}

/**
 * The findings of the vault's reports on the facility, under their CPT headings, with how many
 * stand at each follow-up status. Each opens its record page, whose history is the follow-up's.
 */
export function FindingsSection({
  vaultId,
  overview,
}: {
  readonly vaultId: VaultId;
  readonly overview: FacilityOverview;
}) {
  const t = useT();
  const l = useLabeller();
  const groups = findingsByHeading(overview.findings);
  const counts = followUpCounts(overview.findings);
  return (
    <section
      className="card stack"
      aria-labelledby="mon-findings"
      data-testid="monitoring-findings"
    >
      <h2 id="mon-findings">{t('monitoring.findings.title')}</h2>
      {groups.length === 0 ? (
        <p className="muted" data-testid="monitoring-findings-empty">
          {t('monitoring.findings.empty')}
        </p>
      ) : (
        <>
          <p className="mon-counts" data-testid="follow-up-counts">
            {counts.map((c) => (
              <span key={c.status} className="mon-count">
                <FollowUpBadge status={c.status} /> {c.count}
              </span>
            ))}
          </p>
          <p className="muted small">{t('monitoring.findings.history')}</p>
          {groups.map((g) => (
            <div key={g.heading} className="mon-heading-group">
              <h3>
                {enumText(l, 'monitoring-finding', 'heading', g.heading)}{' '}
                <span className="muted small">({g.findings.length})</span>
              </h3>
              <ul className="mon-list">
                {g.findings.map((f) => (
                  <li key={f.id} data-testid="monitoring-finding">
                    <Link to={`/vaults/${vaultId}/records/${f.id}`}>
                      {enumText(l, 'monitoring-finding', 'kind', f.kind)}
                    </Link>{' '}
                    <FollowUpBadge status={f.followUp} />
                    {f.followUpDate === null ? null : (
                      <span className="muted small">
                        {' '}
                        {t('monitoring.findings.checked', { day: dayText(l, f.followUpDate) })}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
