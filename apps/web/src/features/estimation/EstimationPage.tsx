import { useT } from '../../app/i18n/LocaleProvider';
import { usePageTitle } from '../../ui/usePageTitle';

/** Multiple systems estimation of a vault's undocumented victims (issue 7 point 7). */
export function EstimationPage() {
  const t = useT();
  usePageTitle(t('estimation.title'));
  return (
    <div className="page stack-lg" data-testid="estimation-page">
      <h1>{t('estimation.title')}</h1>
    </div>
  );
}
