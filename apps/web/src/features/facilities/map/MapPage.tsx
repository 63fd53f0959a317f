import { MAP_INDICATORS, type VaultId } from '@vigil/core';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { ErrorAlert, Notice } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Loading } from '../../../ui/Loading';
import { usePageTitle } from '../../../ui/usePageTitle';
import { periodFilterFromParams } from '../../monitoring/model/filter';
import { useFacilityStats } from '../../monitoring/queries';
import { useLabeller } from '../../records/shared/useLabeller';
import { useCurrentVault } from '../../vaults/current';
import { controlText, todayIso } from '../labels';
import {
  filterFacilities,
  filterFromParams,
  filterToParams,
  type RegisterFilter,
} from '../model/register';
import { useFacilities } from '../queries';
import { RegisterFilters } from '../pages/RegisterFilters';
import { COLOUR_BY, DIMENSIONS, isColourBy, type ColourBy } from './colour';
import {
  indicatorColouring,
  isMapIndicator,
  MAP_INDICATOR_TITLES,
  type MapIndicator,
} from './indicatorColour';
import { FacilityMap } from './FacilityMap';
import { MapLegend } from './MapLegend';
import { useRegions } from './shapes';
import '../facilities.css';
import './map.css';

/**
 * The register on a map: the same filters as the list (in the address, so the two views share
 * them), a choice of what the points are coloured by (the register's facts, or a count from the
 * current vault's records), the legend, and a note of the facilities without coordinates, which
 * cannot be drawn.
 */
