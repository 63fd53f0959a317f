/**
 * Conditions indicators of a facility over time (issue 5 point 4). Each is computed from coded
 * data of a vault — records (incidents, detentions) or monitoring reports — and every value says
 * which records it comes from. Counts from records and figures reported by informants are kept
 * apart: a death may be both recorded as an incident and reported in a monitoring report, and
 * adding the two would count it twice.
 */
export const INDICATORS = {
  incidents: {
    unit: 'count',
    from: 'records',
    worseWhen: 'higher',
    method: 'Incidents recorded at the facility, by the day they happened.',
  },
  victims: {
    unit: 'count',
    from: 'records',
    worseWhen: 'higher',
    method: 'Distinct victims of the incidents recorded at the facility.',
  },
  'deaths-recorded': {
    unit: 'count',
    from: 'records',
    worseWhen: 'higher',
    method:
      'Incidents at the facility whose type of act is a violation of the right to life (HURIDOCS MT 4, 0101…).',
  },
  'isolation-incidents': {
    unit: 'count',
    from: 'records',
    worseWhen: 'higher',
    method: 'Incidents at the facility with the method "Isolation" (HURIDOCS MT 5, 0318…).',
  },
  'lawyer-denied': {
    unit: 'share',
    from: 'records and reports',
    worseWhen: 'higher',
    method:
      'Share of detentions (lawyer access or whereabouts known) and reports (lawyer access known) where access to a lawyer was denied.',
  },
  'family-denied': {
    unit: 'share',
    from: 'records and reports',
    worseWhen: 'higher',
    method:
      'Share of detentions and reports (family contact known) where contact with the family was denied.',
  },
  'doctor-denied': {
    unit: 'share',
    from: 'reports',
    worseWhen: 'higher',
    method:
      'Share of reports (doctor access known) where access to a doctor was denied or delayed.',
  },
  'space-per-person': {
    unit: 'square metres',
    from: 'reports',
    worseWhen: 'lower',
    method: 'Median over reports of cell floor area divided by the people held in that cell.',
  },
  'punishment-cell-placements': {
    unit: 'count',
    from: 'reports',
    worseWhen: 'higher',
    method: 'Placements in punishment cells (ShIZO, PKT) reported, summed over reports.',
  },
  'deaths-reported': {
    unit: 'count',
    from: 'reports',
    worseWhen: 'higher',
    method: 'Deaths in custody reported by informants, summed over reports.',
  },
} as const satisfies Record<
  string,
  {
    unit: 'count' | 'share' | 'square metres';
    from: string;
    worseWhen: 'higher' | 'lower';
    method: string;
  }
>;
export type IndicatorId = keyof typeof INDICATORS;
export const INDICATOR_IDS = Object.keys(INDICATORS) as IndicatorId[];

/** Period buckets of a time series. */
export const PERIOD_BUCKETS = ['month', 'quarter', 'year'] as const;
export type PeriodBucket = (typeof PERIOD_BUCKETS)[number];

/** The bucket an ISO day falls in: `2024`, `2024-Q2` or `2024-05`. */
export const bucketOf = (day: string, bucket: PeriodBucket): string => {
  const year = day.slice(0, 4);
  if (bucket === 'year') return year;
  const month = Number(day.slice(5, 7));
  return bucket === 'month' ? day.slice(0, 7) : `${year}-Q${Math.ceil(month / 3)}`;
};

/** The median of a non-empty list. */
export const median = (values: readonly number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1
    ? (s[mid] as number)
    : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
