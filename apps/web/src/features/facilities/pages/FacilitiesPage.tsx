import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { ErrorAlert, Notice } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import { usePageTitle } from '../../../ui/usePageTitle';
import { saveBlob } from '../../evidence/saving';
import { useLabeller } from '../../records/shared/useLabeller';
import { nameOf, todayIso } from '../labels';
import { exportFile, type FacilityFileFormat } from '../model/files';
import {
  filterFacilities,
  filterFromParams,
  filterToParams,
  isFiltered,
  sortByName,
  type RegisterFilter,
} from '../model/register';
import { useFacilities, useMayWriteRegister } from '../queries';
import { FacilityTable } from './FacilityTable';
import { ImportPanel } from './ImportPanel';
import { RegisterFilters } from './RegisterFilters';
import '../facilities.css';

/**
 * The facility register: every place of detention the server knows, filtered here by region,
 * type and name (the filters live in the address, so Back and shared links keep them), with
 * import and export for writers and export for everyone.
 */
export function FacilitiesPage() {
  const t = useT();
  const l = useLabeller();
  const facilities = useFacilities();
  const mayWrite = useMayWriteRegister();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const [importing, setImporting] = useState(false);
  usePageTitle(t('facilities.title'));

  const today = todayIso();
  const all = facilities.data;
  // A register of a few thousand at most: filtering on each render is cheaper than caching it.
  const shown =
    all === undefined
      ? []
      : sortByName(filterFacilities(all, filter), (f) => nameOf(l, f), l.locale);
  const setFilter = (next: RegisterFilter) =>
    // Typing in the name box replaces the entry, so Back does not replay every keystroke.
    setParams(filterToParams(next), { replace: next.text !== filter.text });

  const download = (format: FacilityFileFormat) => {
    const file = exportFile(format, shown, today);
    saveBlob(new Blob([file.text], { type: file.type }), file.name);
  };

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{t('facilities.title')}</h1>
          <p className="muted">{t('facilities.intro')}</p>
        </div>
        <div className="actions fac-actions">
          <Link
            className="btn"
            to={`/facilities/map?${filterToParams(filter).toString()}`}
            data-testid="facilities-map-link"
          >
            {t('facilities.action.map')}
          </Link>
          {mayWrite ? (
            <>
              <Link className="btn btn-primary" to="/facilities/new" data-testid="facility-new">
                {t('facilities.action.add')}
              </Link>
              <Button onClick={() => setImporting(true)} testId="facilities-import-open">
                {t('facilities.action.import')}
              </Button>
            </>
          ) : null}
          <Button
            onClick={() => download('csv')}
            disabled={shown.length === 0}
            testId="facilities-export-csv"
          >
            {t('facilities.action.exportCsv')}
          </Button>
          <Button
            onClick={() => download('geojson')}
            disabled={shown.length === 0}
            testId="facilities-export-geojson"
          >
            {t('facilities.action.exportGeoJson')}
          </Button>
        </div>
      </div>

      {importing && mayWrite && all !== undefined ? (
        <ImportPanel register={all} onClose={() => setImporting(false)} />
      ) : null}
      {all !== undefined && all.some((f) => f.sample) ? (
        <Notice kind="info">
          <span data-testid="facilities-sample-note">{t('facilities.sampleNote')}</span>
        </Notice>
      ) : null}
      {facilities.isSuccess && !mayWrite ? (
        <p className="muted small">{t('facilities.readOnly')}</p>
      ) : null}

      <div className="stack" aria-busy={facilities.isPending || undefined}>
        {facilities.isPending ? <Loading /> : null}
        {facilities.isError ? (
          <div className="stack">
            <ErrorAlert error={facilities.error} />
            <Button onClick={() => void facilities.refetch()}>{t('app.retry')}</Button>
          </div>
        ) : null}
        {all !== undefined && all.length === 0 ? (
          <EmptyState
            title={t('facilities.empty.title')}
            action={
              mayWrite ? (
                <Link className="btn btn-primary" to="/facilities/new">
                  {t('facilities.action.add')}
                </Link>
              ) : undefined
            }
          >
            {t('facilities.empty.body')}
          </EmptyState>
        ) : null}
        {all !== undefined && all.length > 0 ? (
          <>
            <RegisterFilters filter={filter} onChange={setFilter} />
            <p className="muted" role="status" data-testid="facilities-count">
              {t('facilities.count', { count: shown.length, value: all.length })}
            </p>
            {shown.length > 0 ? (
              <FacilityTable facilities={shown} today={today} />
            ) : (
              <EmptyState
                title={t('facilities.noMatch.title')}
                action={
                  isFiltered(filter) ? (
                    <Button onClick={() => setFilter({ region: '', type: '', text: '' })}>
                      {t('facilities.filter.clear')}
                    </Button>
                  ) : undefined
                }
              >
                {t('facilities.noMatch.body')}
              </EmptyState>
            )}
          </>
        ) : null}
      </div>
    </div>
  );
}
