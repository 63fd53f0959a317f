import { RISK_INDEX_LEVELS, type RiskIndexLevel } from '@vigil/core';
import { useId, type FormEvent } from 'react';
import { useT } from '../../app/i18n/LocaleProvider';
import { Button } from '../../ui/Button';
import { PeriodFields, PeriodProblemMessage, usePeriodDraft } from '../../ui/PeriodFields';
import type { IndexView } from './model/view';

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
  const period = usePeriodDraft(view);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const checked = period.check();
    if (checked !== null) onChange({ level: view.level, ...checked });
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
      <PeriodFields
        draft={period}
        labels={{ from: t('riskIndex.controls.from'), to: t('riskIndex.controls.to') }}
        testIds={{ from: 'risk-from', to: 'risk-to' }}
      />
      <div className="actions ri-controls-actions">
        <Button type="submit" testId="risk-apply">
          {t('riskIndex.controls.apply')}
        </Button>
        {view.from !== undefined || view.to !== undefined ? (
          <Button
            variant="quiet"
            onClick={() => {
              period.clear();
              onChange({ level: view.level });
            }}
          >
            {t('riskIndex.controls.allDates')}
          </Button>
        ) : null}
      </div>
      <PeriodProblemMessage
        draft={period}
        messages={{
          badDay: t('riskIndex.controls.badDay'),
          reversed: t('riskIndex.controls.reversed'),
        }}
      />
    </form>
  );
}
