import {
  expertValueInputSchema,
  facilityName,
  regionByCode,
  riskIndexQuerySchema,
  vocabLocaleOf,
  type ExpertValueInput,
  type RiskIndexLevel,
  type RiskIndexQuery,
} from '@vigil/core';
import type { z } from 'zod';
import { usageError } from '../../errors';

/** The first problem a schema found, as a usage error naming the option. */
const firstProblem = (error: z.ZodError, what: string) => {
  const issue = error.issues[0];
  const path = issue?.path.join('.') ?? '';
  return usageError(`${path === '' ? what : `--${path}`}: ${issue?.message ?? 'not valid'}`);
};

/** `vigil index compute` options as the API's query, checked with its own schema. */
export const indexQueryOf = (opts: {
  level: string;
  from?: string;
  to?: string;
  draws?: string;
  seed?: string;
  aggregation?: string;
}): RiskIndexQuery => {
  const query = {
    level: opts.level,
    ...(opts.from === undefined ? {} : { from: opts.from }),
    ...(opts.to === undefined ? {} : { to: opts.to }),
    ...(opts.draws === undefined ? {} : { draws: opts.draws }),
    ...(opts.seed === undefined ? {} : { seed: opts.seed }),
    ...(opts.aggregation === undefined ? {} : { aggregation: opts.aggregation }),
  };
  const checked = riskIndexQuerySchema.safeParse(query);
  if (!checked.success) throw firstProblem(checked.error, 'query');
  return checked.data;
};

/** `vigil index expert set` options as an expert value, checked with the API's schema. */
export const expertValueOf = (opts: {
  indicator: string;
  level: string;
  unit: string;
  from: string;
  to: string;
  value: string;
  evidence: string;
  confidence: string;
  expectedVersion?: string;
}): ExpertValueInput => {
  const value = Number(opts.value.trim());
  if (opts.value.trim() === '' || !Number.isFinite(value)) {
    throw usageError('--value takes a number on the indicator’s scale, e.g. 2');
  }
  const expected = opts.expectedVersion === undefined ? undefined : Number(opts.expectedVersion);
  const input = {
    indicator: opts.indicator,
    level: opts.level,
    unit: opts.unit,
    from: opts.from,
    to: opts.to,
    value,
    evidence: opts.evidence,
    confidence: opts.confidence,
    ...(expected === undefined ? {} : { expectedVersion: expected }),
  };
  const checked = expertValueInputSchema.safeParse(input);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const field = issue?.path[0] === 'expectedVersion' ? 'expected-version' : issue?.path[0];
    throw usageError(`--${String(field ?? 'value')}: ${issue?.message ?? 'not valid'}`);
  }
  return checked.data;
};

const COUNTRY_NAMES: Readonly<Record<string, Readonly<Record<'en' | 'ru' | 'uk', string>>>> = {
  RU: { en: 'Russia', ru: 'Россия', uk: 'Росія' },
  UA: { en: 'Ukraine', ru: 'Украина', uk: 'Україна' },
};

/**
 * What to call a unit: a country's or a region's name in the language asked for, a facility's
 * name from the register (`facilities`), else the code or id itself.
 */
export const unitLabeller = (
  level: RiskIndexLevel,
  lang: string,
  facilities: ReadonlyMap<string, Parameters<typeof facilityName>[0]> = new Map(),
): ((unit: string) => string) => {
  const locale = vocabLocaleOf(lang);
  return (unit) => {
    if (level === 'country') return COUNTRY_NAMES[unit]?.[locale] ?? unit;
    if (level === 'region') return regionByCode(unit)?.names[locale] ?? unit;
    const names = facilities.get(unit);
    return names === undefined ? unit : facilityName(names, locale);
  };
};
