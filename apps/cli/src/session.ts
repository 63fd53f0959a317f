import type { VigilClient } from '@vigil/client';
import { CliError } from './errors';
import { progress, type CliContext } from './context';
import { readPassword } from './secrets';

const isUnauthenticated = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  (error as { code?: unknown }).code === 'unauthenticated';

/**
 * A client on the stored session for `server`. With `unlock`, the account keys are opened with
 * the password in this process only: keys are never written to disk, so every command that
 * needs them derives them again.
 */
export const openSession = async (
  ctx: CliContext,
  server: string,
  options: { unlock: boolean },
): Promise<{ client: VigilClient; email?: string }> => {
  const stored = await ctx.sessions.get(server);
  if (stored === undefined) {
    throw new CliError(
      'unauthenticated',
      'not logged in to this server: run `vigil account login` (or `register`) first',
    );
  }
  const client = ctx.createClient({ baseUrl: server, token: stored.token });
  try {
    await client.resume();
  } catch (error) {
    // A revoked or expired token is useless; forget it so the next run says "not logged in".
    if (isUnauthenticated(error)) await ctx.sessions.delete(server);
    throw error;
  }
  if (options.unlock) await unlockSession(ctx, client);
  return { client, ...(stored.email !== undefined ? { email: stored.email } : {}) };
};

/** Unlocks a resumed client's account keys with the password (VIGIL_PASSWORD or a prompt). */
export const unlockSession = async (ctx: CliContext, client: VigilClient): Promise<VigilClient> => {
  const password = await readPassword(ctx);
  progress(ctx, 'Deriving keys…');
  await client.unlock(password);
  return client;
};
