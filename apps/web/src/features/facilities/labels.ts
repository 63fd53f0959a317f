import {
  controlOn,
  facilityName,
  regionByCode,
  statusOn,
  type Facility,
  type FacilityAuthority,
  type FacilityStatus,
  type FacilityType,
  type FacilityUnitKind,
  type StatusPeriod,
} from '@vigil/core';
import type { Labeller } from '../records/shared/labels';

/** The interface languages, which are also the languages a facility may be named in. */
export type Lang = 'en' | 'ru' | 'uk';

/** The locale as one of the name languages (the app only has these three). */
export const langOf = (locale: string): Lang =>
  locale === 'ru' || locale === 'uk' ? locale : 'en';

/** Today as an ISO day, in the user's time zone (a status "now" is about their today). */
export const todayIso = (now: Date = new Date()): string => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

export const typeLabel = (l: Labeller, type: FacilityType): string =>
  l.t(`facilities.type.${type}`);

export const authorityLabel = (l: Labeller, authority: FacilityAuthority): string =>
  l.t(`facilities.authority.${authority}`);

export const unitLabel = (l: Labeller, kind: FacilityUnitKind): string =>
  l.t(`facilities.unit.${kind}`);

/** A status, or "Not recorded" when no period covers the day. */
export const statusLabel = (l: Labeller, status: FacilityStatus | undefined): string =>
  l.t(status === undefined ? 'facilities.status.none' : `facilities.status.${status}`);

/** The facility's name in the reader's language, falling back to any other it has. */
export const nameOf = (l: Labeller, f: Pick<Facility, 'names'>): string =>
  facilityName(f.names, langOf(l.locale)) || l.t('facilities.unnamed');

/** The region's name in the reader's language; the code when Vigil does not know it. */
export const regionName = (l: Labeller, code: string): string =>
  regionByCode(code)?.names[langOf(l.locale)] ?? code;

/** The status a facility has on a day (today by default). */
export const statusNow = (f: Pick<Facility, 'status'>, day: string): FacilityStatus | undefined =>
  statusOn(f.status, day);

/**
 * Who holds a region on a day, in words: "occupied since 2014-02-27", or null when the country
 * it belongs to does. Occupied territories stay Ukrainian regions (UA-43 is Crimea de jure).
 */
export const controlText = (l: Labeller, code: string, day: string): string | null => {
  const held = controlOn(code, day);
  if (held === null) return null;
  const period = regionByCode(code)?.control.find(
    (p) => p.from <= day && day <= (p.to ?? '9999-12-31'),
  );
  return l.t(`facilities.control.${held.status}`, { day: period?.from ?? '' });
};

/** A status period in words: "Operating: since 2001-05-01". */
export const periodText = (l: Labeller, p: StatusPeriod): string => {
  const when =
    p.from !== undefined && p.to !== undefined
      ? l.t('facilities.period.between', { day: p.from, value: p.to })
      : p.from !== undefined
        ? l.t('facilities.period.since', { day: p.from })
        : p.to !== undefined
          ? l.t('facilities.period.until', { day: p.to })
          : l.t('facilities.period.always');
  return l.t('facilities.page.period', { name: statusLabel(l, p.status), reason: when });
};

/** The region with its code and, when it is occupied on `day`, since when. */
export const regionText = (l: Labeller, code: string, day: string): string => {
  const control = controlText(l, code, day);
  const base = `${code} ${regionName(l, code)}`;
  return control === null ? base : `${base} — ${control}`;
};
