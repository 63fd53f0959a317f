import { CliError, usageError } from './errors';
import type { CliContext } from './context';

/**
 * Where secrets come from, in order: a flag (TOTP only), the environment, a prompt on a TTY.
 * The password is never accepted as a flag: it would land in shell history and `ps` output.
 */

/** The account password from VIGIL_PASSWORD or a hidden prompt; `confirm` asks twice. */
export const readPassword = async (
  ctx: CliContext,
  options: { confirm?: boolean } = {},
): Promise<string> => {
  const fromEnv = ctx.env.VIGIL_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!ctx.terminal.interactive) {
    throw new CliError(
      'password_unavailable',
      'no password: set VIGIL_PASSWORD or run in an interactive terminal',
    );
  }
  const password = await ctx.terminal.prompt('Password: ', { hidden: true });
  if (password === '') throw new CliError('password_unavailable', 'the password must not be empty');
  if (options.confirm) {
    const again = await ctx.terminal.prompt('Repeat password: ', { hidden: true });
    if (again !== password) throw new CliError('password_mismatch', 'the passwords do not match');
  }
  return password;
};

const TOTP_PATTERN = /^\d{6}$/;

/** Checks a TOTP code's shape before any network call; a wrong shape is a usage error. */
export const checkTotpShape = (code: string): string => {
  const trimmed = code.trim();
  if (!TOTP_PATTERN.test(trimmed)) throw usageError('a TOTP code is six digits');
  return trimmed;
};

/** A TOTP code supplied up front (`--totp` or VIGIL_TOTP), or undefined. */
export const suppliedTotp = (ctx: CliContext, flag: string | undefined): string | undefined => {
  const raw = flag ?? (ctx.env.VIGIL_TOTP || undefined);
  return raw === undefined ? undefined : checkTotpShape(raw);
};

/** A TOTP code from `--totp`, VIGIL_TOTP or a prompt; fails clearly when none is possible. */
export const readTotp = async (ctx: CliContext, flag: string | undefined): Promise<string> => {
  const supplied = suppliedTotp(ctx, flag);
  if (supplied !== undefined) return supplied;
  if (!ctx.terminal.interactive) {
    throw new CliError(
      'totp_unavailable',
      'a TOTP code is needed: pass --totp <code> or set VIGIL_TOTP',
    );
  }
  return checkTotpShape(await ctx.terminal.prompt('TOTP code: '));
};

/**
 * The user's own e-mail: the flag, else VIGIL_EMAIL, else the one remembered from the last login
 * to this server, else a prompt.
 */
export const readOwnEmail = async (
  ctx: CliContext,
  flag: string | undefined,
  remembered?: string,
): Promise<string> => {
  const value = flag ?? (ctx.env.VIGIL_EMAIL || undefined) ?? remembered;
  if (value !== undefined) return value.trim();
  if (!ctx.terminal.interactive) throw usageError('pass --email <address> or set VIGIL_EMAIL');
  const typed = (await ctx.terminal.prompt('E-mail: ')).trim();
  if (typed === '') throw usageError('an e-mail address is needed');
  return typed;
};
