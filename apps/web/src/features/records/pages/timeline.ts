import { dayBounds, type DateValue, type IsoDay } from '@vigil/core';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) of an ISO day. */
export const dayNumber = (iso: string): number =>
  Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/** The ISO day of a day number. */
export const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Something placed on the time axis: it covers the days [start, end) (end exclusive). */
export interface TimeSpan {
  readonly start: number;
  readonly end: number;
  /** A detention without an end: drawn up to today. */
  readonly ongoing: boolean;
  /** A single known day (an incident drawn as a point rather than a span). */
  readonly point: boolean;
}

/**
 * Where a date value sits on the axis, honouring its precision: a day is one day (a point), a
 * month the whole month, a year the whole year, a period from its earliest to its latest day.
 * An open end: an ongoing period runs to `today`; an unknown start starts where its end's first
 * possible day is. Unknown dates, and periods with neither end, cannot be placed (undefined).
 */
export const spanOf = (value: DateValue, today: IsoDay | string): TimeSpan | undefined => {
  if (value.precision === 'unknown') return undefined;
  const { earliest, latest } = dayBounds(value);
  if (value.precision === 'range') {
    if (value.from === undefined && value.to === undefined) return undefined;
    const ongoing = value.to === undefined;
    const endDay = latest === undefined ? dayNumber(today) : dayNumber(latest);
    const startDay =
      earliest !== undefined
        ? dayNumber(earliest)
        : value.to !== undefined
          ? dayNumber(dayBounds(value.to).earliest ?? today)
          : endDay;
    return { start: startDay, end: Math.max(endDay, startDay) + 1, ongoing, point: false };
  }
  if (earliest === undefined || latest === undefined) return undefined;
  return {
    start: dayNumber(earliest),
    end: dayNumber(latest) + 1,
    ongoing: false,
    point: value.precision === 'day',
  };
};

/** A linear time scale from day numbers to x positions in [left, right]. */
export interface TimeScale {
  readonly min: number;
  readonly max: number;
  readonly x: (day: number) => number;
}

/**
 * The scale covering every span, with a margin of 2% each side (at least 15 days, so a single
 * point is not drawn on the edge).
 */
export const timeScale = (spans: readonly TimeSpan[], left: number, right: number): TimeScale => {
  const lo = Math.min(...spans.map((s) => s.start));
  const hi = Math.max(...spans.map((s) => s.end));
  const pad = Math.max(15, Math.round((hi - lo) * 0.02));
  const min = lo - pad;
  const max = hi + pad;
  const x = (day: number) => left + ((day - min) / (max - min)) * (right - left);
  return { min, max, x };
};

/** Tick marks: 1 January of each year in range, or the 1st of each month when under two years. */
export const ticksOf = (scale: TimeScale): { day: number; label: string; year: boolean }[] => {
  const first = new Date(scale.min * DAY_MS);
  const last = scale.max;
  const monthly = scale.max - scale.min < 730;
  const ticks: { day: number; label: string; year: boolean }[] = [];
  let y = first.getUTCFullYear();
  let m = monthly ? first.getUTCMonth() : 0;
  for (;;) {
    const day = Math.round(Date.UTC(y, m, 1) / DAY_MS);
    if (day > last) break;
    if (day >= scale.min) {
      ticks.push({
        day,
        label: m === 0 ? String(y) : String(m + 1).padStart(2, '0'),
        year: m === 0,
      });
    }
    if (monthly) {
      m += 1;
      if (m === 12) {
        m = 0;
        y += 1;
      }
    } else {
      y += 1;
    }
  }
  // Too many yearly ticks to read: keep every fifth or tenth year.
  if (!monthly && ticks.length > 15) {
    const step = ticks.length > 60 ? 10 : 5;
    return ticks.filter((tick) => Number(tick.label) % step === 0);
  }
  return ticks;
};

/**
 * Lanes for spans so that overlapping ones never share a lane (greedy, in start order). Returns
 * each span's lane, in input order.
 */
export const assignLanes = (spans: readonly TimeSpan[]): number[] => {
  const order = spans.map((s, i) => ({ s, i })).sort((a, b) => a.s.start - b.s.start || a.i - b.i);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(spans.length).fill(0);
  for (const { s, i } of order) {
    let lane = laneEnds.findIndex((end) => end <= s.start);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(s.end);
    } else {
      laneEnds[lane] = s.end;
    }
    lanes[i] = lane;
  }
  return lanes;
};
