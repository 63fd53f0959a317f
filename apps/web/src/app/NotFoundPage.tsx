import { Link } from 'react-router-dom';
import { useT } from './i18n/LocaleProvider';
import { usePageTitle } from '../ui/usePageTitle';

/** Any address the app does not know. */
export function NotFoundPage() {
  const t = useT();
  usePageTitle(t('app.notFound.title'));
  return (
    <div className="page page-narrow">
      <h1>{t('app.notFound.title')}</h1>
      <p>{t('app.notFound.body')}</p>
      <p>
        <Link to="/vaults">{t('app.notFound.back')}</Link>
      </p>
    </div>
  );
}
