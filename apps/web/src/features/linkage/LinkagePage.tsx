import { mergeLabels, splitLabels } from '@vigil/analytics';
import type { VaultView } from '@vigil/client';
import { can, newClusterId, type LinkDecision, type LinkDecisionRequest } from '@vigil/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../app/i18n/LocaleProvider';
import { errorCodeOf } from '../../app/i18n/errors';
import { useSession } from '../../app/session';
import { ErrorAlert, Notice } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { usePageTitle } from '../../ui/usePageTitle';
import { VaultChooser } from '../monitoring/VaultChooser';
import { useMembers } from '../vaults/queries';
import { Clusters } from './Clusters';
import { DecisionHistory, RunHistory } from './History';
import { changedClusters, clusterNumbersOf, groupsOf, peopleCount } from './model/clusters';
import { displayName, linkagePerson, type PersonCard } from './model/people';
import { runRequestOf } from './model/save';
import {
  currentDecisions,
  labelsOf,
  moveSelection,
  nextAfterDecision,
  pendingPairs,
  popUndo,
  pushUndo,
  queuedKey,
  selectedPair,
  type ReviewDecision,
  type UndoStep,
  undoDecisionOf,
} from './model/review';
import { OpeningProgress, RunningProgress } from './Progress';
import {
  linkageKeys,
  refreshRuns,
  useDecide,
  useDecisionHistory,
  useDecisions,
  useLatestRun,
  useLinkageSummary,
  usePersonRecords,
  useRestoreRun,
  useRuns,
  useSaveRun,
} from './queries';
import { ReviewQueue } from './ReviewQueue';
import { SaveClusters } from './SaveClusters';
import { Summary } from './Summary';
import { createLinkageWorker, LinkageWorkerClient, type RunProgress } from './worker/client';
import type { LinkageOutput } from './worker/protocol';
import './linkage.css';

/**
 * Linkage review (issue 7, point 4): the vault's person records opened and linked on this device
 * (a Web Worker), pairs near the threshold reviewed side by side, decisions stored as ids, and
 * the clusters saved as random pseudonymous ids. See README.md.
 */
export function LinkagePage() {
  const t = useT();
  usePageTitle(t('linkage.title'));
  return (
    <div className="page stack-lg" data-testid="linkage-page">
      <div className="page-head">
        <div>
          <h1>{t('linkage.title')}</h1>
          <p className="muted">{t('linkage.intro')}</p>
        </div>
      </div>
      <VaultChooser>{(vault) => <VaultLinkage key={vault.id} vault={vault} />}</VaultChooser>
    </div>
  );
}

/** The engine's record reference: the vault's people are one source. */
const ref = (id: string) => ({ source: 0, id });

type RunState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly progress: RunProgress | null }
  | { readonly status: 'done' }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly code: string };

