import type { EvidenceView } from '@vigil/client';
import { useEffect, useRef } from 'react';
import { useLocale, useT } from '../../app/i18n/LocaleProvider';
import {
  formatBytes,
  isPackageable,
  summarise,
  toggleAll,
  toggleItem,
  type Selection,
} from './model';
import { HashCell } from './HashCell';

/**
 * The record's evidence as a table; each file name opens the item. With `onSelect`, a box per
 * row (and one for all) chooses items to package; an unfinished upload cannot be chosen.
 */
export function EvidenceList({
  items,
  onOpen,
  selection,
  onSelect,
}: {
  readonly items: readonly EvidenceView[];
  readonly onOpen: (id: string) => void;
  readonly selection: Selection;
  readonly onSelect: ((selection: Selection) => void) | null;
}) {
  const t = useT();
  const { locale } = useLocale();
  const summary = summarise(selection, items);
  return (
    <table className="table" data-testid="evidence-list">
      <thead>
        <tr>
          {onSelect !== null ? (
            <th scope="col" className="cell-select">
              <SelectAll
                state={summary.state}
                disabled={summary.packageable === 0}
                onChange={() => onSelect(toggleAll(selection, items))}
              />
            </th>
          ) : null}
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
            {onSelect !== null ? (
              <td className="cell-select">
                <input
                  type="checkbox"
                  checked={isPackageable({ item }) && selection.has(item.id)}
                  disabled={!isPackageable({ item })}
                  aria-label={t('evidence.select.item', {
                    name: meta.fileName ?? t('evidence.unnamed'),
                  })}
                  data-testid="evidence-select"
                  onChange={(event) =>
                    onSelect(toggleItem(selection, item.id, event.target.checked))
                  }
                />
              </td>
            ) : null}
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

/** The header box: ticked when all are chosen, "mixed" (indeterminate) when some are. */
function SelectAll({
  state,
  disabled,
  onChange,
}: {
  readonly state: 'none' | 'some' | 'all';
  readonly disabled: boolean;
  readonly onChange: () => void;
}) {
  const t = useT();
  const ref = useRef<HTMLInputElement>(null);
  // React has no attribute for it: indeterminate is a property of the element only.
  useEffect(() => {
    if (ref.current !== null) ref.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <input
      ref={ref}
      type="checkbox"
      checked={state === 'all'}
      disabled={disabled}
      aria-label={t('evidence.select.all')}
      data-testid="evidence-select-all"
      onChange={onChange}
    />
  );
}
