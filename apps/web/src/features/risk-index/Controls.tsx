import { isoDaySchema, RISK_INDEX_LEVELS, type RiskIndexLevel } from '@vigil/core';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../app/i18n/LocaleProvider';
import { Button } from '../../ui/Button';
import type { IndexView } from './model/view';

const isDay = (text: string): boolean => isoDaySchema.safeParse(text).success;
const isLevel = (text: string): text is RiskIndexLevel =>
  (RISK_INDEX_LEVELS as readonly string[]).includes(text);

/** The level (at once) and the period (on Apply) of the index shown. */
export function Controls({
  view,
  onChange,
}: {
  readonly view: IndexView;
  readonly onChange: (next: IndexView) => void;
}) {
  const t = useT();
  const id = useId();
  const [from, setFrom] = useState(view.from ?? '');
  const [to, setTo] = useState(view.to ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if ((from !== '' && !isDay(from)) || (to !== '' && !isDay(to))) {
      setProblem(t('riskIndex.controls.badDay'));
      return;
    }
    if (from !== '' && to !== '' && to < from) {
      setProblem(t('riskIndex.controls.reversed'));
      return;
    }
    setProblem(null);
    onChange({
      level: view.level,
      ...(from === '' ? {} : { from }),
      ...(to === '' ? {} : { to }),
    });
  };

  return (
    <form className="ri-controls" onSubmit={apply} aria-label={t('riskIndex.controls.title')}>
      <div className="field">
        <label htmlFor={`${id}-level`}>{t('riskIndex.controls.level')}</label>
        <select
          id={`${id}-level`}
          value={view.level}
          onChange={(e) => {
            // Another level has other units: the one opened is closed.
            if (isLevel(e.target.value))
              onChange({ ...view, level: e.target.value, unit: undefined });
          }}
          data-testid="risk-level"
        >
          {RISK_INDEX_LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`riskIndex.level.${level}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>{t('riskIndex.controls.from')}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          data-testid="risk-from"
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t('riskIndex.controls.to')}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          data-testid="risk-to"
        />
      </div>
      <div className="actions ri-controls-actions">
        <Button type="submit" testId="risk-apply">
          {t('riskIndex.controls.apply')}
        </Button>
        {view.from !== undefined || view.to !== undefined ? (
          <Button
            variant="quiet"
            onClick={() => {
              setFrom('');
              setTo('');
              setProblem(null);
              onChange({ level: view.level });
            }}
          >
            {t('riskIndex.controls.allDates')}
          </Button>
        ) : null}
      </div>
      {problem === null ? null : (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
