/** Why an estimate could not be made; callers key on `code`, never on the message. */
export const EstimationErrorCode = {
  /** The pattern table cannot be read (shape, header, a cell that is not 0/1, a bad count). */
  invalidTable: 'invalid_table',
  /** A row marks no list: people on no list are what is estimated, so the table must omit them. */
  allZeroPattern: 'all_zero_pattern',
  /** The same pattern of lists appears on two rows. */
  duplicatePattern: 'duplicate_pattern',
  /** A list has nobody on it (its column is all zeros). */
  emptyList: 'empty_list',
  /** Fewer lists than the method needs (log-linear 2, LCMCR and dga 3). */
  tooFewLists: 'too_few_lists',
  /** More lists than the method handles (dga 5). */
  tooManyLists: 'too_many_lists',
  /** Nobody appears on any list. */
  noRecords: 'no_records',
  /** Nobody appears on two lists: without overlap there is nothing to estimate from. */
  noOverlap: 'no_overlap',
  /** A setting is out of range (the message names it). */
  invalidSettings: 'invalid_settings',
  /** The model could not be fitted (IRLS did not converge, or no model was estimable). */
  notConvergent: 'not_convergent',
} as const;
export type EstimationErrorCode = (typeof EstimationErrorCode)[keyof typeof EstimationErrorCode];

/** An input or setting that multiple systems estimation cannot work with. */
export class EstimationError extends Error {
  override readonly name = 'EstimationError';
  constructor(
    readonly code: EstimationErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Throws an `invalid_settings` error unless `ok`. */
export const checkSetting = (ok: boolean, message: string): void => {
  if (!ok) throw new EstimationError(EstimationErrorCode.invalidSettings, message);
};
