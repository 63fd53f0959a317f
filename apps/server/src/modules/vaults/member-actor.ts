import { ErrorCode, VigilError } from '@vigil/core';
import type { MembershipRow } from './repository';

/**
 * The authorised member behind a vault route, as the account that acts (set by `authorise`
 * before the handler runs; null only when the route's policy let no member through).
 */
export const memberActor = (membership: MembershipRow | null): { accountId: string } => {
  if (membership === null)
    throw new VigilError(ErrorCode.forbidden, 'Your role does not allow this.');
  return { accountId: membership.account_id };
};