function VaultLinkage({ vault }: { readonly vault: VaultView }) {
  const t = useT();
  const vaultId = vault.id;
  const mayWrite = can(vault.role, 'records.write');
  const queryClient = useQueryClient();
  const { account } = useSession();
  const members = useMembers(vaultId);
  const [attempt, setAttempt] = useState(0);
  const people = usePersonRecords(vaultId, attempt);
  const summary = useLinkageSummary(vaultId);
  const decisions = useDecisions(vaultId);
  const history = useDecisionHistory(vaultId);
  const runs = useRuns(vaultId);
  const latest = useLatestRun(vaultId);
  const decide = useDecide(vaultId);
  const save = useSaveRun(vaultId);
  const restore = useRestoreRun(vaultId);

  const worker = useMemo(() => new LinkageWorkerClient(createLinkageWorker), []);
  useEffect(() => () => worker.dispose(), [worker]);
  const explain = useCallback((a: string, b: string) => worker.explain(a, b), [worker]);

  const [run, setRun] = useState<RunState>({ status: 'idle' });
  const [output, setOutput] = useState<LinkageOutput | null>(null);
  const [runId, setRunId] = useState(0);
  const [changed, setChanged] = useState<number | null>(null);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [undo, setUndo] = useState<UndoStep[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const outputRef = useRef<LinkageOutput | null>(null);

  const cards = people.status === 'done' ? people.cards : null;
  const cardsById = useMemo(() => new Map((cards ?? []).map((c) => [c.id, c])), [cards]);
  const cardOf = useCallback(
    (id: string): PersonCard | undefined => cardsById.get(id),
    [cardsById],
  );
  const nameOf = useCallback(
    (id: string) => displayName(cardsById.get(id)) ?? t('linkage.unnamed'),
    [cardsById, t],
  );
  const accountName = (id: string): string =>
    id === account?.id
      ? t('linkage.you')
      : (members.data?.find((m) => m.accountId === id)?.email ?? t('linkage.someone'));

  const current = useMemo(() => currentDecisions(decisions.data ?? []), [decisions.data]);

  /** Links the opened people with the current decisions (read fresh from the cache). */
  const startRun = useCallback(() => {
    if (cards === null) return;
    const list = queryClient.getQueryData<LinkDecision[]>(linkageKeys.decisions(vaultId)) ?? [];
    const now = currentDecisions(list);
    setRun({ status: 'running', progress: null });
    worker
      .run(
        {
          people: cards.map(linkagePerson),
          labels: labelsOf(now),
          decided: [...now.values()].map((d) => [d.recordA, d.recordB] as const),
        },
        (progress) => setRun({ status: 'running', progress }),
      )
      .then((next) => {
        const before = outputRef.current;
        setChanged(before === null ? null : changedClusters(before, next));
        outputRef.current = next;
        setOutput(next);
        setRunId((n) => n + 1);
        setRun({ status: 'done' });
      })
      .catch((error: unknown) => {
        const code = errorCodeOf(error) ?? 'failed';
        setRun(code === 'cancelled' ? { status: 'cancelled' } : { status: 'failed', code });
      });
  }, [cards, queryClient, vaultId, worker]);

  // Link as soon as the records and the decisions are in (once; later runs are asked for).
  useEffect(() => {
    if (run.status !== 'idle' || cards === null || cards.length < 2 || !decisions.isSuccess) return;
    startRun();
  }, [run.status, cards, decisions.isSuccess, startRun]);

  const queue = output?.queue ?? [];
  const pending = useMemo(() => pendingPairs(queue, current), [queue, current]);
  const selected = selectedPair(pending, selectedKey);
  const groups = useMemo(
    () => (output === null ? [] : groupsOf(output.ids, output.clusterOf)),
    [output],
  );
  const saved = latest.data;
  const unsaved = useMemo(() => {
    if (output === null || saved === undefined || saved === null) return null;
    const assigned = new Map(saved.assignments.map((a) => [a.recordId, a.clusterId]));
    return changedClusters(
      { ids: output.ids, clusterOf: clusterNumbersOf(output.ids, assigned) },
      output,
    );
  }, [output, saved]);

  const store = (requests: LinkDecisionRequest[], then?: () => void) =>
    decide.mutate(requests, { onSuccess: then });

  const onDecide = (decision: Exclude<ReviewDecision, 'withdrawn'>) => {
    if (selected === undefined) return;
    const key = queuedKey(selected);
    const pair = selected;
    setNotice(null);
    store(
      [{ recordA: pair.left, recordB: pair.right, decision, probability: pair.probability }],
      () => {
        setSelectedKey(nextAfterDecision(queue, current, key));
        setUndo((stack) => pushUndo(stack, { recordA: pair.left, recordB: pair.right, decision }));
        setAnnouncement(t(`linkage.pair.decided.${decision}`));
      },
    );
  };

  const onUndo = () => {
    const popped = popUndo(undo);
    if (popped === undefined) return;
    const { step, rest } = popped;
    store([{ recordA: step.recordA, recordB: step.recordB, decision: 'withdrawn' }], () => {
      setUndo(rest);
      setSelectedKey(
        queuedKey({ left: step.recordA, right: step.recordB, probability: 0, uncertainty: 0 }),
      );
      setAnnouncement(t('linkage.pair.decided.withdrawn'));
    });
  };

  const relinkAfter = (requests: LinkDecisionRequest[], message: string) => {
    setNotice(null);
    store(requests, () => {
      setNotice(message);
      startRun();
    });
  };

  const onSplit = (record: string, cluster: readonly string[]) =>
    relinkAfter(
      splitLabels(ref(record), cluster.map(ref)).map((l) => ({
        recordA: l.a.id,
        recordB: l.b.id,
        decision: l.decision,
      })),
      t('linkage.clusters.splitDone'),
    );

  const onMerge = (cluster: readonly string[], other: readonly string[]) =>
    relinkAfter(
      mergeLabels(cluster.map(ref), other.map(ref)).map((l) => ({
        recordA: l.a.id,
        recordB: l.b.id,
        decision: l.decision,
      })),
      t('linkage.clusters.mergeDone'),
    );

  const onSave = () => {
    if (output === null || saved === undefined) return;
    setNotice(null);
    save.mutate(runRequestOf(output, saved, newClusterId), {
      onSuccess: (summary) => setNotice(t('linkage.save.done', { seq: summary.number })),
    });
  };

  const onRestore = (number: number) => {
    setNotice(null);
    restore.mutate(number, {
      onSuccess: () => setNotice(t('linkage.runs.restored', { seq: number })),
    });
  };

  if (people.status === 'failed') {
    return (
      <div className="stack">
        <p>{t('linkage.load.failed')}</p>
        <ErrorAlert error={people.error} />
        <Button onClick={() => setAttempt((n) => n + 1)}>{t('app.retry')}</Button>
      </div>
    );
  }
  if (people.status === 'loading') {
    return <OpeningProgress done={people.done} total={summary.data?.personRecords ?? null} />;
  }
  if (people.cards.length === 0) {
    return (
      <EmptyState title={t('linkage.empty.records.title')}>
        {t('linkage.empty.records.body')}
      </EmptyState>
    );
  }
  if (people.cards.length < 2) {
    return (
      <EmptyState title={t('linkage.empty.one.title')}>{t('linkage.empty.one.body')}</EmptyState>
    );
  }

  const busy = decide.isPending || run.status === 'running' || save.isPending || restore.isPending;

  return (
    <div className="stack-lg">
      <Summary
        records={people.cards.length}
        people={output === null ? null : peopleCount(output.clusterOf)}
        pairs={output === null ? null : pending.length}
        run={saved === undefined ? undefined : (saved?.run ?? null)}
        server={summary.data}
        unsaved={unsaved}
        accountName={accountName}
      />
      {run.status === 'running' ? (
        <RunningProgress progress={run.progress} onCancel={() => worker.cancel()} />
      ) : (
        <div className="actions">
          <Button
            variant={output === null ? 'primary' : 'secondary'}
            disabled={busy}
            onClick={startRun}
            testId="linkage-rerun"
          >
            {output === null ? t('linkage.run.start') : t('linkage.rerun')}
          </Button>
          {changed === null ? null : (
            <span className="muted" role="status" data-testid="linkage-changed">
              {t('linkage.rerun.changed', { count: changed })}
            </span>
          )}
        </div>
      )}
      {run.status === 'cancelled' ? (
        <Notice kind="info">{t('linkage.run.cancelled')}</Notice>
      ) : null}
      {run.status === 'failed' ? (
        <div className="alert alert-error" role="alert">
          {t('linkage.run.failed', { reason: run.code })}
        </div>
      ) : null}
      {notice === null ? null : <Notice>{notice}</Notice>}
      <ErrorAlert error={decide.error} />
      <ErrorAlert error={restore.error} />
      {output !== null && output.warnings.length > 0 ? (
        <details className="small">
          <summary>{t('linkage.run.warnings')}</summary>
          <ul>
            {output.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {output === null ? null : (
        <>
          <ReviewQueue
            vaultId={vaultId}
            pending={pending}
            selected={selected}
            cardOf={cardOf}
            onSelect={setSelectedKey}
            onMove={(delta) =>
              setSelectedKey(
                moveSelection(pending, selected === undefined ? null : queuedKey(selected), delta),
              )
            }
            onDecide={onDecide}
            onUndo={onUndo}
            canUndo={undo.length > 0}
            mayWrite={mayWrite}
            busy={busy}
            explain={explain}
            runId={runId}
            announcement={announcement}
          />
          <Clusters
            vaultId={vaultId}
            groups={groups}
            cardOf={cardOf}
            mayWrite={mayWrite}
            busy={busy}
            onSplit={onSplit}
            onMerge={onMerge}
          />
          {mayWrite ? (
            <SaveClusters
              pending={save.isPending}
              disabled={busy || saved === undefined}
              error={save.error}
              onSave={onSave}
              onReload={() => {
                save.reset();
                void refreshRuns(queryClient, vaultId);
              }}
            />
          ) : null}
        </>
      )}
      <RunHistory
        runs={runs.data ?? []}
        accountName={accountName}
        mayWrite={mayWrite}
        busy={busy}
        onRestore={onRestore}
      />
      {history.isPending ? (
        <Loading />
      ) : (
        <DecisionHistory
          rows={history.data ?? []}
          nameOf={nameOf}
          accountName={accountName}
          mayWrite={mayWrite}
          busy={busy}
          onUndo={(row) =>
            relinkAfter(
              [
                {
                  recordA: row.recordA,
                  recordB: row.recordB,
                  ...undoDecisionOf(history.data ?? [], row),
                },
              ],
              t('linkage.history.undone'),
            )
          }
        />
      )}
    </div>
  );
}
