import type { LinkageSummary, LinkRunSummary } from '@vigil/core';
import { useT } from '../../app/i18n/LocaleProvider';

/**
 * What the page knows at a glance: records opened here, people after linkage, pairs left to
 * review, the last saved run, and the server's own count of people from cluster ids.
 */
export function Summary({
  records,
  people,
  pairs,
  run,
  server,
  unsaved,
  accountName,
}: {
  readonly records: number;
  readonly people: number | null;
  readonly pairs: number | null;
  readonly run: LinkRunSummary | null | undefined;
  readonly server: LinkageSummary | undefined;
  /** Clusters on screen that differ from the saved run; null when there is no run or result. */
  readonly unsaved: number | null;
  readonly accountName: (accountId: string) => string;
}) {
  const t = useT();
  const number = (n: number | null) => (n === null ? '…' : n.toLocaleString());
  return (
    <section
      className="card stack"
      aria-labelledby="lk-summary-title"
      data-testid="linkage-summary"
    >
      <h2 id="lk-summary-title">{t('linkage.summary.title')}</h2>
      <dl className="lk-summary">
        <div>
          <dt>{t('linkage.summary.records')}</dt>
          <dd data-testid="linkage-summary-records">{number(records)}</dd>
        </div>
        <div>
          <dt>{t('linkage.summary.people')}</dt>
          <dd data-testid="linkage-summary-people">{number(people)}</dd>
        </div>
        <div>
          <dt>{t('linkage.summary.pairs')}</dt>
          <dd data-testid="linkage-summary-pairs">{number(pairs)}</dd>
        </div>
        <div>
          <dt>{t('linkage.summary.lastRun')}</dt>
          <dd data-testid="linkage-summary-run">
            {run === undefined
              ? '…'
              : run === null
                ? t('linkage.summary.noRun')
                : t('linkage.summary.run', {
                    seq: run.number,
                    date: new Date(run.createdAt),
                    name: accountName(run.createdBy),
                  })}
          </dd>
        </div>
        {server === undefined ? null : (
          <div>
            <dt>{t('linkage.summary.decisions')}</dt>
            <dd>
              {t('linkage.summary.decisionCounts', {
                first: server.decisions.match,
                last: server.decisions.nonMatch,
                count: server.decisions.unsure,
              })}
            </dd>
          </div>
        )}
      </dl>
      {server === undefined ? null : (
        <p data-testid="linkage-summary-server">
          {t('linkage.summary.server', { count: server.people })}
        </p>
      )}
      {unsaved === null ? null : (
        <p className="muted small" data-testid="linkage-summary-unsaved">
          {t('linkage.summary.unsaved', { count: unsaved })}
        </p>
      )}
    </section>
  );
}
