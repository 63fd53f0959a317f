import type { EvidenceView } from '@vigil/client';
import { useLocale, useT } from '../../app/i18n/LocaleProvider';
import { formatBytes } from './model';
import { HashCell } from './HashCell';

/** The record's evidence as a table; each file name opens the item. */
export function EvidenceList({
  items,
  onOpen,
}: {
  readonly items: readonly EvidenceView[];
  readonly onOpen: (id: string) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <table className="table" data-testid="evidence-list">
      <thead>
        <tr>
          <th scope="col">{t('evidence.col.file')}</th>
          <th scope="col">{t('evidence.col.kind')}</th>
          <th scope="col">{t('evidence.col.size')}</th>
          <th scope="col">{t('evidence.col.stored')}</th>
          <th scope="col">{t('evidence.col.sha256')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map(({ item, meta }) => (
          <tr key={item.id} data-testid="evidence-row">
            <td>
              {/* A button, not a link: opening signs a custody event, and ids stay out of history. */}
              <button
                type="button"
                className="link-button"
                data-testid="evidence-open"
                onClick={() => onOpen(item.id)}
              >
                {meta.fileName ?? t('evidence.unnamed')}
              </button>
            </td>
            <td>{t(`evidence.kind.${item.kind}`)}</td>
            <td>{formatBytes(meta.size, locale)}</td>
            <td>
              {item.storedAt === null
                ? t('evidence.notStored')
                : t('evidence.when', { date: new Date(item.storedAt) })}
            </td>
            <td>{meta.sha256 === undefined ? '—' : <HashCell sha256={meta.sha256} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
