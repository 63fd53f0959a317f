import { isoDaySchema, PERIOD_BUCKETS, type PeriodBucket } from '@vigil/core';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../../app/i18n/LocaleProvider';
import { Button } from '../../../ui/Button';
import { isBucket } from '../model/periods';
import type { PeriodFilter } from '../model/filter';

const isDay = (text: string): boolean => isoDaySchema.safeParse(text).success;

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
  const [from, setFrom] = useState(filter.from ?? '');
  const [to, setTo] = useState(filter.to ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if ((from !== '' && !isDay(from)) || (to !== '' && !isDay(to))) {
      setProblem(t('monitoring.filter.badDay'));
      return;
    }
    if (from !== '' && to !== '' && to < from) {
      setProblem(t('monitoring.filter.reversed'));
      return;
    }
    setProblem(null);
    onChange({
      bucket: filter.bucket,
      ...(from === '' ? {} : { from }),
      ...(to === '' ? {} : { to }),
    });
  };

  return (
    <form
      className="mon-filter"
      onSubmit={apply}
      aria-label={t('monitoring.filter.title')}
      data-testid="monitoring-filter"
    >
      <div className="field">
        <label htmlFor={`${id}-from`}>{t('monitoring.filter.from')}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          aria-describedby={problem === null ? undefined : `${id}-problem`}
          data-testid="monitoring-from"
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t('monitoring.filter.to')}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          aria-describedby={problem === null ? undefined : `${id}-problem`}
          data-testid="monitoring-to"
        />
      </div>
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
              setFrom('');
              setTo('');
              setProblem(null);
              onChange({ bucket: filter.bucket });
            }}
          >
            {t('monitoring.filter.clear')}
          </Button>
        ) : null}
      </div>
      {problem === null ? null : (
        <p id={`${id}-problem`} className="field-error mon-filter-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
