import type { VaultView } from '@vigil/client';
import { useMemo } from 'react';
import { NavLink, Route, Routes, useLocation, useSearchParams } from 'react-router-dom';
import { useLocale, useT } from '../../app/i18n/LocaleProvider';
import { NotFoundPage } from '../../app/NotFoundPage';
import { ErrorAlert, Notice } from '../../ui/Alert';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { usePageTitle } from '../../ui/usePageTitle';
import { useFacilityIndex } from '../facilities/queries';
import { VaultChooser } from '../monitoring/VaultChooser';
import { Controls } from './Controls';
import { ExpertValues } from './ExpertValues';
import { MethodologyPage } from './MethodologyPage';
import { orderUnits, unitName } from './model/format';
import { viewFromParams, viewToParams, type IndexView } from './model/view';
import { useRiskIndex } from './queries';
import { ScoreChart } from './ScoreChart';
import { SensitivityChart } from './SensitivityChart';
import { UnitDetail } from './UnitDetail';
import { UnitTable } from './UnitTable';
import './risk-index.css';

/**
 * The torture-risk index (issue 6 point 3): `/risk-index` for a vault's index at one level,
 * `/risk-index/methodology` for how it is made. One route of the app, two views.
 */
export function RiskIndexPage() {
  const t = useT();
  const { search } = useLocation();
  const methodology = useLocation().pathname.endsWith('/methodology');
  usePageTitle(methodology ? t('riskIndex.methodology.title') : t('riskIndex.title'));
  // The vault stays chosen across the two views.
  const vault = new URLSearchParams(search).get('vault');
  const keep = vault === null ? '' : `?vault=${encodeURIComponent(vault)}`;
  return (
    <div className="page stack-lg" data-testid="risk-index-page">
      <div className="page-head">
        <div>
          <h1>{t('riskIndex.title')}</h1>
          <p className="muted">{t('riskIndex.intro')}</p>
        </div>
      </div>
      <nav className="tabs" aria-label={t('riskIndex.tabs')}>
        <NavLink to={`/risk-index${keep}`} end className="tab" data-testid="risk-tab-index">
          {t('riskIndex.tab.index')}
        </NavLink>
        <NavLink
          to={`/risk-index/methodology${keep}`}
          className="tab"
          data-testid="risk-tab-methodology"
        >
          {t('riskIndex.tab.methodology')}
        </NavLink>
      </nav>
      <Routes>
        <Route
          index
          element={<VaultChooser>{(v) => <VaultRiskIndex key={v.id} vault={v} />}</VaultChooser>}
        />
        <Route path="methodology" element={<MethodologyPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </div>
  );
}

function VaultRiskIndex({ vault }: { readonly vault: VaultView }) {
  const t = useT();
  const { locale } = useLocale();
  const facilities = useFacilityIndex();
  const [params, setParams] = useSearchParams();
  const { view, reversed } = viewFromParams(params);
  const query = useMemo(
    () => ({
      level: view.level,
      ...(view.from === undefined ? {} : { from: view.from }),
      ...(view.to === undefined ? {} : { to: view.to }),
    }),
    [view.level, view.from, view.to],
  );
  const index = useRiskIndex(vault.id, query);
  const setView = (next: IndexView) => setParams((p) => viewToParams(next, p), { replace: true });
  const level = index.data?.level ?? view.level;
  const name = (unit: string) => unitName(level, unit, locale, facilities);

  const body = (() => {
    if (index.isPending) return <Loading />;
    if (index.isError) return <ErrorAlert error={index.error} />;
    const answer = index.data;
    const units = orderUnits(answer.result.units, name);
    const selected = units.find((u) => u.unit === view.unit);
    const select = (unit: string) =>
      setView(view.unit === unit ? { ...view, unit: undefined } : { ...view, unit });
    return (
      <>
        <p className="small muted" data-testid="risk-summary">
          {t('riskIndex.summary', {
            version: answer.methodologyVersion,
            level: t(`riskIndex.level.${answer.level}`),
            from: answer.period.from ?? '…',
            to: answer.period.to ?? '…',
            draws: answer.result.settings.draws,
            seed: answer.result.settings.seed,
          })}
        </p>
        <Notice kind="info">{t('riskIndex.notPrevalence')}</Notice>
        {units.length === 0 ? (
          <div data-testid="risk-empty">
            <EmptyState title={t('riskIndex.empty.title')}>{t('riskIndex.empty.body')}</EmptyState>
          </div>
        ) : (
          <>
            <section className="card stack" aria-labelledby="ri-scores">
              <h2 id="ri-scores">{t('riskIndex.scores.title')}</h2>
              <p className="muted small">{t('riskIndex.scores.how')}</p>
              <ScoreChart units={units} name={name} selected={view.unit} onSelect={select} />
              <UnitTable units={units} name={name} selected={view.unit} onSelect={select} />
            </section>
            {selected === undefined ? null : (
              <UnitDetail
                vaultId={vault.id}
                unit={selected}
                name={name(selected.unit)}
                inputs={answer.inputs}
                onClose={() => setView({ ...view, unit: undefined })}
              />
            )}
            <section className="card stack" aria-labelledby="ri-sensitivity">
              <h2 id="ri-sensitivity">{t('riskIndex.sensitivity.title')}</h2>
              <p className="muted small">{t('riskIndex.sensitivity.how')}</p>
              <SensitivityChart items={answer.result.sensitivity} />
            </section>
          </>
        )}
        {answer.result.warnings.length + answer.notes.length > 0 ? (
          <section className="card stack" aria-labelledby="ri-warnings" data-testid="risk-warnings">
            <h2 id="ri-warnings">{t('riskIndex.warnings.title')}</h2>
            <p className="muted small">{t('riskIndex.warnings.english')}</p>
            <ul>
              {[...answer.result.warnings, ...answer.notes].map((w) => (
                <li key={w} lang="en">
                  {w}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </>
    );
  })();

  return (
    <>
      <section className="card" aria-label={t('riskIndex.controls.title')}>
        <Controls key={`${view.from ?? ''}/${view.to ?? ''}`} view={view} onChange={setView} />
      </section>
      {reversed ? <Notice kind="warning">{t('riskIndex.controls.reversed')}</Notice> : null}
      {index.isFetching && !index.isPending ? <Loading /> : null}
      {body}
      <ExpertValues
        // A new level or period starts a new draft, for the units and period shown.
        key={`${level} ${index.data?.period.from ?? ''} ${index.data?.period.to ?? ''}`}
        vault={vault}
        level={level}
        period={{
          ...(index.data?.period.from == null ? {} : { from: index.data.period.from }),
          ...(index.data?.period.to == null ? {} : { to: index.data.period.to }),
        }}
        name={name}
      />
    </>
  );
}
