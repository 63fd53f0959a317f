import type { VaultView } from '@vigil/client';
import { useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useT } from '../../app/i18n/LocaleProvider';
import { ErrorAlert, Notice } from '../../ui/Alert';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { usePageTitle } from '../../ui/usePageTitle';
import { VaultChooser } from '../monitoring/VaultChooser';
import type { SelectFigure } from './charts/types';
import { Controls } from './Controls';
import { FilterBuilder } from './FilterBuilder';
import { displayFromParams, withDisplay } from './model/display';
import { figureKey, type Figure } from './model/table';
import {
  statsQueryOf,
  viewFromParams,
  viewToParams,
  withColumns,
  withRows,
  type StatsView,
} from './model/view';
import { PublishButton } from './publish/PublishButton';
import { useStatistics } from './queries';
import { RecordsPanel } from './RecordsPanel';
import { StatsFigure } from './StatsFigure';
import { useValueLabel } from './useValueLabel';
import './statistics.css';

/**
 * Statistics of a vault's incidents (issue 6): counts by one or two dimensions, drawn as the
 * dimensions call for, each figure opening the records behind it, with the table, the notes on
 * what is counted and downloads. The choice lives in the address as codes only.
 */
export function StatisticsPage() {
  const t = useT();
  usePageTitle(t('statistics.title'));
  return (
    <div className="page stack-lg" data-testid="statistics-page">
      <div className="page-head">
        <div>
          <h1>{t('statistics.title')}</h1>
          <p className="muted">{t('statistics.intro')}</p>
        </div>
      </div>
      <VaultChooser>{(vault) => <VaultStatistics key={vault.id} vault={vault} />}</VaultChooser>
    </div>
  );
}

interface Selection {
  readonly figure: Figure;
  readonly label: string;
  /** The query the figure belongs to (JSON). */
  readonly query: string;
}

function VaultStatistics({ vault }: { readonly vault: VaultView }) {
  const t = useT();
  const label = useValueLabel();
  const [params, setParams] = useSearchParams();
  const { view, reversed } = viewFromParams(params);
  const queryText = JSON.stringify(statsQueryOf(view));
  // One query object per distinct query, so the cache key and the panel's effects stay stable.
  const query = useMemo(
    () => JSON.parse(queryText) as ReturnType<typeof statsQueryOf>,
    [queryText],
  );
  const stats = useStatistics(vault.id, query);
  const [selection, setSelection] = useState<Selection | null>(null);
  // Where focus goes back when the panel closes.
  const lastOpener = useRef<Element | null>(null);
  // A selection made for another query names nothing on screen any more.
  const shown = selection !== null && selection.query === queryText ? selection : null;

  const setView = (next: StatsView) => setParams((p) => viewToParams(next, p), { replace: true });
  const display = displayFromParams(params);
  const period = {
    ...(view.from === undefined ? {} : { from: view.from }),
    ...(view.to === undefined ? {} : { to: view.to }),
  };
  const publish = (
    <div className="stats-publish-bar">
      <PublishButton vaultId={vault.id} period={period} />
    </div>
  );
  const onSelect: SelectFigure = (figure, figureLabel, opener) => {
    lastOpener.current = opener;
    // The figure belongs to the answer on screen, which may be the last query's while one loads.
    setSelection({ figure, label: figureLabel, query: JSON.stringify(stats.data?.query ?? null) });
  };
  const close = () => {
    setSelection(null);
    const opener = lastOpener.current;
    if (opener instanceof HTMLElement || opener instanceof SVGElement) opener.focus();
  };

  if (stats.isPending) return <Loading />;
  const answered = stats.data;
  if (answered !== undefined && answered.answer.basis.incidents === 0) {
    return (
      <>
        {publish}
        <div data-testid="stats-empty">
          <EmptyState
            title={t('statistics.empty.title')}
            action={
              <Link className="btn btn-primary" to={`/vaults/${vault.id}/records`}>
                {t('statistics.empty.add')}
              </Link>
            }
          >
            {t('statistics.empty.body')}
          </EmptyState>
        </div>
      </>
    );
  }
  return (
    <>
      {publish}
      <section className="card stack" aria-label={t('statistics.controls.title')}>
        <Controls view={view} onChange={setView} />
        <FilterBuilder
          vaultId={vault.id}
          filter={view.filter}
          label={label}
          onChange={(filter) => setView({ ...view, filter })}
        />
      </section>
      {reversed ? <Notice kind="warning">{t('statistics.period.reversed')}</Notice> : null}
      {stats.isFetching ? <Loading /> : null}
      {/* An answer that failed leaves the controls, so another choice can be made. */}
      <ErrorAlert error={stats.error} />
      {answered === undefined ? null : (
        <div className={shown === null ? 'stats-layout' : 'stats-layout stats-layout-open'}>
          <div className="stats-main">
            {answered.answer.total.incidents === 0 ? (
              <p className="card" data-testid="stats-none-match">
                {t('statistics.empty.filtered')}
              </p>
            ) : (
              <StatsFigure
                // The dimensions of the answer on screen (the address may already ask for others).
                view={withColumns(withRows(view, answered.query.rows), answered.query.columns)}
                data={answered.answer}
                label={label}
                selected={shown === null ? undefined : figureKey(shown.figure)}
                onSelect={onSelect}
                display={display}
                onDisplay={(next) => setParams((p) => withDisplay(p, next), { replace: true })}
              />
            )}
          </div>
          {shown === null ? null : (
            <RecordsPanel
              key={figureKey(shown.figure)}
              vaultId={vault.id}
              query={query}
              figure={shown.figure}
              label={shown.label}
              onClose={close}
            />
          )}
        </div>
      )}
    </>
  );
}