export function MapPage() {
  const t = useT();
  const l = useLabeller();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const facilities = useFacilities();
  const regions = useRegions();
  usePageTitle(t('facilities.map.title'));

  const filter = filterFromParams(params);
  const colourParam = params.get('colour') ?? '';
  const { readable, current, choose } = useCurrentVault();
  // A vault's indicator needs a vault; without one the points are coloured by type.
  const indicator: MapIndicator | undefined =
    isMapIndicator(colourParam) && current !== undefined ? colourParam : undefined;
  const colourBy: ColourBy = isColourBy(colourParam) ? colourParam : 'type';
  // Asked for only while the map is coloured by one of the vault's counts.
  // The days the counts cover (ISO days in the address; anything else is ignored).
  const { from, to } = periodFilterFromParams(params).filter;
  const days: { from?: string; to?: string } = {
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  };
  const stats = useFacilityStats(indicator === undefined ? undefined : current?.id, {
    indicator: indicator ?? 'incidents',
    ...days,
  });
  const update = (
    next: RegisterFilter,
    colour: ColourBy | MapIndicator,
    period: { from?: string; to?: string } = days,
  ) => {
    const p = filterToParams(next);
    if (colour !== 'type') p.set('colour', colour);
    const vault = params.get('vault');
    if (vault !== null) p.set('vault', vault);
    if (isMapIndicator(colour)) {
      if (period.from !== undefined) p.set('from', period.from);
      if (period.to !== undefined) p.set('to', period.to);
    }
    setParams(p, { replace: true });
  };
  const setDay = (end: 'from' | 'to', value: string) => {
    const other = end === 'from' ? { to } : { from };
    const next = { ...other, ...(value === '' ? {} : { [end]: value }) };
    update(filter, indicator ?? colourBy, {
      ...(next.from === undefined ? {} : { from: next.from }),
      ...(next.to === undefined ? {} : { to: next.to }),
    });
  };
  const colourOf = (value: string): ColourBy | MapIndicator =>
    isColourBy(value) || isMapIndicator(value) ? value : 'type';

  const today = todayIso();
  const shown = facilities.data === undefined ? [] : filterFacilities(facilities.data, filter);
  const placed = shown.filter((f) => f.coordinates !== null);
  const dimension = DIMENSIONS[colourBy];
  const colouring =
    indicator !== undefined && stats.data !== undefined
      ? indicatorColouring(placed, stats.data, l)
      : dimension.colouring(placed, l, today);
  const legendTitle =
    indicator === undefined
      ? t(dimension.title)
      : t('monitoring.map.legendTitle', {
          name: t(MAP_INDICATOR_TITLES[indicator]),
          value: current?.name ?? '',
        });
  const waiting = indicator !== undefined && stats.data === undefined;
  const anyOccupied = (regions.data ?? []).some(
    (r) => controlText(l, r.properties.code, today) !== null,
  );

  return (
    <div className="page">
      <Link to={`/facilities?${filterToParams(filter).toString()}`} className="back-link">
        ← {t('facilities.back')}
      </Link>
      <div className="page-head">
        <div>
          <h1>{t('facilities.map.title')}</h1>
          <p className="muted">{t('facilities.map.intro')}</p>
        </div>
      </div>
      <RegisterFilters filter={filter} onChange={(next) => update(next, indicator ?? colourBy)} />
      <div className="fac-colour-row">
        <div className="field fac-colour-by">
          <label htmlFor={`${id}-colour`}>{t('facilities.map.colourBy')}</label>
          <select
            id={`${id}-colour`}
            value={indicator ?? colourBy}
            onChange={(e) => update(filter, colourOf(e.target.value))}
            data-testid="map-colour-by"
          >
            <optgroup label={t('monitoring.map.register')}>
              {COLOUR_BY.map((c) => (
                <option key={c} value={c}>
                  {t(DIMENSIONS[c].title)}
                </option>
              ))}
            </optgroup>
            {current === undefined ? null : (
              <optgroup label={t('monitoring.map.vault', { name: current.name })}>
                {MAP_INDICATORS.map((c) => (
                  <option key={c} value={c}>
                    {t(MAP_INDICATOR_TITLES[c])}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </div>
        {indicator === undefined
          ? null
          : (['from', 'to'] as const).map((end) => (
              <div className="field" key={end}>
                <label htmlFor={`${id}-${end}`}>{t(`monitoring.filter.${end}`)}</label>
                <input
                  id={`${id}-${end}`}
                  type="date"
                  value={days[end] ?? ''}
                  onChange={(e) => setDay(end, e.target.value)}
                  data-testid={`map-${end}`}
                />
              </div>
            ))}
        {indicator !== undefined && readable.length > 1 ? (
          <div className="field fac-colour-by">
            <label htmlFor={`${id}-vault`}>{t('monitoring.vault.label')}</label>
            <select
              id={`${id}-vault`}
              value={current?.id}
              onChange={(e) => choose(e.target.value as VaultId)}
              data-testid="map-vault"
            >
              {readable.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <p className="muted small">{t('facilities.map.help')}</p>
      {indicator === undefined ? null : (
        <p className="muted small" data-testid="map-indicator-note">
          {t(`monitoring.method.${indicator}`)} {t('monitoring.map.noDataNote')}
        </p>
      )}
      <ErrorAlert error={indicator === undefined ? null : stats.error} />
      {shown.length > placed.length ? (
        <Notice kind="info">
          {t('facilities.map.unplaced', { count: shown.length - placed.length })}
        </Notice>
      ) : null}
      {facilities.isPending || regions.isPending || waiting ? (
        <Loading label={regions.isPending ? t('facilities.map.loading') : undefined} />
      ) : null}
      {facilities.isError || regions.isError ? (
        <div className="stack">
          <ErrorAlert error={facilities.error ?? regions.error} />
          <Button
            onClick={() => {
              void facilities.refetch();
              void regions.refetch();
            }}
          >
            {t('app.retry')}
          </Button>
        </div>
      ) : null}
      {facilities.isSuccess && regions.isSuccess && !waiting ? (
        <div className="fmap-layout section">
          <FacilityMap
            regions={regions.data}
            facilities={placed}
            colouring={colouring}
            today={today}
          />
          <MapLegend title={legendTitle} entries={colouring.legend} showOccupied={anyOccupied} />
        </div>
      ) : null}
    </div>
  );
}
