import type { VaultId } from '@vigil/core';
import { useT } from '../../app/i18n/LocaleProvider';
import { ErrorAlert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { custodyIssues, custodyRows, problemMessage, type CustodyIssue } from './model';
import { useCustody } from './queries';

/** An item's custody events in order, and whether the chain checks out on this device. */
export function CustodyTimeline({
  vaultId,
  id,
  sha256,
  nameOf,
}: {
  readonly vaultId: VaultId;
  readonly id: string;
  /** The file's SHA-256 from its sealed metadata, checked against the signed intake. */
  readonly sha256: string | undefined;
  readonly nameOf: (accountId: string) => string;
}) {
  const t = useT();
  const custody = useCustody(vaultId, id, sha256);
  return (
    <section className="stack" aria-label={t('evidence.custody.title')}>
      <h4>{t('evidence.custody.title')}</h4>
      {custody.isPending ? <Loading label={t('evidence.custody.checking')} /> : null}
      <ErrorAlert error={custody.error} />
      {custody.data ? (
        <>
          <CustodyBadge issues={custodyIssues(custody.data)} ok={custody.data.ok} />
          <table className="table small" data-testid="custody-events">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('evidence.custody.col.action')}</th>
                <th scope="col">{t('evidence.custody.col.when')}</th>
                <th scope="col">{t('evidence.custody.col.who')}</th>
              </tr>
            </thead>
            <tbody>
              {custodyRows(custody.data.signed).map((row) => (
                <tr key={row.index} data-testid="custody-event">
                  <td>{row.index}</td>
                  {row.event === null ? (
                    <td colSpan={3}>{t('evidence.custody.unreadable')}</td>
                  ) : (
                    <>
                      <td>{t(`evidence.custody.action.${row.event.action}`)}</td>
                      <td>{t('evidence.when', { date: new Date(row.event.at) })}</td>
                      <td>{nameOf(row.event.actor.accountId)}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}

/** Green with a tick when the chain holds, red with each problem otherwise: always in words. */
function CustodyBadge({
  ok,
  issues,
}: {
  readonly ok: boolean;
  readonly issues: readonly CustodyIssue[];
}) {
  const t = useT();
  if (ok && issues.length === 0) {
    return (
      <div className="custody-badge custody-ok" data-testid="custody-verified" role="status">
        <strong>
          <span aria-hidden="true">✓ </span>
          {t('evidence.custody.verified')}
        </strong>
        <span className="small"> {t('evidence.custody.verifiedHint')}</span>
      </div>
    );
  }
  return (
    <div className="custody-badge custody-broken" data-testid="custody-broken" role="alert">
      <strong>
        <span aria-hidden="true">✗ </span>
        {t('evidence.custody.broken')}
      </strong>
      <ul>
        {issues.map((issue, i) => (
          <li key={i}>{t(problemMessage(issue), { seq: issue.index })}</li>
        ))}
      </ul>
    </div>
  );
}
