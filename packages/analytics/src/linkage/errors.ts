/** Why linkage refused its input; callers key on `code`, never on the message. */
export const LinkageErrorCode = {
  /** No source, or no record in any source. */
  noRecords: 'no_records',
  /** A source's ids and columns disagree in length, or an id is empty. */
  invalidSource: 'invalid_source',
  /** Two records of one source share an id. */
  duplicateId: 'duplicate_id',
  /** The settings are not usable (the message names the setting). */
  invalidConfig: 'invalid_config',
  /** A comparison or blocking rule names a column that no source has. */
  unknownColumn: 'unknown_column',
  /** Nothing left to compare: no column besides the id holds a value. */
  nothingToCompare: 'nothing_to_compare',
} as const;
export type LinkageErrorCode = (typeof LinkageErrorCode)[keyof typeof LinkageErrorCode];

/** Input or settings that record linkage cannot use. Weak data gives warnings, never errors. */
export class LinkageError extends Error {
  override readonly name = 'LinkageError';
  constructor(
    readonly code: LinkageErrorCode,
    message: string,
  ) {
    super(message);
  }
}
