import { Link } from 'react-router-dom';
import { useT } from '../../app/i18n/LocaleProvider';
import { useLabeller } from '../records/shared/useLabeller';
import { nameOf } from './labels';
import { useFacility, useFacilityIndex } from './queries';

/**
 * A facility named and linked to its page, from its id: the register (public reference data)
 * gives the name in the reader's language; a facility merged away (not in the list) is looked
 * up on its own, and its page says where it went.
 */
export function FacilityLink({ id, testId }: { readonly id: string; readonly testId?: string }) {
  const t = useT();
  const l = useLabeller();
  const index = useFacilityIndex();
  const listed = index?.get(id);
  const one = useFacility(id, index !== undefined && listed === undefined);
  const facility = listed ?? one.data;
  if (facility === undefined) {
    return one.isError ? (
      <span className="muted" data-testid={testId}>
        {t('monitoring.facility.unknown')}
      </span>
    ) : (
      <span className="muted">{t('app.loading')}</span>
    );
  }
  return (
    <Link to={`/facilities/${facility.id}`} data-testid={testId ?? 'facility-link'}>
      {nameOf(l, facility)}
    </Link>
  );
}
