/** Why the index could not be computed; callers key on `code`, never on the message. */
export const RiskIndexErrorCode = {
  /** A setting is out of range (the message names it). */
  invalidSettings: 'invalid_settings',
  /** The settings leave no pillar with a positive weight and indicators at the level. */
  nothingToScore: 'nothing_to_score',
} as const;
export type RiskIndexErrorCode = (typeof RiskIndexErrorCode)[keyof typeof RiskIndexErrorCode];

/** Settings the risk index cannot use. Problems in the data are warnings, never errors. */
export class RiskIndexError extends Error {
  override readonly name = 'RiskIndexError';
  constructor(
    readonly code: RiskIndexErrorCode,
    message: string,
  ) {
    super(message);
  }
}
