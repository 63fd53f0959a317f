import {
  RATE_BASES,
  RATE_DIMENSIONS,
  STAT_DIMENSIONS,
  statsQuerySchema,
  type RateBasis,
  type StatDimension,
  type StatsQuery,
} from '@vigil/core';
import { usageError } from '../../errors';

const isDimension = (v: string): v is StatDimension =>
  (STAT_DIMENSIONS as readonly string[]).includes(v);

const dimensionOf = (raw: string): StatDimension => {
  const d = raw.trim();
  if (!isDimension(d)) {
    throw usageError(`"${d}" is not a dimension; use one of ${STAT_DIMENSIONS.join(', ')}`);
  }
  return d;
};

/** `quarter` or `quarter,method`: the rows and (optionally) the columns of a statistic. */
export const parseBy = (raw: string): { rows: StatDimension; columns?: StatDimension } => {
  const parts = raw.split(',').filter((p) => p.trim() !== '');
  if (parts.length === 0 || parts.length > 2) {
    throw usageError('--by takes one dimension or two separated by a comma, e.g. quarter,method');
  }
  const [rows, columns] = parts.map(dimensionOf);
  if (rows === undefined) throw usageError('--by needs a dimension');
  if (columns === rows) throw usageError('--by needs two different dimensions');
  return columns === undefined ? { rows } : { rows, columns };
};

/**
 * `region=RU-ROS,RU-MOS` (repeatable; `-` stands for "unknown"): incidents having one of the
 * values listed, for every dimension given.
 */
export const parseFilters = (
  raw: readonly string[],
): Partial<Record<StatDimension, (string | null)[]>> => {
  const out: Partial<Record<StatDimension, (string | null)[]>> = {};
  for (const item of raw) {
    const at = item.indexOf('=');
    if (at < 1 || at === item.length - 1) {
      throw usageError(
        `--filter takes dimension=value[,value…], e.g. region=RU-ROS (got "${item}")`,
      );
    }
    const dimension = dimensionOf(item.slice(0, at));
    const values = item
      .slice(at + 1)
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== '')
      .map((v) => (v === '-' ? null : v));
    out[dimension] = [...(out[dimension] ?? []), ...values];
  }
  return out;
};

/** The whole query, checked with the API's own schema so errors read the same everywhere. */
export const statsQueryOf = (opts: {
  by: string;
  filter: readonly string[];
  from?: string;
  to?: string;
  rate?: string;
}): StatsQuery => {
  const filter = parseFilters(opts.filter);
  const by = parseBy(opts.by);
  const rate = opts.rate === undefined ? undefined : rateOf(opts.rate, by.rows);
  const query = {
    ...by,
    ...(Object.keys(filter).length > 0 ? { filter } : {}),
    ...(opts.from !== undefined ? { from: opts.from } : {}),
    ...(opts.to !== undefined ? { to: opts.to } : {}),
    ...(rate !== undefined ? { rate: { per: rate } } : {}),
  };
  const checked = statsQuerySchema.safeParse(query);
  if (!checked.success) {
    const first = checked.error.issues[0];
    throw usageError(`${first?.path.join('.') || 'query'}: ${first?.message ?? 'not valid'}`);
  }
  return query;
};

/** `capacity` or `detentions`, checked against the first --by dimension. */
export const rateOf = (raw: string, rows: StatDimension): RateBasis => {
  const per = RATE_BASES.find((b) => b === raw.trim());
  if (per === undefined) throw usageError(`--rate takes ${RATE_BASES.join(' or ')} (got "${raw}")`);
  if (!RATE_DIMENSIONS[per].includes(rows)) {
    throw usageError(
      `--rate ${per} needs --by to start with ${RATE_DIMENSIONS[per].join(', ')} (got ${rows})`,
    );
  }
  return per;
};
