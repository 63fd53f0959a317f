import type { StatDimension } from '@vigil/core';

/**
 * How a count by region is shown: as bars (the default, like any other dimension) or as a map
 * of the regions coloured by the count. The choice is in the address as `show=map`, a word of
 * ours and no value of the vault, so a bookmark reopens the map.
 */

export const DISPLAYS = ['bars', 'map'] as const;
export type Display = (typeof DISPLAYS)[number];

const PARAM = 'show';

/** True when the figure can be a map: regions down the rows and nothing across. */
export const canMap = (rows: StatDimension, columns: StatDimension | undefined): boolean =>
  rows === 'region' && columns === undefined;

/** The display asked for in the address (bars unless it says map). */
export const displayFromParams = (params: URLSearchParams): Display =>
  params.get(PARAM) === 'map' ? 'map' : 'bars';

/** The address with a display chosen (bars, the default, is not written). */
export const withDisplay = (params: URLSearchParams, display: Display): URLSearchParams => {
  const next = new URLSearchParams(params);
  if (display === 'map') next.set(PARAM, 'map');
  else next.delete(PARAM);
  return next;
};
