import type { ReactNode } from 'react';
import type { MessageId } from '../../../app/i18n/en';
import { useT } from '../../../app/i18n/LocaleProvider';
import type { FormProblem } from './formModel';

/** The DOM id of the control for a form path (`status.1.to` → `fac-status-1-to`). */
export const controlId = (path: string): string => `fac-${path.replace(/\./g, '-')}`;

/** What a control needs to be tied to its label, hint and problems. */
export interface ControlProps {
  readonly id: string;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': true | undefined;
}

/** A problem in words: a catalog message, or the server's own sentence. */
export function useProblemText(): (p: FormProblem) => string {
  const t = useT();
  return (p) => ('id' in p ? t(p.id) : p.text);
}

/** The problems of one field, announced with it (its control points here). */
export function Problems({
  id,
  problems,
  testId,
}: {
  readonly id: string;
  readonly problems: readonly FormProblem[];
  readonly testId?: string;
}) {
  const text = useProblemText();
  if (problems.length === 0) return null;
  return (
    <div className="field-error" id={id} data-testid={testId}>
      {problems.map((p, i) => (
        <div key={i}>{text(p)}</div>
      ))}
    </div>
  );
}

/** One labelled control with an optional hint and its problems. */
export function Labelled({
  path,
  label,
  hint,
  problems,
  className,
  group,
  children,
}: {
  readonly path: string;
  readonly label: MessageId;
  readonly hint?: MessageId;
  readonly problems: readonly FormProblem[];
  readonly className?: string;
  /** Problems of the group the control belongs to (a point outside its region is both lat and lon). */
  readonly group?: { readonly errorId: string; readonly problems: readonly FormProblem[] };
  readonly children: (control: ControlProps) => ReactNode;
}) {
  const t = useT();
  const id = controlId(path);
  const groupInvalid = group !== undefined && group.problems.length > 0;
  const describedBy = [
    hint ? `${id}-hint` : null,
    problems.length > 0 ? `${id}-error` : null,
    groupInvalid ? group.errorId : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{t(label)}</label>
      {children({
        id,
        'aria-describedby': describedBy === '' ? undefined : describedBy,
        'aria-invalid': problems.length > 0 || groupInvalid ? true : undefined,
      })}
      {hint ? (
        <div className="field-hint" id={`${id}-hint`}>
          {t(hint)}
        </div>
      ) : null}
      <Problems id={`${id}-error`} problems={problems} testId={`problems-${path}`} />
    </div>
  );
}
