import type { VaultView } from '@vigil/client';
import type { LinkPatternsRequest, VaultId } from '@vigil/core';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useLocale, useT } from '../../app/i18n/LocaleProvider';
import { ErrorAlert, Notice } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { usePageTitle } from '../../ui/usePageTitle';
import { todayIso } from '../facilities/labels';
import { VaultChooser } from '../monitoring/VaultChooser';
import { saveBlob } from '../statistics/download';
import { Controls } from './Controls';
import { PatternTable } from './PatternTable';
import { useLinkageSummary, useLinkPatterns } from './queries';
import { Results } from './Results';
import { useEstimateWorker } from './useEstimateWorker';
import { patternCsv, patternFileName } from './model/csv';
import { methodProblemOf, patternTables, type PatternTables } from './model/patterns';
import { isSeed, viewFromParams, viewToParams, type EstimationView } from './model/view';
import './estimation.css';

/**
 * Multiple systems estimation of a vault's victims (issue 7 point 7): lists from the sources'
 * coded fields, people from the latest linkage run, the pattern table from the server, the
 * estimate computed in a Web Worker on this device, and the chart of documented against
 * estimated by stratum.
 */
export function EstimationPage() {
  const t = useT();
  usePageTitle(t('estimation.title'));
  return (
    <div className="page stack-lg" data-testid="estimation-page">
      <div className="page-head">
        <div>
          <h1>{t('estimation.title')}</h1>
          <p className="muted">{t('estimation.intro')}</p>
        </div>
      </div>
      <VaultChooser>{(v) => <VaultEstimation key={v.id} vault={v} />}</VaultChooser>
      <HowItWorks />
    </div>
  );
}

/** Where the people come from: the latest linkage run, or none (each record one person). */
function LinkageSource({ vaultId }: { readonly vaultId: VaultId }) {
  const t = useT();
  const { locale } = useLocale();
  const summary = useLinkageSummary(vaultId);
  if (summary.isPending) return <Loading />;
  if (summary.isError) return <ErrorAlert error={summary.error} />;
  const s = summary.data;
  const link = (
    <Link to="/linkage" data-testid="est-to-linkage">
      {t('estimation.source.toLinkage')}
    </Link>
  );
  if (s.run === null) {
    return (
      <div className="alert alert-warning" role="status" data-testid="est-source">
        {t('estimation.source.none')} {link}
      </div>
    );
  }
  const unlinked = s.personRecords - s.clusteredRecords;
  return (
    <p className="small" data-testid="est-source">
      {t('estimation.source.run', {
        seq: s.run.number,
        day: new Date(s.run.createdAt).toLocaleDateString(locale),
        count: s.personRecords,
        total: String(s.people),
      })}{' '}
      {unlinked > 0 ? t('estimation.source.unlinked', { count: unlinked }) : null} {link}
    </p>
  );
}

