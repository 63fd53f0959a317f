// Statistics over documented incidents: a columnar fact table, cross-tabulations with distinct
// victims, drill-down to the records behind each figure, and rates.
export {
  CODED_DIMENSIONS,
  DIMENSIONS,
  MEASURES,
  TIME_DIMENSIONS,
  isTimeDimension,
  type CodedDimension,
  type Dimension,
  type Measure,
  type TimeDimension,
} from './dimensions';
export { StatisticsError, StatisticsErrorCode } from './errors';
export { dayAndMonthOf, isIsoDay, periodOf } from './days';
export {
  FactTableBuilder,
  NO_VICTIM,
  UNKNOWN_DAY,
  factTableOf,
  type CodedColumn,
  type FactTable,
  type IncidentFact,
} from './fact-table';
export type { Filter, StatsQuery } from './query';
export { crossTab, type Cell, type CrossTab } from './crosstab';
export { recordsBehind, type Figure, type Page } from './records-behind';
export { DEFAULT_RATE_UNIT, denominatorOf, ratesOf, type Denominators, type Rate } from './rates';
