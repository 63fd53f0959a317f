import type { RecordView } from '@vigil/client';
import type { VaultId } from '@vigil/core';
import { Link } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { summaryParts, summaryPeople, summaryText } from '../shared/display';
import { usePeopleNames } from '../shared/queries';
import { useLabeller } from '../shared/useLabeller';

/** Opened records of one kind as a table: summary linking to the record page, dates, status. */
export function RecordTable({
  vaultId,
  records,
}: {
  readonly vaultId: VaultId;
  readonly records: readonly RecordView[];
}) {
  const t = useT();
  const l = useLabeller();
  const rows = records.map((record) => ({ record, parts: summaryParts(l, record) }));
  const nameOf = usePeopleNames(
    vaultId,
    rows.flatMap((r) => summaryPeople(r.parts)),
  );
  const day = new Intl.DateTimeFormat(l.locale, { dateStyle: 'medium' });
  return (
    <table className="table records-table" data-testid="records-table">
      <thead>
        <tr>
          <th scope="col">{t('records.list.colRecord')}</th>
          <th scope="col">{t('records.list.colCreated')}</th>
          <th scope="col">{t('records.list.colUpdated')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ record, parts }) => (
          <tr
            key={record.id}
            data-testid="record-row"
            className={record.deleted ? 'is-deleted' : ''}
          >
            <td data-label={t('records.list.colRecord')}>
              <Link to={`/vaults/${vaultId}/records/${record.id}`} data-testid="record-link">
                {summaryText(l, record, parts, nameOf)}
              </Link>
              {record.deleted ? (
                <span className="badge badge-deleted"> {t('records.list.deletedBadge')}</span>
              ) : null}
            </td>
            <td data-label={t('records.list.colCreated')}>
              {day.format(new Date(record.createdAt))}
            </td>
            <td data-label={t('records.list.colUpdated')}>
              {day.format(new Date(record.updatedAt))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
