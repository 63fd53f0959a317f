import { fieldsOf, type FieldSpec } from '@vigil/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../../app/i18n/LocaleProvider';
import { fieldLabel, formatValue, type Labeller } from '../records/shared/labels';
import { useLabeller } from '../records/shared/useLabeller';
import { displayName, type PersonCard } from './model/people';

const SPECS = new Map<string, FieldSpec>(fieldsOf('person'));

/** The rows of the side-by-side view, in the order a reviewer compares them. */
const ROWS = [
  'names',
  'namesAsWritten',
  'aliases',
  'birthDate',
  'birthYear',
  'sex',
  'citizenship',
  'groups',
] as const;
type Row = (typeof ROWS)[number];

const valuesOf = (card: PersonCard, row: Row): readonly string[] => {
  switch (row) {
    case 'birthDate':
      return card.birthDate === null ? [] : [card.birthDate];
    case 'birthYear':
      return card.birthYear === null ? [] : [String(card.birthYear)];
    case 'sex':
      return card.sex === null ? [] : [card.sex];
    default:
      return card[row];
  }
};

/** A value as the records pages show it: codes labelled, dates at their precision. */
const shown = (l: Labeller, row: Row, value: string): string => {
  const spec = SPECS.get(row);
  if (spec === undefined) return value;
  if (row === 'birthDate') {
    const precision = value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
    return formatValue(l, 'person', row, spec, { precision, value });
  }
  return formatValue(l, 'person', row, spec, value);
};

/**
 * Person records side by side (one column each), decrypted on this device. Rows where the
 * records differ are marked, so the eye goes to them first. `actions` adds a control under a
 * record's heading (split it out of a cluster).
 */
export function PersonTable({
  vaultId,
  cards,
  headings,
  actions,
  testId,
}: {
  readonly vaultId: string;
  readonly cards: readonly (PersonCard | undefined)[];
  readonly headings: readonly string[];
  readonly actions?: (card: PersonCard) => ReactNode;
  readonly testId?: string;
}) {
  const t = useT();
  const l = useLabeller();
  return (
    <div className="lk-table-wrap">
      <table className="table lk-people" data-testid={testId}>
        <thead>
          <tr>
            <td />
            {cards.map((card, i) => (
              <th key={card?.id ?? i} scope="col">
                <span className="muted small">{headings[i]}</span>
                <br />
                {card === undefined ? (
                  t('linkage.unnamed')
                ) : (
                  <Link to={`/vaults/${vaultId}/records/${card.id}`} title={t('linkage.pair.open')}>
                    {displayName(card) ?? t('linkage.unnamed')}
                  </Link>
                )}
                {card !== undefined && actions !== undefined ? (
                  <div className="lk-col-actions">{actions(card)}</div>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => {
            const texts = cards.map((c) =>
              c === undefined ? [] : valuesOf(c, row).map((v) => shown(l, row, v)),
            );
            if (texts.every((v) => v.length === 0)) return null;
            const differ = new Set(texts.map((v) => v.join('\n'))).size > 1;
            return (
              <tr key={row} className={differ ? 'lk-differ' : undefined} data-row={row}>
                <th scope="row">{fieldLabel(l, 'person', row)}</th>
                {texts.map((v, i) => (
                  <td key={i}>
                    {v.length === 0 ? (
                      <span className="muted">{t('linkage.field.none')}</span>
                    ) : (
                      v.map((text, k) => <div key={k}>{text}</div>)
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
