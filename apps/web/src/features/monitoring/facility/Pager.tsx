import { useT } from '../../../app/i18n/LocaleProvider';
import { Button } from '../../../ui/Button';
import type { Page } from '../model/pagination';

/** Previous / next for a paginated list, with where the reader is ("51–100 of 230"). */
export function Pager({
  page,
  onPage,
  label,
  testId,
}: {
  readonly page: Page<unknown>;
  readonly onPage: (page: number) => void;
  readonly label: string;
  readonly testId?: string;
}) {
  const t = useT();
  if (page.pages <= 1) return null;
  return (
    <nav
      className="mon-pager"
      aria-label={t('monitoring.pager.label', { name: label })}
      data-testid={testId}
    >
      <Button disabled={page.page === 0} onClick={() => onPage(page.page - 1)}>
        {t('monitoring.pager.previous')}
      </Button>
      <span aria-live="polite">
        {t('monitoring.pager.position', { first: page.first, last: page.last, count: page.total })}
      </span>
      <Button disabled={page.page >= page.pages - 1} onClick={() => onPage(page.page + 1)}>
        {t('monitoring.pager.next')}
      </Button>
    </nav>
  );
}
