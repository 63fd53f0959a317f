import { NavLink } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { readableVaults } from '../../vaults/current';
import { useVaults } from '../../vaults/queries';
import { badgeCount } from '../model/alerts';
import { useAlertsOf } from '../queries';
import '../monitoring.css';

/** "Alerts" in the navigation, with the number of alerts of all the member's vaults, if any. */
export function AlertsNavLink() {
  const t = useT();
  const vaults = useVaults();
  const results = useAlertsOf(readableVaults(vaults.data ?? []).map((v) => v.id));
  const count = badgeCount(results.map((r) => r.data?.alerts.length));
  return (
    <NavLink to="/alerts" data-testid="nav-alerts">
      {t('monitoring.alerts.nav')}
      {count === null ? null : (
        <span className="nav-badge" data-testid="nav-alerts-count">
          <span aria-hidden="true">{count}</span>
          <span className="visually-hidden">{t('monitoring.alerts.badge', { count })}</span>
        </span>
      )}
    </NavLink>
  );
}
