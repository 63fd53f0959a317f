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
  /** A label, a reviewed pair or a cluster names a record that no source holds. */
  unknownRecord: 'unknown_record',
  /**
   * A label is not usable: a record paired with itself, a decision other than match or
   * non-match, one pair labelled both ways, or a merge of an empty cluster.
   */
  invalidLabel: 'invalid_label',
  /** Stable cluster ids cannot be given: ids not one per record, or `newId` repeats ids. */
  invalidClusterIds: 'invalid_cluster_ids',
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
