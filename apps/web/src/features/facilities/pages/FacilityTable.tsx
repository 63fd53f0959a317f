import type { Facility } from '@vigil/core';
import { Link } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { useLabeller } from '../../records/shared/useLabeller';
import {
  authorityLabel,
  controlText,
  nameOf,
  regionName,
  statusLabel,
  statusNow,
  typeLabel,
} from '../labels';

/** The register as a table: name (linking to the facility), type, authority, region, status. */
export function FacilityTable({
  facilities,
  today,
}: {
  readonly facilities: readonly Facility[];
  readonly today: string;
}) {
  const t = useT();
  const l = useLabeller();
  return (
    <table className="table fac-table" data-testid="facilities-table">
      <thead>
        <tr>
          <th scope="col">{t('facilities.col.name')}</th>
          <th scope="col">{t('facilities.col.type')}</th>
          <th scope="col">{t('facilities.col.authority')}</th>
          <th scope="col">{t('facilities.col.region')}</th>
          <th scope="col">{t('facilities.col.status')}</th>
        </tr>
      </thead>
      <tbody>
        {facilities.map((f) => {
          const control = controlText(l, f.region, today);
          return (
            <tr key={f.id} data-testid="facility-row">
              <td>
                <Link to={`/facilities/${f.id}`} data-testid="facility-link">
                  {nameOf(l, f)}
                </Link>
                {f.sample ? (
                  <span className="badge badge-sample">{t('facilities.sampleBadge')}</span>
                ) : null}
              </td>
              <td>{typeLabel(l, f.type)}</td>
              <td>{authorityLabel(l, f.authority)}</td>
              <td>
                {regionName(l, f.region)}
                {control === null ? null : (
                  <span className="badge badge-occupied" title={control}>
                    {control}
                  </span>
                )}
              </td>
              <td>{statusLabel(l, statusNow(f, today))}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
