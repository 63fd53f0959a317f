import type { VigilClient } from '@vigil/client';
import { progress, type CliContext } from '../../context';
import { readOwnEmail, readPassword } from '../../secrets';
import { openSession } from '../../session';
import { loginWithSecondFactor } from '../account';

const isCode = (error: unknown, code: string): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;

/** An unlocked client for the demo, and the e-mail the new vault shows its owner under. */
export interface DemoSession {
  readonly client: VigilClient;
  readonly email: string;
  /** True when the account was created by this run. */
  readonly registered: boolean;
}

/**
 * The stored session for `server` when it belongs to the account asked for (or none was asked
 * for); otherwise registers the account as `vigil account register` does, or, when the address
 * is taken, logs in to it. The password comes from VIGIL_PASSWORD or the hidden prompt (asked
 * twice there, since the account may be new).
 */
export const demoSession = async (
  ctx: CliContext,
  server: string,
  emailFlag: string | undefined,
): Promise<DemoSession> => {
  const stored = await ctx.sessions.get(server);
  const wanted = (emailFlag ?? (ctx.env.VIGIL_EMAIL || undefined))?.trim().toLowerCase();
  if (stored !== undefined && (wanted === undefined || wanted === stored.email?.toLowerCase())) {
    try {
      const session = await openSession(ctx, server, { unlock: true });
      const email = session.email ?? (await readOwnEmail(ctx, emailFlag));
      return { client: session.client, email, registered: false };
    } catch (error) {
      // An expired session was forgotten by openSession: log in again below.
      if (!isCode(error, 'unauthenticated')) throw error;
    }
  }
  const email = await readOwnEmail(ctx, emailFlag, stored?.email);
  const password = await readPassword(ctx, { confirm: true });
  const client = ctx.createClient({ baseUrl: server });
  let registered = true;
  try {
    progress(ctx, 'Deriving keys…');
    await client.register({ email, password });
  } catch (error) {
    if (!isCode(error, 'email_taken')) throw error;
    registered = false;
  }
  const token = await loginWithSecondFactor(ctx, client, { email, password });
  await ctx.sessions.set(server, { token, email });
  return { client, email, registered };
};
