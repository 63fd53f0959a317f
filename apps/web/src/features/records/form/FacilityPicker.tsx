import { useMemo } from 'react';
import { useT } from '../../../app/i18n/LocaleProvider';
import { facilityOptions, facilityRanker } from '../../facilities/model/picker';
import { useFacilities, useFacility } from '../../facilities/queries';
import { useLabeller } from '../shared/useLabeller';
import { Combobox } from './Combobox';

/**
 * Picks a facility from the shared register by typing any of its names or aliases, in any
 * script ("ИК-6", "IK6", "Melekhovo"); the type and region tell apart places with one name. A
 * facility merged away that the record still names is shown by name but not offered again.
 */
export function FacilityPicker({
  id,
  value,
  onChange,
  describedBy,
  invalid,
  testId,
}: {
  readonly id: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly describedBy: string;
  readonly invalid: boolean;
  readonly testId?: string;
}) {
  const t = useT();
  const l = useLabeller();
  const facilities = useFacilities();
  const listed = facilities.data?.some((f) => f.id === value) ?? true;
  // A chosen facility that the list does not hold (merged away): fetched alone to be named.
  const chosen = useFacility(value, value !== '' && !listed);
  const all = useMemo(
    () => [
      ...(facilities.data ?? []),
      ...(chosen.data !== undefined && !listed ? [chosen.data] : []),
    ],
    [facilities.data, chosen.data, listed],
  );
  const options = useMemo(() => facilityOptions(all, l), [all, l]);
  const rank = useMemo(() => facilityRanker(all), [all]);
  const status = facilities.isPending
    ? t('form.facility.loading')
    : facilities.isError
      ? t('form.facility.failed')
      : facilities.data.length === 0
        ? t('form.facility.empty')
        : undefined;
  return (
    <Combobox
      id={id}
      options={options}
      value={value === '' ? [] : [value]}
      multi={false}
      onChange={(v) => onChange(v[0] ?? '')}
      describedBy={describedBy}
      invalid={invalid}
      rank={rank}
      {...(status === undefined ? {} : { status })}
      testId={testId}
    />
  );
}
