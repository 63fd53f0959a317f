/** Why a fact or a query was refused; callers key on `code`, never on the message. */
export const StatisticsErrorCode = {
  invalidDay: 'invalid_day',
  invalidIncident: 'invalid_incident',
  duplicateIncident: 'duplicate_incident',
} as const;
export type StatisticsErrorCode = (typeof StatisticsErrorCode)[keyof typeof StatisticsErrorCode];

/** A fact or a query the statistics engine cannot use. */
export class StatisticsError extends Error {
  override readonly name = 'StatisticsError';
  constructor(
    readonly code: StatisticsErrorCode,
    message: string,
  ) {
    super(message);
  }
}
