/** Why a table could not be protected or audited; callers key on `code`, never on the message. */
export const DisclosureErrorCode = {
  invalidThreshold: 'invalid_threshold',
  invalidCount: 'invalid_count',
  shapeMismatch: 'shape_mismatch',
} as const;
export type DisclosureErrorCode = (typeof DisclosureErrorCode)[keyof typeof DisclosureErrorCode];

/** A table or threshold the disclosure control cannot work with. */
export class DisclosureError extends Error {
  override readonly name = 'DisclosureError';
  constructor(
    readonly code: DisclosureErrorCode,
    message: string,
  ) {
    super(message);
  }
}
