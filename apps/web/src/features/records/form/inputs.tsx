import type { KeyboardEvent } from 'react';
import { useT } from '../../../app/i18n/LocaleProvider';
import { understandDate, type DateReading } from './dateText';
import { domIdOf, useFormLocale } from './text';

/** Whether a path (`names.2`, `period.from`) has a problem, for aria-invalid on its control. */
export type InvalidAt = (path: string) => boolean;

/**
 * Rows of one-line (or multi-line) text: Enter in a row adds the next one and moves there, so a
 * list of names or quotes is typed without touching the mouse. At least one row is always shown.
 */
export function RowsInput({
  name,
  label,
  value,
  onChange,
  describedBy,
  invalidAt,
  maxLength,
  multiline,
  code,
}: {
  readonly name: string;
  readonly label: string;
  readonly value: readonly string[];
  readonly onChange: (value: string[]) => void;
  readonly describedBy: string;
  readonly invalidAt: InvalidAt;
  readonly maxLength: number;
  readonly multiline: boolean;
  readonly code: boolean;
}) {
  const t = useT();
  const rows = value.length === 0 ? [''] : value;
  const set = (i: number, text: string) => onChange(rows.map((r, j) => (j === i ? text : r)));
  const add = () => {
    onChange([...rows, '']);
    requestAnimationFrame(() =>
      document.getElementById(domIdOf(`${name}.${rows.length}`))?.focus(),
    );
  };
  const remove = (i: number) => {
    onChange(rows.filter((_, j) => j !== i));
    requestAnimationFrame(() =>
      document.getElementById(domIdOf(`${name}.${Math.max(0, i - 1)}`))?.focus(),
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, i: number) => {
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    if (i === rows.length - 1 && (rows[i] ?? '').trim() !== '') add();
    else document.getElementById(domIdOf(`${name}.${i + 1}`))?.focus();
  };
  return (
    <div className={code ? 'rf-rows field-code' : 'rf-rows'}>
      {rows.map((row, i) => {
        const id = domIdOf(`${name}.${i}`);
        const common = {
          id,
          value: row,
          maxLength,
          'aria-label': t('form.rows.item', { name: label, count: i + 1 }),
          'aria-describedby': describedBy,
          'aria-invalid': invalidAt(`${name}.${i}`) ? true : undefined,
        } as const;
        return (
          // Rows have no identity but their place; the index is the key on purpose.
          <div className="rf-row" key={i}>
            {multiline ? (
              <textarea {...common} rows={3} onChange={(e) => set(i, e.target.value)} />
            ) : (
              <input
                {...common}
                type="text"
                autoCapitalize={code ? 'characters' : undefined}
                spellCheck={code ? false : undefined}
                onChange={(e) => set(i, e.target.value)}
                onKeyDown={(e) => onKeyDown(e, i)}
              />
            )}
            {rows.length > 1 || row !== '' ? (
              <button
                type="button"
                className="btn btn-quiet rf-row-remove"
                onClick={() => remove(i)}
                aria-label={t('form.rows.remove', { count: i + 1 })}
              >
                ×
              </button>
            ) : null}
          </div>
        );
      })}
      <div>
        <button type="button" className="btn btn-quiet" onClick={add}>
          + {t('form.rows.add')}
        </button>
      </div>
    </div>
  );
}

/** "March 2024 (month)" in the user's language. */
const readingText = (t: ReturnType<typeof useT>, reading: DateReading): string =>
  t('form.date.withPrecision', {
    name: reading.text,
    reason: t(`form.date.precision.${reading.precision}`),
  });

/** What a typed date was understood as, announced politely as it changes. */
export function DateFeedback({
  text,
  mode,
  flagged,
}: {
  readonly text: string;
  readonly mode: 'single' | 'value';
  /** The field already shows an error: do not say the same thing twice. */
  readonly flagged: boolean;
}) {
  const t = useT();
  const locale = useFormLocale();
  const u = understandDate(text, mode, locale);
  let content: string | null = null;
  // Said as it is typed, quietly; the same problem becomes an error only when saving.
  if (u.status === 'invalid') content = flagged ? null : t('form.problem.date');
  else if (u.status === 'noRange') content = flagged ? null : t('form.problem.dateNoRange');
  else if (u.status === 'unknown') content = t('form.date.unknown');
  else if (u.status === 'single') {
    content = t('form.date.understood', { name: readingText(t, u.reading) });
  } else if (u.status === 'range') {
    const from =
      u.from === undefined ? [] : [t('form.date.from', { name: readingText(t, u.from) })];
    const to =
      u.to === undefined
        ? [t('form.date.ongoing')]
        : [t('form.date.to', { name: readingText(t, u.to) })];
    content = t('form.date.understood', { name: [...from, ...to].join(' ') });
  }
  return (
    <div
      className={
        u.status === 'invalid' || u.status === 'noRange'
          ? 'rf-date-reading rf-date-unread'
          : 'rf-date-reading'
      }
      aria-live="polite"
      data-testid="date-reading"
    >
      {content}
    </div>
  );
}

/** Checkboxes for a multi-valued enum (few values: all visible, Space toggles). */
export function EnumChecks({
  name,
  values,
  labelOf,
  value,
  onChange,
  describedBy,
}: {
  readonly name: string;
  readonly values: readonly string[];
  readonly labelOf: (v: string) => string;
  readonly value: readonly string[];
  readonly onChange: (value: string[]) => void;
  readonly describedBy: string;
}) {
  return (
    <div className="rf-checks">
      {values.map((v, i) => (
        <label key={v} className="check">
          <input
            id={i === 0 ? domIdOf(name) : undefined}
            type="checkbox"
            checked={value.includes(v)}
            aria-describedby={describedBy}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? values.filter((x) => x === v || value.includes(x))
                  : value.filter((x) => x !== v),
              )
            }
          />
          {labelOf(v)}
        </label>
      ))}
    </div>
  );
}
