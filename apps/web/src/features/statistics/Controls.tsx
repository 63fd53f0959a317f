import { RATE_BASES, rateApplies, STAT_DIMENSIONS } from '@vigil/core';
import { useId, type FormEvent } from 'react';
import { useT } from '../../app/i18n/LocaleProvider';
import { Button } from '../../ui/Button';
import { PeriodFields, PeriodProblemMessage, usePeriodDraft } from '../../ui/PeriodFields';
import { useLabeller } from '../records/shared/useLabeller';
import { dimensionLabel } from './model/labels';
import {
  isDimension,
  MEASURES,
  swapped,
  withColumns,
  withPeriod,
  withRate,
  withRows,
  rateOfView,
  type Measure,
  type StatsView,
} from './model/view';

/**
 * What to count by (rows, then optionally columns), what to count (incidents or distinct
 * victims), and the period. Selects apply at once; the days apply with Apply (or Enter).
 */
export function Controls({
  view,
  onChange,
}: {
  readonly view: StatsView;
  readonly onChange: (next: StatsView) => void;
}) {
  const t = useT();
  const l = useLabeller();
  const id = useId();
  return (
    <div className="stats-controls">
      <fieldset className="stats-fieldset">
        <legend>{t('statistics.controls.title')}</legend>
        <div className="stats-row">
          <div className="field">
            <label htmlFor={`${id}-rows`}>{t('statistics.controls.rows')}</label>
            <select
              id={`${id}-rows`}
              value={view.rows}
              onChange={(e) =>
                isDimension(e.target.value) && onChange(withRows(view, e.target.value))
              }
              data-testid="stats-rows"
            >
              {STAT_DIMENSIONS.map((d) => (
                <option key={d} value={d}>
                  {dimensionLabel(l, d)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-columns`}>{t('statistics.controls.columns')}</label>
            <select
              id={`${id}-columns`}
              value={view.columns ?? ''}
              onChange={(e) =>
                onChange(
                  withColumns(view, isDimension(e.target.value) ? e.target.value : undefined),
                )
              }
              data-testid="stats-columns"
            >
              <option value="">{t('statistics.controls.none')}</option>
              {STAT_DIMENSIONS.filter((d) => d !== view.rows).map((d) => (
                <option key={d} value={d}>
                  {dimensionLabel(l, d)}
                </option>
              ))}
            </select>
          </div>
          {view.columns === undefined ? null : (
            <Button
              variant="quiet"
              onClick={() => onChange(swapped(view))}
              className="stats-swap"
              testId="stats-swap"
            >
              ⇄ {t('statistics.controls.swap')}
            </Button>
          )}
          <div className="field">
            <label htmlFor={`${id}-measure`}>{t('statistics.controls.measure')}</label>
            <select
              id={`${id}-measure`}
              value={view.measure}
              onChange={(e) => {
                const measure = MEASURES.find((m): m is Measure => m === e.target.value);
                if (measure !== undefined) onChange({ ...view, measure });
              }}
              data-testid="stats-measure"
            >
              {MEASURES.map((m) => (
                <option key={m} value={m}>
                  {t(`statistics.measure.${m}`)}
                </option>
              ))}
            </select>
          </div>
          {RATE_BASES.some((b) => rateApplies(b, view.rows)) ? (
            <div className="field">
              <label htmlFor={`${id}-rate`}>{t('statistics.controls.rate')}</label>
              <select
                id={`${id}-rate`}
                value={rateOfView(view) ?? ''}
                onChange={(e) =>
                  onChange(
                    withRate(
                      view,
                      RATE_BASES.find((b) => b === e.target.value),
                    ),
                  )
                }
                aria-describedby={`${id}-rate-hint`}
                data-testid="stats-rate"
              >
                <option value="">{t('statistics.rate.none')}</option>
                {RATE_BASES.filter((b) => rateApplies(b, view.rows)).map((b) => (
                  <option key={b} value={b}>
                    {t(`statistics.rate.${b}`)}
                  </option>
                ))}
              </select>
              <p className="field-hint" id={`${id}-rate-hint`}>
                {t('statistics.rate.hint')}
              </p>
            </div>
          ) : null}
        </div>
      </fieldset>
      {/* Keyed by the address's days, so Back or a new link resets what was typed. */}
      <PeriodForm key={`${view.from ?? ''}/${view.to ?? ''}`} view={view} onChange={onChange} />
    </div>
  );
}

/** From and to as days (the browser's date picker, keyboard included); Apply sets them. */
function PeriodForm({
  view,
  onChange,
}: {
  readonly view: StatsView;
  readonly onChange: (next: StatsView) => void;
}) {
  const t = useT();
  const id = useId();
  const period = usePeriodDraft(view);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const checked = period.check();
    if (checked !== null) onChange(withPeriod(view, checked.from, checked.to));
  };

  return (
    <form className="stats-fieldset" onSubmit={apply} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="stats-legend">
        {t('statistics.period.title')}
      </h3>
      <div className="stats-row">
        <PeriodFields
          draft={period}
          labels={{ from: t('statistics.period.from'), to: t('statistics.period.to') }}
          testIds={{ from: 'stats-from', to: 'stats-to' }}
        />
        <div className="actions">
          <Button type="submit" testId="stats-period-apply">
            {t('statistics.period.apply')}
          </Button>
          {view.from !== undefined || view.to !== undefined ? (
            <Button
              variant="quiet"
              onClick={() => {
                period.clear();
                onChange(withPeriod(view));
              }}
            >
              {t('statistics.period.clear')}
            </Button>
          ) : null}
        </div>
      </div>
      {view.from !== undefined || view.to !== undefined ? (
        <p className="small muted">{t('statistics.period.undatedOut')}</p>
      ) : null}
      <PeriodProblemMessage
        draft={period}
        messages={{
          badDay: t('statistics.period.badDay'),
          reversed: t('statistics.period.reversed'),
        }}
      />
    </form>
  );
}
