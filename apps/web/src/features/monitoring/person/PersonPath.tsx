import { dayBounds, type Facility, type VaultId } from '@vigil/core';
import { Link } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { ErrorAlert } from '../../../ui/Alert';
import { Loading } from '../../../ui/Loading';
import { FacilityLink } from '../../facilities/FacilityLink';
import { LazyFlowMap } from '../../facilities/map/lazy';
import { useFacilityIndex } from '../../facilities/queries';
import { useLinkedRecords } from '../../records/shared/queries';
import { personPath, type PathDetention } from '../model/transfers';
import '../monitoring.css';

/**
 * A person's path through places of detention: their detentions in date order, with the
 * facilities they were transferred from and to, drawn as arrows on an offline map and listed as
 * numbered stops. Only facility ids and dates are read (coded); the map names public facilities.
 */
export function PersonPath({
  vaultId,
  personId,
}: {
  readonly vaultId: VaultId;
  readonly personId: string;
}) {
  const t = useT();
  // The same query as the timeline above: the records naming this person, opened once.
  const linked = useLinkedRecords(vaultId, 'person', personId);
  const index = useFacilityIndex();
  const detentions: PathDetention[] = (linked.data ?? []).flatMap(({ field, record }) => {
    if (record.deleted || record.kind !== 'detention' || field !== 'person') return [];
    const d = record.data;
    return [
      {
        id: record.id,
        facility: d.facility ?? null,
        transferFrom: d.transferFrom ?? null,
        transferTo: d.transferTo ?? null,
        start: d.period === undefined ? null : (dayBounds(d.period).earliest ?? null),
      },
    ];
  });
  const { stops, unplaced } = personPath(detentions);
  const legs = stops.slice(1).map((s, i) => ({
    from: stops[i]?.facility ?? s.facility,
    to: s.facility,
    count: 1,
  }));
  const numbers = new Map<string, number[]>();
  stops.forEach((s, i) => numbers.set(s.facility, [...(numbers.get(s.facility) ?? []), i + 1]));
  const facilities = [...numbers.keys()].flatMap((id) => {
    const f: Facility | undefined = index?.get(id);
    return f === undefined ? [] : [f];
  });

  return (
    <section className="card stack" aria-labelledby="person-path" data-testid="person-path">
      <h2 id="person-path">{t('monitoring.path.title')}</h2>
      {linked.isPending ? <Loading /> : null}
      <ErrorAlert error={linked.error} />
      {linked.isSuccess && stops.length === 0 ? (
        <p className="muted">{t('monitoring.path.empty')}</p>
      ) : null}
      {stops.length > 0 ? (
        <>
          <ol className="mon-list" data-testid="person-path-stops">
            {stops.map((s, i) => (
              <li key={`${s.facility}-${i}`}>
                <FacilityLink id={s.facility} />
                {s.detention === null ? (
                  <span className="muted small"> ({t('monitoring.path.transferOnly')})</span>
                ) : (
                  <>
                    {' · '}
                    <Link to={`/vaults/${vaultId}/records/${s.detention}`} className="small">
                      {t('monitoring.alerts.detention')}
                    </Link>
                  </>
                )}
              </li>
            ))}
          </ol>
          {stops.length > 1 && index !== undefined ? (
            <LazyFlowMap
              facilities={facilities}
              legs={legs}
              numbers={numbers}
              label={t('monitoring.path.mapLabel', { count: stops.length })}
            />
          ) : null}
        </>
      ) : null}
      {unplaced > 0 ? (
        <p className="muted small">{t('monitoring.path.unplaced', { count: unplaced })}</p>
      ) : null}
    </section>
  );
}
