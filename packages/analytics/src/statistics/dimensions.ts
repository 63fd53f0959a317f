/**
 * The dimensions an analyst can count incidents by. Time dimensions are derived from an incident's
 * day; all others are coded values given with the incident, possibly several per incident (an
 * incident can involve several methods, agencies, groups or intervention outcomes).
 */
export const DIMENSIONS = [
  'month',
  'quarter',
  'year',
  'region',
  'facility',
  'facility-type',
  'method',
  'perpetrator-agency',
  'act-type',
  'group',
  'sex',
  'age-band',
  'intervention-outcome',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The time buckets, in which rows are ordered chronologically and empty periods are kept. */
export const TIME_DIMENSIONS: readonly Dimension[] = ['month', 'quarter', 'year'];
export type TimeDimension = 'month' | 'quarter' | 'year';

/** The dimensions whose values are given with each incident (all but the time buckets). */
export type CodedDimension = Exclude<Dimension, TimeDimension>;
/** The coded dimensions, in the order of DIMENSIONS. */
export const CODED_DIMENSIONS = DIMENSIONS.filter(
  (d): d is CodedDimension => !TIME_DIMENSIONS.includes(d),
);

/** Whether a dimension is a time bucket. */
export const isTimeDimension = (d: Dimension): d is TimeDimension => TIME_DIMENSIONS.includes(d);

/**
 * What each count means, for labels and method notes: people and incidents are never mixed up,
 * and a victim named in several incidents of a figure is counted once in it.
 */
export const MEASURES = {
  incidents: { label: 'Incidents', method: 'Documented incidents.' },
  victims: {
    label: 'Distinct victims',
    method:
      'Distinct people named as victims of the incidents counted; incidents without a known victim add none.',
  },
} as const;
/** What a figure counts: incidents or distinct victims. */
export type Measure = keyof typeof MEASURES;
