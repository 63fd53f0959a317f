import { useEffect } from 'react';
import { useT } from '../app/i18n/LocaleProvider';

/** Sets the document title to "<page> · Vigil", translated, for tabs, history and screen readers. */
export function usePageTitle(page: string): void {
  const t = useT();
  useEffect(() => {
    document.title = t('app.pageTitle', { page });
  }, [t, page]);
}
