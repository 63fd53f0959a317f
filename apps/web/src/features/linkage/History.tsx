import type { LinkDecision, LinkRunSummary } from '@vigil/core';
import { useT } from '../../app/i18n/LocaleProvider';
import { Button } from '../../ui/Button';
import { idPairKey } from './model/review';

/** The most decisions the history shows. */
const SHOWN = 50;

/**
 * Every decision stored, newest first, with "Undo" on each pair's current one (a withdrawal is
 * stored; the pair goes back to the queue or the cluster comes apart at the next run).
 */
export function DecisionHistory({
  rows,
  nameOf,
  accountName,
  mayWrite,
  busy,
  onUndo,
}: {
  readonly rows: readonly LinkDecision[];
  readonly nameOf: (recordId: string) => string;
  readonly accountName: (accountId: string) => string;
  readonly mayWrite: boolean;
  readonly busy: boolean;
  readonly onUndo: (row: LinkDecision) => void;
}) {
  const t = useT();
  // The newest row of each pair is its current decision; only that one can be undone.
  const seen = new Set<string>();
  const current = new Set<string>();
  for (const row of rows) {
    const key = idPairKey(row.recordA, row.recordB);
    if (!seen.has(key)) {
      seen.add(key);
      if (row.decision !== 'withdrawn') current.add(row.id);
    }
  }
  return (
    <section
      className="card stack"
      aria-labelledby="lk-history-title"
      data-testid="linkage-history"
    >
      <h2 id="lk-history-title">{t('linkage.history.title')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('linkage.history.empty')}</p>
      ) : (
        <ul className="lk-list">
          {rows.slice(0, SHOWN).map((row) => (
            <li key={row.id} data-testid="linkage-history-item" data-decision={row.decision}>
              <span>
                {nameOf(row.recordA)} ↔ {nameOf(row.recordB)}:{' '}
                <strong>{t(`linkage.history.decision.${row.decision}`)}</strong>{' '}
                <span className="muted small">
                  {t('linkage.history.when', { date: new Date(row.decidedAt) })},{' '}
                  {t('linkage.history.by', { name: accountName(row.decidedBy) })}
                </span>
              </span>
              {mayWrite && current.has(row.id) ? (
                <Button
                  variant="quiet"
                  disabled={busy}
                  onClick={() => onUndo(row)}
                  testId="linkage-history-undo"
                >
                  {t('linkage.history.undo')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {rows.length > SHOWN ? (
        <p className="muted small">{t('linkage.history.more', { count: rows.length - SHOWN })}</p>
      ) : null}
    </section>
  );
}

/** The saved runs, newest first, each but the current one with "Restore this run". */
export function RunHistory({
  runs,
  accountName,
  mayWrite,
  busy,
  onRestore,
}: {
  readonly runs: readonly LinkRunSummary[];
  readonly accountName: (accountId: string) => string;
  readonly mayWrite: boolean;
  readonly busy: boolean;
  readonly onRestore: (number: number) => void;
}) {
  const t = useT();
  const latest = runs[0]?.number;
  return (
    <section className="card stack" aria-labelledby="lk-runs-title" data-testid="linkage-runs">
      <h2 id="lk-runs-title">{t('linkage.runs.title')}</h2>
      {runs.length === 0 ? (
        <p className="muted">{t('linkage.runs.empty')}</p>
      ) : (
        <ul className="lk-list">
          {runs.map((run) => (
            <li key={run.number} data-testid="linkage-run" data-run={run.number}>
              <span>
                <strong>{t('linkage.runs.number', { seq: run.number })}</strong>{' '}
                {run.number === latest ? (
                  <span className="badge">{t('linkage.runs.latest')}</span>
                ) : null}{' '}
                {t('linkage.runs.counts', { count: run.clusters, total: run.records })}
                {run.restoredFrom === null ? null : (
                  <> · {t('linkage.runs.restoredFrom', { seq: run.restoredFrom })}</>
                )}
                <br />
                <span className="muted small">
                  {t('linkage.history.when', { date: new Date(run.createdAt) })},{' '}
                  {t('linkage.history.by', { name: accountName(run.createdBy) })}
                </span>
              </span>
              {mayWrite && run.number !== latest ? (
                <Button
                  disabled={busy}
                  onClick={() => onRestore(run.number)}
                  testId="linkage-run-restore"
                >
                  {t('linkage.runs.restore')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
