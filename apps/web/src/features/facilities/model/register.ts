import { FACILITY_TYPES, REGIONS, type Facility, type FacilityType } from '@vigil/core';
import { matchesQuery, searchKey } from './search';

/** The register's filters, as they stand in the address (`?region=&type=&q=`). */
export interface RegisterFilter {
  readonly region: string;
  readonly type: FacilityType | '';
  readonly text: string;
}

export const noFilter: RegisterFilter = { region: '', type: '', text: '' };

const isType = (value: string): value is FacilityType =>
  (FACILITY_TYPES as readonly string[]).includes(value);

/** Filters from the address; unknown codes are dropped rather than matching nothing. */
export const filterFromParams = (params: URLSearchParams): RegisterFilter => {
  const region = (params.get('region') ?? '').toUpperCase();
  const type = params.get('type') ?? '';
  return {
    region: REGIONS.some((r) => r.code === region) ? region : '',
    type: isType(type) ? type : '',
    text: params.get('q') ?? '',
  };
};

/** The address form of the filters, with empty ones left out. */
export const filterToParams = (filter: RegisterFilter): URLSearchParams => {
  const params = new URLSearchParams();
  if (filter.region !== '') params.set('region', filter.region);
  if (filter.type !== '') params.set('type', filter.type);
  if (filter.text.trim() !== '') params.set('q', filter.text);
  return params;
};

export const isFiltered = (filter: RegisterFilter): boolean =>
  filter.region !== '' || filter.type !== '' || filter.text.trim() !== '';

const keys = new WeakMap<Facility, readonly string[]>();

/** Every name and alias of a facility, as search words (cached per facility object). */
const keyOf = (f: Facility): readonly string[] => {
  let key = keys.get(f);
  if (key === undefined) {
    key = searchKey(
      [f.names.ru, f.names.en, f.names.uk, ...f.aliases].filter(
        (n): n is string => n !== undefined,
      ),
    );
    keys.set(f, key);
  }
  return key;
};

/** The facilities that pass every filter, in the order given. */
export const filterFacilities = (
  facilities: readonly Facility[],
  filter: RegisterFilter,
): Facility[] =>
  facilities.filter(
    (f) =>
      (filter.region === '' || f.region === filter.region) &&
      (filter.type === '' || f.type === filter.type) &&
      (filter.text.trim() === '' || matchesQuery(keyOf(f), filter.text)),
  );

/** Sorts by the shown name in the reader's language (numbers in names compare as numbers). */
export const sortByName = <T>(
  items: readonly T[],
  name: (item: T) => string,
  locale: string,
): T[] => {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  return [...items].sort((a, b) => collator.compare(name(a), name(b)));
};

/** Regions grouped by country (Russia, then Ukraine), each group sorted by name. */
export const regionsByCountry = (
  name: (code: string) => string,
  locale: string,
): { country: 'RU' | 'UA'; regions: { code: string; name: string }[] }[] =>
  (['RU', 'UA'] as const).map((country) => ({
    country,
    regions: sortByName(
      REGIONS.filter((r) => r.country === country).map((r) => ({
        code: r.code,
        name: name(r.code),
      })),
      (r) => r.name,
      locale,
    ),
  }));
