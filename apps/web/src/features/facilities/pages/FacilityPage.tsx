import { facilityIdSchema, type Facility } from '@vigil/core';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { ErrorAlert, Notice } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Loading } from '../../../ui/Loading';
import { usePageTitle } from '../../../ui/usePageTitle';
import { FacilityMonitoring } from '../../monitoring/facility/FacilityMonitoring';
import { useLabeller } from '../../records/shared/useLabeller';
import { nameOf, todayIso, typeLabel } from '../labels';
import { LazyRegionMiniMap } from '../map/lazy';
import { useFacility, useMayWriteRegister } from '../queries';
import { FacilityFacts } from './FacilityFacts';
import { MergedNotice } from './MergedNotice';
import { MergeSection } from './MergeSection';
import '../facilities.css';

/**
 * A facility's page: its profile, where it lies in its region, Edit / Merge for writers, then
 * what the current vault's records say about it (`FacilityMonitoring`).
 */
export function FacilityPage() {
  const t = useT();
  const id = facilityIdSchema.safeParse(useParams()['facilityId']);
  if (!id.success) {
    return (
      <div className="page">
        <Link to="/facilities" className="back-link">
          ← {t('facilities.back')}
        </Link>
        <div className="alert alert-error" role="alert">
          {t('facilities.page.notFound')}
        </div>
      </div>
    );
  }
  // Keyed by id, so moving to another facility (after a merge) starts with fresh state.
  return <FacilityView key={id.data} id={id.data} />;
}

function FacilityView({ id }: { readonly id: string }) {
  const t = useT();
  const facility = useFacility(id);
  const back = (
    <Link to="/facilities" className="back-link">
      ← {t('facilities.back')}
    </Link>
  );
  if (facility.isPending) {
    return (
      <div className="page">
        {back}
        <Loading />
      </div>
    );
  }
  if (facility.isError) {
    return (
      <div className="page">
        {back}
        <ErrorAlert error={facility.error} overrides={{ not_found: 'facilities.page.notFound' }} />
      </div>
    );
  }
  return (
    <div className="page">
      {back}
      <Profile facility={facility.data} />
    </div>
  );
}

function Profile({ facility: f }: { readonly facility: Facility }) {
  const t = useT();
  const l = useLabeller();
  const location = useLocation();
  const mayWrite = useMayWriteRegister();
  const [merging, setMerging] = useState(false);
  const name = nameOf(l, f);
  const merged = f.mergedInto;
  const justMerged = (location.state as { merged?: boolean } | null)?.merged === true;
  usePageTitle(name);
  const today = todayIso();

  return (
    <article className="stack-lg">
      <div className="page-head">
        <div>
          <h1 data-testid="facility-title">{name}</h1>
          <p className="muted">
            {typeLabel(l, f.type)}
            {f.sample ? (
              <span className="badge badge-sample">{t('facilities.sampleBadge')}</span>
            ) : null}
          </p>
        </div>
        {mayWrite && merged === null ? (
          <div className="actions fac-actions">
            <Link className="btn" to={`/facilities/${f.id}/edit`} data-testid="facility-edit">
              {t('facilities.page.edit')}
            </Link>
            <Button onClick={() => setMerging(true)} testId="facility-merge-open">
              {t('facilities.page.merge')}
            </Button>
          </div>
        ) : null}
      </div>
      {justMerged ? <Notice>{t('facilities.merge.done')}</Notice> : null}
      {merged !== null ? <MergedNotice into={merged} /> : null}
      {f.sample ? <Notice kind="info">{t('facilities.sampleNote')}</Notice> : null}
      {merging && merged === null ? (
        <MergeSection facility={f} onCancel={() => setMerging(false)} />
      ) : null}
      <div className="fac-profile">
        <section className="card">
          <FacilityFacts facility={f} today={today} />
          <p className="muted small section">
            {t('facilities.page.updated', { count: f.version, date: new Date(f.updatedAt) })}
          </p>
        </section>
        <section className="card stack fac-minimap-card" aria-labelledby="facility-map-title">
          <h2 id="facility-map-title">{t('facilities.page.mapTitle')}</h2>
          <LazyRegionMiniMap region={f.region} coordinates={f.coordinates} />
        </section>
      </div>
      <FacilityMonitoring facility={f} />
    </article>
  );
}
