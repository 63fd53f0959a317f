import { ticks } from 'd3-array';

/**
 * The arithmetic of the small SVG charts (drawn by hand: the CSP allows no inline styles, and
 * the charts are simple enough not to need a charting library). Pure, so it is tested here.
 */

/** A linear map from a domain to a range of positions. */
export interface LinearScale {
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  readonly at: (value: number) => number;
}

/** A linear scale; a domain of one value maps everything to the start of the range. */
export const linearScale = (
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale => {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  return {
    domain,
    range,
    at: (value) => (span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0)),
  };
};

/**
 * The top of a value axis that starts at zero: 1 (100 %) for shares, otherwise the largest value
 * rounded up to the last of a few round ticks, so the axis ends on a labelled line.
 */
export const axisTop = (values: readonly number[], share: boolean, count = 4): number => {
  if (share) return 1;
  const max = Math.max(0, ...values);
  if (max === 0) return 1;
  const marks = ticks(0, max, count);
  const step = marks.length > 1 ? (marks[1] ?? 0) - (marks[0] ?? 0) : max;
  const last = marks[marks.length - 1] ?? max;
  return last >= max ? last : last + step;
};

/** Round values for the lines of a value axis from zero to `top`. */
export const axisTicks = (top: number, count = 4, integers = false): number[] =>
  ticks(0, top, count).filter((v) => !integers || Number.isInteger(v));

/** Equal slots across [left, right] for `count` categories: where each starts, and its width. */
export const slots = (
  count: number,
  left: number,
  right: number,
): {
  readonly start: (i: number) => number;
  readonly centre: (i: number) => number;
  readonly width: number;
} => {
  const width = count === 0 ? 0 : (right - left) / count;
  return {
    width,
    start: (i) => left + i * width,
    centre: (i) => left + (i + 0.5) * width,
  };
};

/**
 * SVG path data of a line through points, broken where a point is missing (null): a period
 * without data is a gap in the line, never a drop to zero. A point alone between gaps gives no
 * segment (the chart draws every point as a dot anyway).
 */
export const linePath = (points: readonly (readonly [number, number] | null)[]): string => {
  const segments: (readonly [number, number])[][] = [];
  let current: (readonly [number, number])[] = [];
  for (const p of points) {
    if (p === null) {
      if (current.length > 1) segments.push(current);
      current = [];
    } else {
      current.push(p);
    }
  }
  if (current.length > 1) segments.push(current);
  const num = (n: number) => String(Math.round(n * 10) / 10);
  return segments
    .map((s) => s.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${num(x)},${num(y)}`).join(''))
    .join('');
};

/**
 * Which of many axis labels to print so they do not overlap: every n-th, counted back from the
 * last (so the latest period is always labelled).
 */
export const labelEvery = (count: number, width: number, labelWidth: number): number =>
  count === 0 ? 1 : Math.max(1, Math.ceil((count * labelWidth) / Math.max(width, 1)));
