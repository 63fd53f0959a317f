import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router-dom';
import { AlertsNavLink } from '../features/monitoring/alerts/AlertsNavLink';
import { ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Loading } from '../ui/Loading';
import { useT } from './i18n/LocaleProvider';
import { LanguageSwitcher } from './LanguageSwitcher';
import { useSession } from './session';

/** The frame of every page: header with navigation and language, the page, the footer. */
export function Layout() {
  const t = useT();
  const session = useSession();
  const main = useRef<HTMLElement>(null);
  const logout = useMutation({ mutationFn: () => session.logout() });
  const unlocked = session.status === 'unlocked';
  const { pathname } = useLocation();
  const firstPage = useRef(true);

  // After a client-side navigation, move focus to the new page as a full page load would, so
  // keyboard and screen-reader users start at its content instead of the link they left.
  useEffect(() => {
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    const heading = main.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    } else {
      main.current?.focus({ preventScroll: true });
    }
  }, [pathname]);

  let content;
  if (session.status === 'starting') {
    content = (
      <div className="page">
        <Loading />
      </div>
    );
  } else if (session.status === 'unreachable') {
    content = (
      <div className="page page-narrow">
        <h1>{t('app.startFailed.title')}</h1>
        <p>{t('app.startFailed.body')}</p>
        <ErrorAlert error={session.startError} />
        <Button variant="primary" onClick={session.retryStart} testId="start-retry">
          {t('app.retry')}
        </Button>
      </div>
    );
  } else {
    content = <Outlet />;
  }

  return (
    <div className="app">
      <a
        href="#main"
        className="skip-link"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          <img src="/favicon.svg" alt="" width={24} height={24} />
          <span>{t('app.name')}</span>
        </Link>
        {unlocked ? (
          <nav className="app-nav" aria-label={t('app.nav.label')}>
            <NavLink to="/vaults" data-testid="nav-vaults">
              {t('app.nav.vaults')}
            </NavLink>
            <NavLink to="/facilities" data-testid="nav-facilities">
              {t('app.nav.facilities')}
            </NavLink>
            <AlertsNavLink />
            <NavLink to="/statistics" data-testid="nav-statistics">
              {t('statistics.nav')}
            </NavLink>
            <NavLink to="/reports" data-testid="nav-reports">
              {t('reports.nav')}
            </NavLink>
            <NavLink to="/risk-index" data-testid="nav-risk-index">
              {t('riskIndex.nav')}
            </NavLink>
            <NavLink to="/linkage" data-testid="nav-linkage">
              {t('linkage.nav')}
            </NavLink>
            <NavLink to="/estimation" data-testid="nav-estimation">
              {t('estimation.nav')}
            </NavLink>
            <NavLink to="/settings" data-testid="nav-settings">
              {t('app.nav.settings')}
            </NavLink>
          </nav>
        ) : null}
        <div className="app-tools">
          <LanguageSwitcher />
          {unlocked ? (
            <Button variant="quiet" onClick={session.lock} title={t('app.lockHint')} testId="lock">
              {t('app.lock')}
            </Button>
          ) : null}
          {unlocked || session.status === 'locked' ? (
            <Button
              variant="quiet"
              pending={logout.isPending}
              onClick={() => logout.mutate()}
              testId="logout"
            >
              {t('app.logout')}
            </Button>
          ) : null}
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="app-main">
        {content}
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