/** The vault's page: choices, pattern table, estimate. */
function VaultEstimation({ vault }: { readonly vault: VaultView }) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const view = viewFromParams(params);
  const setView = (next: EstimationView) =>
    setParams((p) => viewToParams(next, p), { replace: true });
  const [seedText, setSeedText] = useState(String(view.seed));
  const seedError = !isSeed(seedText.trim());
  const worker = useEstimateWorker();

  // The lists that may be chosen: every code of the field, most people first (the server's
  // default choice, at most 8).
  const candidates = useLinkPatterns(vault.id, { listBy: view.listBy, stratumBy: 'none' });
  const candidateLists =
    candidates.data?.listBy === view.listBy ? candidates.data.lists : undefined;
  // Until lists are ticked, the largest few are: five at most, so every method can run.
  const chosen = useMemo(() => {
    if (candidateLists === undefined) return [];
    const codes = candidateLists.map((l) => l.code);
    return view.lists === undefined
      ? codes.slice(0, 5)
      : codes.filter((c) => view.lists?.includes(c));
  }, [candidateLists, view.lists]);
  const effective: EstimationView = { ...view, lists: chosen };

  const request: LinkPatternsRequest = {
    listBy: view.listBy,
    lists: chosen,
    stratumBy: view.stratumBy,
  };
  const patterns = useLinkPatterns(vault.id, request, chosen.length >= 2);
  const answer =
    patterns.data !== undefined &&
    patterns.data.listBy === view.listBy &&
    patterns.data.lists.map((l) => l.code).join() === chosen.join()
      ? patterns.data
      : undefined;
  const [tables, tableError] = useMemo((): [PatternTables | undefined, unknown] => {
    if (answer === undefined) return [undefined, null];
    try {
      return [patternTables(answer), null];
    } catch (error) {
      return [undefined, error];
    }
  }, [answer]);

  const seed = seedError ? view.seed : Number(seedText.trim());
  const methodProblem = methodProblemOf(view.method, chosen.length);
  const canRun = tables !== undefined && methodProblem === null && !seedError;
  // The figures on screen are for these settings; any change makes them stale.
  const signature = JSON.stringify([view.method, seed, view.stratumBy, tables ?? null]);
  const [ranFor, setRanFor] = useState<string | null>(null);
  const [outdated, setOutdated] = useState(false);
  const stale = ranFor !== null && ranFor !== signature;
  const { reset } = worker;
  useEffect(() => {
    if (stale) {
      reset();
      setRanFor(null);
      setOutdated(true);
    }
  }, [stale, reset]);

  const run = () => {
    if (tables === undefined) return;
    if (seed !== view.seed) setView({ ...effective, seed });
    setRanFor(signature);
    setOutdated(false);
    worker.run({
      method: view.method,
      seed,
      stratified: view.stratumBy !== 'none',
      strata: tables.strata.map((s) => ({ stratum: s.stratum, table: s.table })),
    });
  };

  const csvName = patternFileName(view.listBy, view.stratumBy, todayIso());
  const command = [
    'vigil estimate',
    `--input ${csvName}`,
    `--method ${view.method}`,
    `--seed ${seed}`,
    ...(view.stratumBy === 'none' ? [] : ['--stratum stratum']),
  ].join(' ');
  const downloadPatterns = () => {
    if (tables === undefined) return;
    saveBlob(
      new Blob([patternCsv(tables, view.stratumBy !== 'none')], { type: 'text/csv;charset=utf-8' }),
      csvName,
    );
  };

  const patternsBody = (() => {
    if (candidates.isError) return <ErrorAlert error={candidates.error} />;
    if (candidateLists === undefined) return <Loading />;
    if (candidateLists.length === 0) {
      return (
        <div data-testid="est-no-sources">
          <EmptyState title={t('estimation.empty.noSources.title')}>
            {t('estimation.empty.noSources.body')}
          </EmptyState>
        </div>
      );
    }
    if (chosen.length < 2) {
      return (
        <div data-testid="est-one-list">
          <EmptyState title={t('estimation.empty.oneList.title')}>
            {t('estimation.empty.oneList.body')}
          </EmptyState>
        </div>
      );
    }
    if (patterns.isError) return <ErrorAlert error={patterns.error} />;
    if (tableError !== null) return <ErrorAlert error={tableError} />;
    if (tables === undefined || answer === undefined) return <Loading />;
    return (
      <>
        <PatternTable
          tables={tables}
          listBy={view.listBy}
          stratumBy={view.stratumBy}
          peopleWithoutList={answer.peopleWithoutList}
          command={command}
          onDownload={downloadPatterns}
        />
        {answer.warnings.length > 0 ? (
          <div className="stack small" data-testid="est-server-notes">
            <strong>{t('estimation.patterns.serverNotes')}</strong>
            <ul>
              {answer.warnings.map((w) => (
                <li key={w} lang="en">
                  {w}
                </li>
              ))}
            </ul>
            <span className="muted">{t('estimation.patterns.serverNotesEnglish')}</span>
          </div>
        ) : null}
      </>
    );
  })();

  const state = worker.state;
  return (
    <>
      <LinkageSource vaultId={vault.id} />
      <section className="card">
        <Controls
          view={effective}
          candidates={candidateLists}
          seedText={seedText}
          seedError={seedError}
          running={state.status === 'running'}
          canRun={canRun}
          onChange={setView}
          onSeedText={setSeedText}
          onRun={run}
          onCancel={worker.cancel}
        />
        {candidateLists !== undefined && candidateLists.length >= 8 ? (
          <p className="small muted">
            {t('estimation.moreLists', { count: candidateLists.length })}
          </p>
        ) : null}
      </section>

      <section className="card stack" aria-labelledby="est-patterns-title">
        <h2 id="est-patterns-title">{t('estimation.patterns.title')}</h2>
        {patternsBody}
      </section>

      <section
        className="card stack"
        aria-labelledby="est-results-title"
        aria-busy={state.status === 'running'}
      >
        <h2 id="est-results-title">{t('estimation.results.title')}</h2>
        {state.status === 'idle' ? (
          outdated ? (
            <Notice kind="info">{t('estimation.run.stale')}</Notice>
          ) : (
            <p className="muted">{t('estimation.run.prompt')}</p>
          )
        ) : null}
        {state.status === 'running' ? (
          <div className="est-progress" data-testid="est-progress">
            <label>
              {t('estimation.run.progress', { percent: Math.round(state.share * 100) })}
              <progress max={1} value={state.share} />
            </label>
            <Button onClick={worker.cancel} testId="est-cancel-progress">
              {t('estimation.controls.cancel')}
            </Button>
          </div>
        ) : null}
        {state.status === 'cancelled' ? (
          <Notice kind="info">{t('estimation.run.cancelled')}</Notice>
        ) : null}
        {state.status === 'failed' ? (
          <div className="alert alert-error" role="alert" data-testid="est-failed">
            {t('estimation.run.failed', { reason: state.message })}
          </div>
        ) : null}
        {state.status === 'done' ? (
          <Results
            result={state.result}
            listBy={view.listBy}
            stratumBy={view.stratumBy}
            fileName={[
              'estimate',
              view.listBy,
              view.method,
              ...(view.stratumBy === 'none' ? [] : ['by', view.stratumBy]),
            ].join('-')}
          />
        ) : null}
      </section>
    </>
  );
}

/** What the method does and assumes, folded away until asked for. */
function HowItWorks() {
  const t = useT();
  return (
    <details className="card est-how" data-testid="est-how">
      <summary>
        <h2>{t('estimation.how.title')}</h2>
      </summary>
      <div className="stack">
        <p>{t('estimation.how.lists')}</p>
        <p>{t('estimation.how.overlap')}</p>
        <p>{t('estimation.how.assumptions')}</p>
        <p>{t('estimation.how.interval')}</p>
        <p className="small muted">{t('estimation.how.docs')}</p>
      </div>
    </details>
  );
}
