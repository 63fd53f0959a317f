import { FACILITY_TYPES } from '@vigil/core';
import { useId } from 'react';
import { useT } from '../../../app/i18n/LocaleProvider';
import { Button } from '../../../ui/Button';
import { useLabeller } from '../../records/shared/useLabeller';
import { regionName, typeLabel } from '../labels';
import { isFiltered, regionsByCountry, sortByName, type RegisterFilter } from '../model/register';

/** Region (grouped by country), type and a name filter; every change applies at once. */
export function RegisterFilters({
  filter,
  onChange,
}: {
  readonly filter: RegisterFilter;
  readonly onChange: (next: RegisterFilter) => void;
}) {
  const t = useT();
  const l = useLabeller();
  const id = useId();
  const types = sortByName(FACILITY_TYPES, (type) => typeLabel(l, type), l.locale);
  return (
    <form
      className="card stack"
      role="search"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => e.preventDefault()}
    >
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('facilities.filter.title')}
      </h2>
      <div className="fac-filters">
        <div className="field">
          <label htmlFor={`${id}-region`}>{t('facilities.filter.region')}</label>
          <select
            id={`${id}-region`}
            value={filter.region}
            onChange={(e) => onChange({ ...filter, region: e.target.value })}
            data-testid="facilities-filter-region"
          >
            <option value="">{t('facilities.filter.any')}</option>
            {regionsByCountry((code) => regionName(l, code), l.locale).map((group) => (
              <optgroup key={group.country} label={t(`facilities.country.${group.country}`)}>
                {group.regions.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.name} ({r.code})
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-type`}>{t('facilities.filter.type')}</label>
          <select
            id={`${id}-type`}
            value={filter.type}
            onChange={(e) =>
              onChange({
                ...filter,
                type: FACILITY_TYPES.find((type) => type === e.target.value) ?? '',
              })
            }
            data-testid="facilities-filter-type"
          >
            <option value="">{t('facilities.filter.any')}</option>
            {types.map((type) => (
              <option key={type} value={type}>
                {typeLabel(l, type)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('facilities.filter.text')}</label>
          <input
            id={`${id}-text`}
            type="search"
            value={filter.text}
            onChange={(e) => onChange({ ...filter, text: e.target.value })}
            aria-describedby={`${id}-text-hint`}
            autoComplete="off"
            spellCheck={false}
            data-testid="facilities-filter-text"
          />
          <div className="field-hint" id={`${id}-text-hint`}>
            {t('facilities.filter.textHint')}
          </div>
        </div>
      </div>
      {isFiltered(filter) ? (
        <div>
          <Button
            onClick={() => onChange({ region: '', type: '', text: '' })}
            testId="facilities-filter-clear"
          >
            {t('facilities.filter.clear')}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
