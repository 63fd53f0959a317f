import type { Command } from 'commander';
import { emit, globals, type CliContext } from '../../context';
import { CliError, usageError } from '../../errors';
import { formatJson } from '../../output';
import { openSession } from '../../session';
import { parseVaultId } from '../vault/args';

/** Registers `vigil audit verify`. */
export const registerAuditCommands = (program: Command, ctx: CliContext): void => {
  const audit = program.command('audit').description('check the tamper-evident audit log');

  audit
    .command('verify')
    .description('verify an audit hash chain end to end; names the first bad event')
    .option('--vault <id>', "verify this vault's chain")
    .option('--instance', 'verify the instance chain (account events)')
    .addHelpText(
      'after',
      `
Prints OK with the event count and head hash, or the first bad event; exits 1 when the chain
does not verify.
JSON output (--json): { "chain": string, "ok": true, "events": number, "head": string }
                   or { "chain": string, "ok": false, "seq": number, "reason": string }`,
    )
    .action(async (opts: { vault?: string; instance?: boolean }, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      if ((opts.vault === undefined) === (opts.instance !== true)) {
        throw usageError('pass exactly one of --vault <id> or --instance');
      }
      const chain = opts.vault !== undefined ? parseVaultId(opts.vault) : 'instance';
      const { client } = await openSession(ctx, server, { unlock: false });
      const result = await client.audit.verify(chain);
      if (result.ok) {
        emit(
          ctx,
          json,
          { chain, ...result },
          () => `OK: ${result.events} events, head ${result.head}\n`,
        );
        return;
      }
      // A broken chain is the command's answer, so it is printed like a result, then exit 1.
      if (json) ctx.terminal.out(formatJson({ chain, ...result }));
      else ctx.terminal.out(`FAILED: event ${result.seq}: ${result.reason}\n`);
      throw new CliError('audit_chain_invalid', `the audit chain is broken at event ${result.seq}`);
    });
};
