// Contract C1 (branch `search`): until it is merged, the same shapes are declared here.
/** Coded filters of a record list; every given filter must hold (AND). */
export interface RecordFilter {
  readonly from?: string;
  readonly to?: string;
  readonly facility?: string;
  readonly region?: string;
  readonly methods?: string[];
  readonly agencies?: string[];
  readonly groups?: string[];
  readonly linkedTo?: string;
}
/** Order of a record list. */
export type RecordSort = 'created' | '-created' | 'date' | '-date';
