import { STAT_DIMENSIONS, type StatDimension, type VaultId } from '@vigil/core';
import { useId, useState } from 'react';
import { useT } from '../../app/i18n/LocaleProvider';
import { ErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { useLabeller } from '../records/shared/useLabeller';
import { dimensionLabel } from './model/labels';
import {
  filterEntries,
  isCodeValue,
  isDimension,
  withFilterValue,
  withoutFilterValue,
  type StatsFilter,
} from './model/view';
import { useDimensionValues } from './queries';
import type { ValueLabel } from './useValueLabel';

/** How "unknown" (null) is an option's value (a select's values are text). */
const UNKNOWN_OPTION = '~';

/**
 * Filters as chips, built one at a time: a dimension, then one of the values the vault has for
 * it (with its number of incidents), then Add. Each chip has its own remove button.
 */
export function FilterBuilder({
  vaultId,
  filter,
  label,
  onChange,
}: {
  readonly vaultId: VaultId;
  readonly filter: StatsFilter;
  readonly label: ValueLabel;
  readonly onChange: (next: StatsFilter) => void;
}) {
  const t = useT();
  const l = useLabeller();
  const id = useId();
  const [dimension, setDimension] = useState<StatDimension>('region');
  const [choice, setChoice] = useState('');
  const values = useDimensionValues(vaultId, dimension);
  const entries = filterEntries(filter);
  const options = (values.data?.rowTotals ?? []).filter((c) => c.incidents > 0);

  const add = () => {
    if (choice === '') return;
    const value = choice === UNKNOWN_OPTION ? null : choice;
    if (!isCodeValue(value)) return;
    onChange(withFilterValue(filter, dimension, value));
    setChoice('');
  };

  return (
    <section className="stats-fieldset" aria-labelledby={`${id}-title`} data-testid="stats-filters">
      <h3 id={`${id}-title`} className="stats-legend">
        {t('statistics.filter.title')}
      </h3>
      {entries.length === 0 ? (
        <p className="small muted">{t('statistics.filter.none')}</p>
      ) : (
        <ul className="stats-chips" aria-label={t('statistics.filter.title')}>
          {entries.map(({ dimension: d, value }) => {
            const name = t('statistics.filter.chip', {
              name: dimensionLabel(l, d),
              value: label(d, value),
            });
            return (
              <li
                key={`${d}:${JSON.stringify(value)}`}
                className="stats-chip"
                data-testid="stats-chip"
              >
                <span>{name}</span>
                <button
                  type="button"
                  className="stats-chip-remove"
                  aria-label={t('statistics.filter.remove', { name })}
                  title={t('statistics.filter.remove', { name })}
                  onClick={() => onChange(withoutFilterValue(filter, d, value))}
                >
                  ×
                </button>
              </li>
            );
          })}
          {entries.length > 1 ? (
            <li>
              <Button variant="quiet" onClick={() => onChange({})}>
                {t('statistics.filter.clearAll')}
              </Button>
            </li>
          ) : null}
        </ul>
      )}
      <div className="stats-row">
        <div className="field">
          <label htmlFor={`${id}-dimension`}>{t('statistics.filter.dimension')}</label>
          <select
            id={`${id}-dimension`}
            value={dimension}
            onChange={(e) => {
              if (isDimension(e.target.value)) {
                setDimension(e.target.value);
                setChoice('');
              }
            }}
            data-testid="stats-filter-dimension"
          >
            {STAT_DIMENSIONS.map((d) => (
              <option key={d} value={d}>
                {dimensionLabel(l, d)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-value`}>{t('statistics.filter.value')}</label>
          <select
            id={`${id}-value`}
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
            disabled={values.data === undefined || options.length === 0}
            data-testid="stats-filter-value"
          >
            <option value="">
              {values.isPending ? t('app.loading') : t('statistics.filter.choose')}
            </option>
            {options.map((c) => (
              <option key={JSON.stringify(c.row)} value={c.row ?? UNKNOWN_OPTION}>
                {t('statistics.filter.valueCount', {
                  name: label(dimension, c.row),
                  count: c.incidents,
                })}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <Button onClick={add} disabled={choice === ''} testId="stats-filter-add">
            {t('statistics.filter.add')}
          </Button>
        </div>
      </div>
      {values.data !== undefined && options.length === 0 ? (
        <p className="small muted">{t('statistics.filter.noValues')}</p>
      ) : null}
      <ErrorAlert error={values.error} />
      <p className="small muted">{t('statistics.filter.hint')}</p>
    </section>
  );
}
