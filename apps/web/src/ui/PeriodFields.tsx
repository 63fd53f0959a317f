import { isoDaySchema } from '@vigil/core';
import { useId, useState } from 'react';

/** Why typed days cannot be applied as a period. */
export type PeriodProblem = 'badDay' | 'reversed';

/** A period with either end open. */
export interface TypedPeriod {
  readonly from?: string;
  readonly to?: string;
}

const isDay = (text: string): boolean => isoDaySchema.safeParse(text).success;

/**
 * Whether two typed days ('' is an open end) make a period: `badDay` when one is not a
 * YYYY-MM-DD day, `reversed` when to is before from, null when they can be applied.
 */
export const periodProblem = (from: string, to: string): PeriodProblem | null => {
  if ((from !== '' && !isDay(from)) || (to !== '' && !isDay(to))) return 'badDay';
  if (from !== '' && to !== '' && to < from) return 'reversed';
  return null;
};

/** The days being typed in a period form, and what is wrong with them once checked. */
export interface PeriodDraft {
  readonly from: string;
  readonly to: string;
  readonly setFrom: (day: string) => void;
  readonly setTo: (day: string) => void;
  /** The problem found by the last {@link PeriodDraft.check}, shown until the next one. */
  readonly problem: PeriodProblem | null;
  /** The id of the problem's message, which the day inputs are described by. */
  readonly problemId: string;
  /** Checks the days: the period to apply (open ends left out), or null and shows the problem. */
  readonly check: () => TypedPeriod | null;
  /** Empties both days and the problem. */
  readonly clear: () => void;
}

/** State of a period form, starting from the period applied (forms are keyed by it). */
export function usePeriodDraft(applied: TypedPeriod): PeriodDraft {
  const problemId = `${useId()}-problem`;
  const [from, setFrom] = useState(applied.from ?? '');
  const [to, setTo] = useState(applied.to ?? '');
  const [problem, setProblem] = useState<PeriodProblem | null>(null);
  return {
    from,
    to,
    setFrom,
    setTo,
    problem,
    problemId,
    check: () => {
      const found = periodProblem(from, to);
      setProblem(found);
      if (found !== null) return null;
      return { ...(from === '' ? {} : { from }), ...(to === '' ? {} : { to }) };
    },
    clear: () => {
      setFrom('');
      setTo('');
      setProblem(null);
    },
  };
}

/**
 * From and to as days: date inputs (the browser's own picker, keyboard included), described by
 * the problem's message while there is one. The form around them applies the period.
 */
export function PeriodFields({
  draft,
  labels,
  testIds,
}: {
  readonly draft: PeriodDraft;
  readonly labels: { readonly from: string; readonly to: string };
  readonly testIds: { readonly from: string; readonly to: string };
}) {
  const id = useId();
  const describedBy = draft.problem === null ? undefined : draft.problemId;
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-from`}>{labels.from}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={draft.from}
          onChange={(e) => draft.setFrom(e.target.value)}
          aria-describedby={describedBy}
          data-testid={testIds.from}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{labels.to}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={draft.to}
          onChange={(e) => draft.setTo(e.target.value)}
          aria-describedby={describedBy}
          data-testid={testIds.to}
        />
      </div>
    </>
  );
}

/** The message of a period form's problem (announced), or nothing. */
export function PeriodProblemMessage({
  draft,
  messages,
  className,
}: {
  readonly draft: PeriodDraft;
  readonly messages: Readonly<Record<PeriodProblem, string>>;
  readonly className?: string;
}) {
  if (draft.problem === null) return null;
  return (
    <p
      id={draft.problemId}
      className={['field-error', className].filter(Boolean).join(' ')}
      role="alert"
    >
      {messages[draft.problem]}
    </p>
  );
}
