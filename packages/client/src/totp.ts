import type { ClientContext } from './context';

/** Starts TOTP enrolment: the server makes a pending secret shown only on this screen. */
export const totpSetup = async (ctx: ClientContext): Promise<{ secret: string; uri: string }> =>
  ctx.transport.call('totpSetup');

/** Confirms enrolment with a first code; returns the one-time recovery codes to print. */
export const totpEnable = async (
  ctx: ClientContext,
  code: string,
): Promise<{ recoveryCodes: string[] }> => {
  const answer = await ctx.transport.call('totpEnable', { body: { code } });
  if (ctx.account !== null) ctx.account = { ...ctx.account, totpEnabled: true };
  return answer;
};

/** Turns TOTP off, proven with a current code. */
export const totpDisable = async (ctx: ClientContext, code: string): Promise<void> => {
  await ctx.transport.call('totpDisable', { body: { code } });
  if (ctx.account !== null) ctx.account = { ...ctx.account, totpEnabled: false };
};
