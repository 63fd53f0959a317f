import { PERIOD_BUCKETS, type PeriodBucket } from '@vigil/core';
import { useId, type FormEvent } from 'react';
import { useT } from '../../../app/i18n/LocaleProvider';
import { Button } from '../../../ui/Button';
import { PeriodFields, PeriodProblemMessage, usePeriodDraft } from '../../../ui/PeriodFields';
import { isBucket } from '../model/periods';
import type { PeriodFilter } from '../model/filter';

/**
 * From, to and the size of the periods the facility's charts count by. Days are typed as
 * YYYY-MM-DD (a date input: the browser's own picker, keyboard included); Apply sets them.
 */
export function PeriodFilterForm({
  filter,
  onChange,
}: {
  readonly filter: PeriodFilter;
  readonly onChange: (next: PeriodFilter) => void;
}) {
  const t = useT();
  const id = useId();
  const period = usePeriodDraft(filter);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const checked = period.check();
    if (checked !== null) onChange({ bucket: filter.bucket, ...checked });
  };

  return (
    <form
      className="mon-filter"
      onSubmit={apply}
      aria-label={t('monitoring.filter.title')}
      data-testid="monitoring-filter"
    >
      <PeriodFields
        draft={period}
        labels={{ from: t('monitoring.filter.from'), to: t('monitoring.filter.to') }}
        testIds={{ from: 'monitoring-from', to: 'monitoring-to' }}
      />
      <div className="field">
        <label htmlFor={`${id}-bucket`}>{t('monitoring.filter.bucket')}</label>
        <select
          id={`${id}-bucket`}
          value={filter.bucket}
          onChange={(e) => {
            const bucket: PeriodBucket = isBucket(e.target.value) ? e.target.value : 'quarter';
            onChange({ ...filter, bucket });
          }}
          data-testid="monitoring-bucket"
        >
          {PERIOD_BUCKETS.map((b) => (
            <option key={b} value={b}>
              {t(`monitoring.bucket.${b}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="actions mon-filter-actions">
        <Button type="submit" testId="monitoring-apply">
          {t('monitoring.filter.apply')}
        </Button>
        {filter.from !== undefined || filter.to !== undefined ? (
          <Button
            variant="quiet"
            onClick={() => {
              period.clear();
              onChange({ bucket: filter.bucket });
            }}
          >
            {t('monitoring.filter.clear')}
          </Button>
        ) : null}
      </div>
      <PeriodProblemMessage
        draft={period}
        messages={{
          badDay: t('monitoring.filter.badDay'),
          reversed: t('monitoring.filter.reversed'),
        }}
        className="mon-filter-problem"
      />
    </form>
  );
}
