import type { RecordKind, VaultId } from '@vigil/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { useT } from '../../../app/i18n/LocaleProvider';
import { Button } from '../../../ui/Button';
import { FieldWidget } from './FieldWidget';
import { sectionsOf, tableOf, type FieldInput, type FormValues } from './model';
import { domIdOf, useFormText } from './text';
import { validateForm, type FieldProblem } from './validate';
import './form.css';

interface RecordFormProps {
  readonly vaultId: VaultId;
  readonly kind: RecordKind;
  /** The starting values (empty, a stored record, or a resumed draft); read once. */
  readonly initial: FormValues;
  /** Called with a record that passed `recordSchema(kind)`. */
  readonly onSave: (data: Record<string, unknown>) => void;
  readonly saving: boolean;
  /** Shown above the buttons: the save error, a conflict… */
  readonly notice?: ReactNode;
  /** Shown next to the buttons: the draft status. */
  readonly status?: ReactNode;
  readonly onValuesChange?: (values: FormValues) => void;
  readonly onCancel: () => void;
}

/** Focuses the control a problem is about, or the first control of its field. */
const focusProblem = (problem: FieldProblem): void => {
  const exact = document.getElementById(domIdOf(problem.path));
  const target =
    exact ??
    document.getElementById(domIdOf(problem.field)) ??
    document
      .querySelector(`[data-field="${problem.field}"]`)
      ?.querySelector<HTMLElement>('input, select, textarea, button');
  target?.focus();
};

/**
 * A record form generated from the kind's field table (no second list of fields): sections in
 * table order, one widget per field type, validation with `recordSchema(kind)` before saving,
 * problems at each field and summarised at the top with links that move focus. Keyboard: the
 * first field has focus on open, Ctrl/Cmd+Enter saves, Enter never submits by accident.
 */
export function RecordForm({
  vaultId,
  kind,
  initial,
  onSave,
  saving,
  notice,
  status,
  onValuesChange,
  onCancel,
}: RecordFormProps) {
  const t = useT();
  const tx = useFormText();
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState<FormValues>(initial);
  const [tried, setTried] = useState(false);
  const sections = useMemo(() => sectionsOf(kind), [kind]);
  const check = useMemo(() => (tried ? validateForm(kind, values) : null), [tried, kind, values]);
  const problems = check !== null && !check.ok ? check.problems : [];

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);

  // Report changes (for the draft) once they are committed, never the untouched start.
  useEffect(() => {
    if (values !== initial) onValuesChange?.(values);
  }, [values, initial, onValuesChange]);

  const change = (name: string, input: FieldInput) => {
    setValues((current) => ({ ...current, [name]: input }));
  };

  const submit = () => {
    setTried(true);
    const result = validateForm(kind, values);
    if (!result.ok) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    onSave(result.data);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!saving) submit();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.defaultPrevented) return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      if (!saving) submit();
      return;
    }
    // A stray Enter in a one-line input would submit a half-taken interview: refuse it.
    if (event.target instanceof HTMLInputElement && event.target.type !== 'checkbox') {
      event.preventDefault();
    }
  };

  const labelOf = (field: string): string => {
    const spec = tableOf(kind).find(([name]) => name === field)?.[1];
    return tx(`form.field.${kind}.${field}`, spec?.doc ?? field);
  };
  const problemText = (p: FieldProblem): string => t(p.message, p.values);
  const onSummaryClick = (event: MouseEvent, p: FieldProblem) => {
    event.preventDefault();
    focusProblem(p);
  };

  return (
    <form ref={form} className="form rf-form" noValidate onSubmit={onSubmit} onKeyDown={onKeyDown}>
      {problems.length > 0 ? (
        <div
          ref={summary}
          className="alert alert-error rf-summary"
          role="alert"
          tabIndex={-1}
          data-testid="form-problems"
        >
          <h2>{t('form.summary.title', { count: problems.length })}</h2>
          <ul>
            {problems.map((p) => (
              <li key={p.path}>
                <a href={`#${domIdOf(p.path)}`} onClick={(e) => onSummaryClick(e, p)}>
                  {t('form.summary.item', { name: labelOf(p.field), reason: problemText(p) })}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {sections.map((section) => (
        <section
          key={section.id}
          className={`card rf-section rf-section-${section.id}`}
          aria-labelledby={`rf-section-${section.id}`}
        >
          <h2 id={`rf-section-${section.id}`}>{t(`form.section.${section.id}`)}</h2>
          <p className="muted small">{t(`form.section.${section.id}Hint`)}</p>
          <div className="rf-fields">
            {section.fields.map(([name, spec]) => (
              <FieldWidget
                key={name}
                vaultId={vaultId}
                kind={kind}
                name={name}
                spec={spec}
                value={values[name] ?? ''}
                onChange={change}
                problems={problems.filter((p) => p.field === name)}
                problemText={problemText}
              />
            ))}
          </div>
        </section>
      ))}
      {notice}
      <div className="actions rf-actions">
        <Button type="submit" variant="primary" pending={saving} testId="record-save">
          {saving ? t('form.saving') : t('form.save')}
        </Button>
        <Button onClick={onCancel} disabled={saving}>
          {t('form.cancel')}
        </Button>
        <div className="rf-status">{status}</div>
      </div>
      <p className="muted small">
        {t('form.shortcut')} {t('form.draft.note')}
      </p>
    </form>
  );
}
