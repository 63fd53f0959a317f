// Disclosure control for published statistics: small counts are suppressed, with enough other
// figures that they cannot be worked out from totals, and an auditor proves it by linear programming.
export { DisclosureError, DisclosureErrorCode } from './errors';
export {
  DEFAULT_K,
  auditTable,
  protectTable,
  type AuditProblem,
  type AuditResult,
  type DisclosureOptions,
  type PeopleCounts,
  type ProtectedTable,
  type Table2D,
  type TablePosition,
} from './table';
export {
  SERIES_TOTAL,
  auditSeries,
  protectSeries,
  type ProtectedSeries,
  type SeriesAuditResult,
} from './series';
