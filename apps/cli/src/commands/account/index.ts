import type { Command } from 'commander';
import type { VigilClient } from '@vigil/client';
import { emit, globals, progress, type CliContext } from '../../context';
import { readOwnEmail, readPassword, readTotp, suppliedTotp } from '../../secrets';
import { registerTotpCommands } from './totp';

const isCode = (error: unknown, code: string): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;

/** Logs in, asking for a TOTP code only when the server says the account needs one. */
export const loginWithSecondFactor = async (
  ctx: CliContext,
  client: VigilClient,
  input: { email: string; password: string; totp?: string; recoveryCode?: string },
): Promise<string> => {
  const attempt = async (totpCode: string | undefined) => {
    progress(ctx, 'Deriving keys…');
    return client.login({
      email: input.email,
      password: input.password,
      ...(totpCode !== undefined ? { totpCode } : {}),
      ...(input.recoveryCode !== undefined ? { recoveryCode: input.recoveryCode } : {}),
    });
  };
  let result: { token?: string };
  try {
    result = await attempt(input.totp);
  } catch (error) {
    const canAsk = input.totp === undefined && input.recoveryCode === undefined;
    if (!canAsk || !isCode(error, 'totp_required')) throw error;
    result = await attempt(await readTotp(ctx, undefined));
  }
  if (result.token === undefined) throw new Error('the server issued no session token');
  return result.token;
};

const accountIdOf = (client: VigilClient): string | null => client.account()?.id ?? null;

/** Registers `vigil account …`: register, login, logout and the TOTP subcommands. */
export const registerAccountCommands = (program: Command, ctx: CliContext): void => {
  const account = program
    .command('account')
    .description('register, log in and out, manage two-factor authentication');

  account
    .command('register')
    .description('create an account (keys are made on this machine) and log in')
    .option('--email <address>', 'your e-mail address (env VIGIL_EMAIL)')
    .addHelpText(
      'after',
      `
The password comes from VIGIL_PASSWORD, else a hidden prompt (asked twice).
JSON output (--json): { "accountId": string, "server": string }`,
    )
    .action(async (opts: { email?: string }, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      const email = await readOwnEmail(ctx, opts.email);
      const password = await readPassword(ctx, { confirm: true });
      const client = ctx.createClient({ baseUrl: server });
      progress(ctx, 'Deriving keys…');
      const { accountId } = await client.register({ email, password });
      const token = await loginWithSecondFactor(ctx, client, { email, password });
      await ctx.sessions.set(server, { token, email });
      emit(
        ctx,
        json,
        { accountId, server },
        () => `Registered and logged in as account ${accountId}.\n`,
      );
    });

  account
    .command('login')
    .description('log in and store a session token for this server in VIGIL_HOME')
    .option('--email <address>', 'your e-mail (env VIGIL_EMAIL; default: the last one used here)')
    .option('--totp <code>', 'six-digit TOTP code, if two-factor is on (env VIGIL_TOTP)')
    .option('--recovery-code <code>', 'a one-time recovery code instead of a TOTP code')
    .addHelpText(
      'after',
      `
The password comes from VIGIL_PASSWORD, else a hidden prompt.
JSON output (--json): { "accountId": string, "server": string }`,
    )
    .action(
      async (opts: { email?: string; totp?: string; recoveryCode?: string }, cmd: Command) => {
        const { server, json } = globals(ctx, cmd);
        const email = await readOwnEmail(ctx, opts.email, (await ctx.sessions.get(server))?.email);
        const totp = suppliedTotp(ctx, opts.totp);
        const password = await readPassword(ctx);
        const client = ctx.createClient({ baseUrl: server });
        const token = await loginWithSecondFactor(ctx, client, {
          email,
          password,
          ...(totp !== undefined ? { totp } : {}),
          ...(opts.recoveryCode !== undefined ? { recoveryCode: opts.recoveryCode } : {}),
        });
        await ctx.sessions.set(server, { token, email });
        const accountId = accountIdOf(client);
        emit(ctx, json, { accountId, server }, () => `Logged in as account ${accountId ?? '?'}.\n`);
      },
    );

  account
    .command('logout')
    .description('end the session on the server and forget its token')
    .addHelpText('after', '\nJSON output (--json): { "loggedOut": true, "server": string }')
    .action(async (_opts: unknown, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      const stored = await ctx.sessions.get(server);
      if (stored !== undefined) {
        try {
          await ctx.createClient({ baseUrl: server, token: stored.token }).logout();
        } catch (error) {
          // An already-dead session is the outcome we want; anything else is worth reporting,
          // but the local token is forgotten either way (finally) so the laptop holds nothing.
          if (!isCode(error, 'unauthenticated')) throw error;
        } finally {
          await ctx.sessions.delete(server);
        }
      }
      emit(ctx, json, { loggedOut: true, server }, () => 'Logged out.\n');
    });

  registerTotpCommands(account, ctx);
};
