/**
 * Colours and strokes of the index charts, as SVG attributes (the CSP allows no inline styles,
 * and attributes keep a chart readable without the stylesheet). Missing data is hatched grey,
 * never a bar of length zero.
 */
export const INK = '#1c2430';
export const MUTED = '#5b6675';
export const BAR = '#1f4e8c';
export const GRID = '#d5dae1';
export const HATCH = '#9aa3ae';
export const HATCH_BG = '#f1f3f5';

/** An id usable in `url(#…)`: React's ids may hold characters a URL fragment should not. */
export const svgId = (reactId: string, name: string): string =>
  `${reactId.replace(/[^A-Za-z0-9_-]/g, '')}-${name}`;
