import type { ReactNode } from 'react';
import { useT } from '../../../app/i18n/LocaleProvider';
import type { FieldProblem } from './validate';

/** The small lock that marks a field encrypted on the client; announced, not only drawn. */
export function Lock() {
  const t = useT();
  return (
    <span className="rf-lock" title={t('form.encrypted')}>
      {/* Drawn, not an emoji: emoji fonts are missing on many work machines. */}
      <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" className="rf-lock-icon">
        <path d="M4 7V5a4 4 0 0 1 8 0v2h1v8H3V7h1Zm2 0h4V5a2 2 0 0 0-4 0v2Z" />
      </svg>
      <span className="visually-hidden">{t('form.encrypted')}</span>
    </span>
  );
}

/** Ids that tie a field's label, help and errors to its control(s) (aria-describedby). */
export interface FrameIds {
  readonly control: string;
  readonly help: string;
  readonly error: string;
  /** help + error, for aria-describedby. */
  readonly describedBy: string;
}

interface FrameProps {
  readonly ids: FrameIds;
  readonly label: string;
  readonly help: ReactNode;
  readonly required: boolean;
  readonly sealed: boolean;
  /** Several controls (rows, periods, checkboxes): a fieldset and legend instead of a label. */
  readonly group: boolean;
  readonly problems: readonly FieldProblem[];
  readonly problemText: (p: FieldProblem) => string;
  readonly name: string;
  readonly children: ReactNode;
}

/** One field: label (with "required" and the lock), the control(s), help, then its problems. */
export function FieldFrame({
  ids,
  label,
  help,
  required,
  sealed,
  group,
  problems,
  problemText,
  name,
  children,
}: FrameProps) {
  const t = useT();
  const caption = (
    <>
      {label}
      {required ? <span className="rf-required"> ({t('form.required')})</span> : null}
      {sealed ? <Lock /> : null}
    </>
  );
  const tail = (
    <>
      <div className="field-hint" id={ids.help}>
        {help}
      </div>
      {problems.length > 0 ? (
        <div className="field-error" id={ids.error}>
          {problems.map((p) => (
            <div key={p.path}>{problemText(p)}</div>
          ))}
        </div>
      ) : null}
    </>
  );
  const className = ['field', 'rf-field', sealed ? 'rf-sealed' : 'rf-coded'].join(' ');
  if (group) {
    return (
      <fieldset className={className} data-field={name} aria-describedby={ids.describedBy}>
        <legend>{caption}</legend>
        {children}
        {tail}
      </fieldset>
    );
  }
  return (
    <div className={className} data-field={name}>
      <label htmlFor={ids.control}>{caption}</label>
      {children}
      {tail}
    </div>
  );
}
