import { isoDaySchema, RISK_INDEX_LEVELS, type RiskIndexLevel } from '@vigil/core';

/**
 * What the index page shows, as it lives in the address: the level, the period and the unit
 * opened. Codes only (a region code, a facility id), never a name. Values that are not what
 * they should be are left out, and a period that ends before it starts is dropped with a word.
 */
export interface IndexView {
  readonly level: RiskIndexLevel;
  readonly from?: string;
  readonly to?: string;
  /** The unit whose pillars are opened. */
  readonly unit?: string;
}

const isDay = (text: string): boolean => isoDaySchema.safeParse(text).success;
const isLevel = (text: string): text is RiskIndexLevel =>
  (RISK_INDEX_LEVELS as readonly string[]).includes(text);
const isUnit = (text: string): boolean => /^[A-Za-z0-9-]{2,64}$/.test(text);

/** The view from the address; `reversed` when its period ended before it started. */
export const viewFromParams = (params: URLSearchParams): { view: IndexView; reversed: boolean } => {
  const level = params.get('level') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const unit = params.get('unit') ?? '';
  const reversed = isDay(from) && isDay(to) && to < from;
  return {
    view: {
      level: isLevel(level) ? level : 'region',
      ...(isDay(from) ? { from } : {}),
      ...(isDay(to) && !reversed ? { to } : {}),
      ...(isUnit(unit) ? { unit } : {}),
    },
    reversed,
  };
};

/** Writes the view into the address, keeping every other parameter (the vault). */
export const viewToParams = (view: IndexView, params: URLSearchParams): URLSearchParams => {
  const next = new URLSearchParams(params);
  for (const key of ['from', 'to', 'unit'] as const) {
    const value = view[key];
    if (value === undefined) next.delete(key);
    else next.set(key, value);
  }
  if (view.level === 'region') next.delete('level');
  else next.set('level', view.level);
  return next;
};
