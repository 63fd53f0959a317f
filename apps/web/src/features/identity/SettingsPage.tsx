import { useT } from '../../app/i18n/LocaleProvider';
import { useSession } from '../../app/session';
import { usePageTitle } from '../../ui/usePageTitle';
import { TotpSection } from './TotpSection';

/** Account settings: identity facts and two-factor authentication. */
export function SettingsPage() {
  const t = useT();
  const { account } = useSession();
  usePageTitle(t('identity.settings.title'));
  return (
    <div className="page page-narrow">
      <h1>{t('identity.settings.title')}</h1>
      <section className="card" aria-labelledby="account-heading">
        <h2 id="account-heading">{t('identity.settings.account')}</h2>
        <dl className="facts">
          <dt>{t('identity.settings.accountId')}</dt>
          <dd>
            <code>{account?.id}</code>
          </dd>
        </dl>
      </section>
      <TotpSection />
    </div>
  );
}
