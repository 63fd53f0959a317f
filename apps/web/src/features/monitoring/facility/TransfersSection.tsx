import type { Facility } from '@vigil/core';
import { useT } from '../../../app/i18n/LocaleProvider';
import { FacilityLink } from '../../facilities/FacilityLink';
import { LazyFlowMap } from '../../facilities/map/lazy';
import { nameOf } from '../../facilities/labels';
import { useFacilityIndex } from '../../facilities/queries';
import { useLabeller } from '../../records/shared/useLabeller';
import type { Flow } from '../model/transfers';

/**
 * Where the people held at the facility came from and were taken to: lines on a map from and
 * to the other facilities, as wide as the number of detentions, and the same in words.
 */
export function TransfersSection({
  facility,
  inbound,
  outbound,
}: {
  readonly facility: Facility;
  readonly inbound: readonly Flow[];
  readonly outbound: readonly Flow[];
}) {
  const t = useT();
  const l = useLabeller();
  const index = useFacilityIndex();
  const legs = [...inbound, ...outbound];
  const others = [...new Set(legs.flatMap((g) => [g.from, g.to]))].filter(
    (id) => id !== facility.id,
  );
  const involved = [
    facility,
    ...others.flatMap((id) => {
      const f = index?.get(id);
      return f === undefined ? [] : [f];
    }),
  ];
  const unplaced = involved.filter((f) => f.coordinates === null).length;
  const list = (flows: readonly Flow[], pick: (f: Flow) => string, testId: string) => (
    <ul className="mon-list" data-testid={testId}>
      {flows.map((f) => (
        <li key={pick(f)}>
          <FacilityLink id={pick(f)} />{' '}
          <span className="muted small">
            ({t('monitoring.transfers.people', { count: f.count })})
          </span>
        </li>
      ))}
    </ul>
  );
  return (
    <section
      className="card stack"
      aria-labelledby="mon-transfers"
      data-testid="monitoring-transfers"
    >
      <h2 id="mon-transfers">{t('monitoring.transfers.title')}</h2>
      {legs.length === 0 ? (
        <p className="muted" data-testid="monitoring-transfers-empty">
          {t('monitoring.transfers.empty')}
        </p>
      ) : (
        <>
          <div className="mon-transfer-lists">
            <div>
              <h3>{t('monitoring.transfers.inbound')}</h3>
              {inbound.length === 0 ? (
                <p className="muted">{t('monitoring.transfers.none')}</p>
              ) : (
                list(inbound, (f) => f.from, 'transfers-in')
              )}
            </div>
            <div>
              <h3>{t('monitoring.transfers.outbound')}</h3>
              {outbound.length === 0 ? (
                <p className="muted">{t('monitoring.transfers.none')}</p>
              ) : (
                list(outbound, (f) => f.to, 'transfers-out')
              )}
            </div>
          </div>
          {index === undefined ? null : (
            <LazyFlowMap
              facilities={involved}
              legs={legs}
              focus={facility.id}
              label={t('monitoring.transfers.mapLabel', { name: nameOf(l, facility) })}
            />
          )}
          {unplaced > 0 ? (
            <p className="muted small">{t('monitoring.transfers.unplaced', { count: unplaced })}</p>
          ) : null}
        </>
      )}
    </section>
  );
}
