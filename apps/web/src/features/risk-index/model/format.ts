import { INDICATORS, type IndicatorDefinition } from '@vigil/analytics';
import {
  facilityName,
  regionByCode,
  vocabLocaleOf,
  type FacilityNames,
  type IndexResultView,
  type RiskIndexLevel,
} from '@vigil/core';

/** What a missing value is shown as: never 0. */
export const MISSING = '–';

const byId = new Map(INDICATORS.map((d) => [d.id, d]));

/** The catalogue's definition of an indicator. */
export const indicatorOf = (id: string): IndicatorDefinition | undefined => byId.get(id);

const numbers = new Map<string, Intl.NumberFormat>();
const format = (locale: string, digits: number, value: number): string => {
  const key = `${locale}:${digits}`;
  let f = numbers.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    numbers.set(key, f);
  }
  return f.format(value);
};

/** A 0..1 score or risk with two decimals, or the missing mark. */
export const scoreText = (locale: string, value: number | null | undefined): string =>
  value === null || value === undefined ? MISSING : format(locale, 2, value);

/** An interval "0.41–0.63", or the missing mark. */
export const intervalText = (
  locale: string,
  interval: readonly [number, number] | null | undefined,
): string =>
  interval === null || interval === undefined
    ? MISSING
    : `${format(locale, 2, interval[0])}–${format(locale, 2, interval[1])}`;

/** A rank interval "1–3". */
export const rankIntervalText = (interval: readonly [number, number] | undefined): string =>
  interval === undefined ? MISSING : `${interval[0]}–${interval[1]}`;

/** A share of the whole as a whole percentage. */
export const percentText = (locale: string, share: number): string =>
  `${format(locale, 0, share * 100)} %`;

/**
 * How a raw value reads: a share as a percentage, a rate per 100, a count per year, a rating on
 * its scale. `kind` picks the message; `value` is the number formatted for the locale.
 */
export const rawValue = (
  locale: string,
  indicator: string,
  raw: number | null,
): { kind: 'missing' | 'share' | 'rate' | 'perYear' | 'scale'; value: string; max: string } => {
  const d = byId.get(indicator);
  if (raw === null || d === undefined) return { kind: 'missing', value: MISSING, max: '' };
  const max = d.normalisation.kind === 'min-max' ? '' : String(d.normalisation.max);
  if (d.measure === 'share') return { kind: 'share', value: percentText(locale, raw), max };
  if (d.measure === 'rate-per-100') return { kind: 'rate', value: format(locale, 1, raw), max };
  if (d.source === 'records') return { kind: 'perYear', value: format(locale, 1, raw), max };
  return { kind: 'scale', value: format(locale, Number.isInteger(raw) ? 0 : 1, raw), max };
};

const COUNTRY_NAMES: Readonly<Record<string, Readonly<Record<'en' | 'ru' | 'uk', string>>>> = {
  RU: { en: 'Russia', ru: 'Россия', uk: 'Росія' },
  UA: { en: 'Ukraine', ru: 'Украина', uk: 'Україна' },
};

/** What to call a unit: a country's or region's name, a facility's name, else its code or id. */
export const unitName = (
  level: RiskIndexLevel,
  unit: string,
  locale: string,
  facilities?: ReadonlyMap<string, { readonly names: FacilityNames }>,
): string => {
  const lang = vocabLocaleOf(locale);
  if (level === 'country') return COUNTRY_NAMES[unit]?.[lang] ?? unit;
  if (level === 'region') return regionByCode(unit)?.names[lang] ?? unit;
  const f = facilities?.get(unit);
  return f === undefined ? unit : facilityName(f.names, lang);
};

type UnitScore = IndexResultView['units'][number];

/** Units in the order they are drawn: highest score first, units without a score last by name. */
export const orderUnits = (
  units: readonly UnitScore[],
  name: (unit: string) => string,
): UnitScore[] =>
  [...units].sort((a, b) => {
    if (a.score === null || b.score === null) {
      if (a.score !== b.score) return a.score === null ? 1 : -1;
      return name(a.unit).localeCompare(name(b.unit));
    }
    return b.score - a.score || name(a.unit).localeCompare(name(b.unit));
  });

type Sensitivity = IndexResultView['sensitivity'][number];

/** Indicators by how much they move the scores, largest first; those compared on no unit last. */
export const orderSensitivity = (items: readonly Sensitivity[]): Sensitivity[] =>
  [...items].sort(
    (a, b) =>
      Number(b.units > 0) - Number(a.units > 0) || b.effect - a.effect || b.rankShift - a.rankShift,
  );
