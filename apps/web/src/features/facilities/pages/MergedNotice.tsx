import { Link } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { useLabeller } from '../../records/shared/useLabeller';
import { nameOf } from '../labels';
import { useFacility } from '../queries';

/** "This facility was merged into X", with a link to X (named once it has loaded). */
export function MergedNotice({ into }: { readonly into: string }) {
  const t = useT();
  const l = useLabeller();
  const target = useFacility(into);
  const name = target.data === undefined ? into : nameOf(l, target.data);
  return (
    <div className="alert alert-warning" role="status" data-testid="facility-merged">
      <p>{t('facilities.page.mergedInto', { name })}</p>
      <p>
        <Link to={`/facilities/${into}`}>{t('facilities.page.mergedIntoLink', { name })}</Link>
      </p>
    </div>
  );
}
