import type { Command } from 'commander';
import { emit, globals, type CliContext } from '../../context';
import { openSession } from '../../session';
import { readTotp, suppliedTotp } from '../../secrets';

const showRecoveryCodes = (codes: readonly string[]): string =>
  [
    'Two-factor authentication is on.',
    'Recovery codes (each works once; keep them offline, they are shown only now):',
    ...codes.map((c) => `  ${c}`),
    '',
  ].join('\n');

/** Registers `vigil account totp …`: setup, enable, disable, status. */
export const registerTotpCommands = (account: Command, ctx: CliContext): void => {
  const totp = account
    .command('totp')
    .description('two-factor authentication with a TOTP authenticator app');

  totp
    .command('setup')
    .description('start enabling TOTP: prints a new secret for your authenticator app')
    .addHelpText(
      'after',
      `
Then confirm with \`vigil account totp enable --totp <code>\`.
JSON output (--json): { "secret": string, "uri": string }`,
    )
    .action(async (_opts: unknown, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      const { client } = await openSession(ctx, server, { unlock: false });
      const setup = await client.totp.setup();
      emit(ctx, json, setup, () =>
        [
          'Add this secret to your authenticator app:',
          `  secret: ${setup.secret}`,
          `  uri:    ${setup.uri}`,
          'Then run: vigil account totp enable --totp <code>',
          '',
        ].join('\n'),
      );
    });

  totp
    .command('enable')
    .description('turn TOTP on (interactive: sets up, shows the secret, asks for a code)')
    .option('--totp <code>', 'confirm a pending `totp setup` with this code (env VIGIL_TOTP)')
    .addHelpText(
      'after',
      `
With a code (--totp or VIGIL_TOTP) this confirms the secret from \`vigil account totp setup\`.
Without one, on a terminal, it starts the setup, shows the secret and asks for a code.
JSON output (--json): { "enabled": true, "recoveryCodes": string[] }`,
    )
    .action(async (opts: { totp?: string }, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      const { client } = await openSession(ctx, server, { unlock: false });
      let code = suppliedTotp(ctx, opts.totp);
      if (code === undefined) {
        if (ctx.terminal.interactive) {
          // The secret goes to the terminal only (stderr), never into --json output on stdout.
          const setup = await client.totp.setup();
          ctx.terminal.err(
            `Add this secret to your authenticator app:\n  secret: ${setup.secret}\n  uri:    ${setup.uri}\n`,
          );
        }
        code = await readTotp(ctx, undefined);
      }
      const { recoveryCodes } = await client.totp.enable(code);
      emit(ctx, json, { enabled: true, recoveryCodes }, () => showRecoveryCodes(recoveryCodes));
    });

  totp
    .command('disable')
    .description('turn TOTP off (needs a current code)')
    .option('--totp <code>', 'six-digit TOTP code (env VIGIL_TOTP, else a prompt)')
    .addHelpText('after', '\nJSON output (--json): { "enabled": false }')
    .action(async (opts: { totp?: string }, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      const { client } = await openSession(ctx, server, { unlock: false });
      await client.totp.disable(await readTotp(ctx, opts.totp));
      emit(ctx, json, { enabled: false }, () => 'Two-factor authentication is off.\n');
    });

  totp
    .command('status')
    .description('show whether TOTP is on for this account')
    .addHelpText('after', '\nJSON output (--json): { "enabled": boolean }')
    .action(async (_opts: unknown, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      const { client } = await openSession(ctx, server, { unlock: false });
      const enabled = client.account()?.totpEnabled === true;
      emit(
        ctx,
        json,
        { enabled },
        () => `Two-factor authentication is ${enabled ? 'on' : 'off'}.\n`,
      );
    });
};
