import type { StatsQuery, VaultId } from '@vigil/core';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../app/i18n/LocaleProvider';
import { ErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { Pager } from '../monitoring/facility/Pager';
import type { Page } from '../monitoring/model/pagination';
import { SummaryLink } from '../records/pages/RecordLink';
import { useRecord } from '../records/shared/queries';
import type { Figure } from './model/table';
import { useRecordsBehind } from './queries';

/** Records listed per page of the panel (each is opened on this device to be named). */
export const PANEL_PAGE = 20;

/** A page of the server's list in the shape the monitoring pager reads. */
const pageOfServer = (ids: readonly string[], offset: number, total: number): Page<string> => ({
  rows: ids,
  page: Math.floor(offset / PANEL_PAGE),
  pages: Math.max(1, Math.ceil(total / PANEL_PAGE)),
  first: ids.length === 0 ? 0 : offset + 1,
  last: offset + ids.length,
  total,
});

/**
 * The incidents behind one figure, a page at a time: ids from the server, each record opened
 * here and linked to its page by its summary (date · act · victim). Opening it moves focus to
 * its heading; closing it gives focus back to the figure that opened it.
 */
export function RecordsPanel({
  vaultId,
  query,
  figure,
  label,
  onClose,
}: {
  readonly vaultId: VaultId;
  readonly query: StatsQuery;
  readonly figure: Figure;
  readonly label: string;
  readonly onClose: () => void;
}) {
  const t = useT();
  const [offset, setOffset] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const behind = useRecordsBehind(vaultId, query, figure, offset, PANEL_PAGE);
  useEffect(() => heading.current?.focus(), [figure]);
  const title = t('statistics.behind.title', { name: label });
  return (
    <aside
      className="card stack stats-panel"
      aria-labelledby="stats-behind-title"
      data-testid="stats-records"
    >
      <h2 id="stats-behind-title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {behind.isPending ? <Loading /> : null}
      <ErrorAlert error={behind.error} />
      {behind.data === undefined ? null : (
        <>
          <p className="muted small" data-testid="stats-records-count">
            {t('statistics.behind.count', { count: behind.data.total })}
          </p>
          <ul className="stats-records-list" aria-label={t('statistics.behind.list')}>
            {behind.data.ids.map((id) => (
              <li key={id} data-testid="stats-record">
                <BehindLink vaultId={vaultId} id={id} />
              </li>
            ))}
          </ul>
          <Pager
            page={pageOfServer(behind.data.ids, offset, behind.data.total)}
            onPage={(page) => setOffset(page * PANEL_PAGE)}
            label={title}
            testId="stats-records-pager"
          />
        </>
      )}
      <div className="actions">
        <Button variant="quiet" onClick={onClose} testId="stats-records-close">
          {t('statistics.behind.close')}
        </Button>
      </div>
    </aside>
  );
}

/** One incident behind a figure, opened here and named by its summary. */
function BehindLink({ vaultId, id }: { readonly vaultId: VaultId; readonly id: string }) {
  const t = useT();
  const record = useRecord(vaultId, id);
  if (record.isError) return <span className="muted">{t('statistics.behind.cannotOpen')}</span>;
  if (record.data === undefined) return <span className="muted">{t('app.loading')}</span>;
  return <SummaryLink vaultId={vaultId} record={record.data} withKind={false} />;
}
