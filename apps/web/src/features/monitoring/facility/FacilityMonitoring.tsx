import type { VaultView } from '@vigil/client';
import { can, type Facility } from '@vigil/core';
import { useSearchParams } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { ErrorAlert, Notice } from '../../../ui/Alert';
import { Loading } from '../../../ui/Loading';
import { periodFilterFromParams, periodFilterToParams, type PeriodFilter } from '../model/filter';
import { indicatorSeries } from '../model/indicators';
import { heldNowAndBefore, transferFlows } from '../model/transfers';
import { useFacilityOverview } from '../queries';
import { VaultChooser } from '../VaultChooser';
import { FindingsSection } from './FindingsSection';
import { IncidentsByMethod, IncidentsByPeriod } from './IncidentCharts';
import { IndicatorCharts } from './IndicatorCharts';
import { PeopleSection } from './PeopleSection';
import { PeriodFilterForm } from './PeriodFilterForm';
import { ReportsSection } from './ReportsSection';
import { TransfersSection } from './TransfersSection';
import '../monitoring.css';

/**
 * What a vault knows about a facility, below the register's public profile: indicators over
 * time, incidents by period and method, transfers, the people held there, monitoring reports and
 * their findings. The register is public; these sections are the vault's, so they say which vault
 * they come from and let a member of several choose.
 */
export function FacilityMonitoring({ facility }: { readonly facility: Facility }) {
  const t = useT();
  return (
    <section className="stack-lg mon" aria-labelledby="mon-title" data-testid="facility-monitoring">
      <div>
        <h2 id="mon-title" className="mon-title">
          {t('monitoring.facility.title')}
        </h2>
        <p className="muted">{t('monitoring.facility.intro')}</p>
      </div>
      <VaultChooser>{(vault) => <VaultSections vault={vault} facility={facility} />}</VaultChooser>
    </section>
  );
}

function VaultSections({
  vault,
  facility,
}: {
  readonly vault: VaultView;
  readonly facility: Facility;
}) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const { filter, reversed } = periodFilterFromParams(params);
  const overview = useFacilityOverview(vault.id, facility.id, filter);
  const setFilter = (next: PeriodFilter) =>
    setParams((p) => periodFilterToParams(next, p), { replace: true });

  return (
    <>
      {/* Keyed by the address's filter, so Back or a new link resets the typed dates. */}
      <PeriodFilterForm
        key={`${filter.from ?? ''}/${filter.to ?? ''}`}
        filter={filter}
        onChange={setFilter}
      />
      {reversed ? <Notice kind="warning">{t('monitoring.filter.reversed')}</Notice> : null}
      {overview.isPending ? <Loading /> : null}
      <ErrorAlert error={overview.error} />
      {overview.data === undefined ? null : (
        <Sections vault={vault} facility={facility} filter={filter} data={overview.data} />
      )}
    </>
  );
}

function Sections({
  vault,
  facility,
  filter,
  data,
}: {
  readonly vault: VaultView;
  readonly facility: Facility;
  readonly filter: PeriodFilter;
  readonly data: NonNullable<ReturnType<typeof useFacilityOverview>['data']>;
}) {
  const t = useT();
  const series = indicatorSeries(data.indicators, data.bucket, filter.from, filter.to);
  const { now, before } = heldNowAndBefore(data.detentions);
  const { inbound, outbound } = transferFlows(data.detentions, facility.id, data.merged);
  const incidents = data.incidents;
  return (
    <>
      {data.merged.length > 0 ? (
        <Notice kind="info">
          {t('monitoring.facility.merged', { count: data.merged.length })}
        </Notice>
      ) : null}
      <section
        className="card stack"
        aria-labelledby="mon-indicators"
        data-testid="monitoring-indicators"
      >
        <h2 id="mon-indicators">{t('monitoring.indicators.title')}</h2>
        {series.length === 0 ? (
          <p className="muted" data-testid="monitoring-indicators-empty">
            {t('monitoring.indicators.empty')}
          </p>
        ) : (
          <>
            <p className="muted small">{t('monitoring.indicators.intro')}</p>
            <IndicatorCharts
              vaultId={vault.id}
              facilityId={facility.id}
              series={series}
              filter={filter}
            />
          </>
        )}
      </section>
      <section
        className="card stack"
        aria-labelledby="mon-incidents"
        data-testid="monitoring-incidents"
      >
        <h2 id="mon-incidents">{t('monitoring.incidents.title')}</h2>
        {incidents.total === 0 ? (
          <p className="muted" data-testid="monitoring-incidents-empty">
            {t('monitoring.incidents.empty')}
          </p>
        ) : (
          <>
            <p data-testid="incidents-total">
              {t('monitoring.incidents.total', {
                count: incidents.total,
                value: incidents.victims,
              })}
            </p>
            <div className="mon-two">
              <div>
                <h3>{t('monitoring.incidents.byPeriod')}</h3>
                <IncidentsByPeriod
                  vaultId={vault.id}
                  facilityId={facility.id}
                  incidents={incidents}
                  bucket={data.bucket}
                  filter={filter}
                />
              </div>
              <div>
                <h3>{t('monitoring.incidents.byMethod')}</h3>
                {incidents.byMethod.length === 0 ? (
                  <p className="muted">{t('monitoring.incidents.noMethods')}</p>
                ) : (
                  <IncidentsByMethod
                    vaultId={vault.id}
                    facilityId={facility.id}
                    byMethod={incidents.byMethod}
                    filter={filter}
                  />
                )}
              </div>
            </div>
          </>
        )}
      </section>
      <TransfersSection facility={facility} inbound={inbound} outbound={outbound} />
      <PeopleSection vaultId={vault.id} now={now} before={before} />
      <ReportsSection
        vaultId={vault.id}
        facilityId={facility.id}
        overview={data}
        mayWrite={can(vault.role, 'records.write')}
      />
      <FindingsSection vaultId={vault.id} overview={data} />
    </>
  );
}
