import { Command, Option } from 'commander';
import { DEFAULT_SERVER, type CliContext } from './context';
import { registerAccountCommands } from './commands/account';
import { registerAuditCommands } from './commands/audit';
import { registerDemoCommand } from './commands/demo';
import { registerEstimateCommand } from './commands/estimate';
import { registerIndexCommands } from './commands/index';
import { registerIoCommands } from './commands/io';
import { registerLinkCommand } from './commands/link';
import { registerRecordCommands } from './commands/record';
import { registerEvidenceCommands } from './commands/evidence';
import { registerFacilityCommands } from './commands/facility';
import { registerMonitoringCommands } from './commands/monitoring';
import { registerPackageCommands } from './commands/package';
import { registerReportCommands } from './commands/report';
import { registerServeCommand } from './commands/serve';
import { registerStatsCommand } from './commands/stats';
import { registerPublishCommand } from './commands/stats/publish';
import { registerVaultCommands } from './commands/vault';
import { registerVocabCommands } from './commands/vocab';

const ENVIRONMENT_HELP = `
Environment:
  VIGIL_SERVER    server URL (like --server)
  VIGIL_HOME      state directory (default ~/.vigil): session token and login e-mail per
                  server, verified audit heads; files 0600; never passwords or keys
  VIGIL_PASSWORD  account password (else a hidden prompt on a terminal)
  VIGIL_EMAIL     your account e-mail (like --email)
  VIGIL_TOTP      six-digit TOTP code (like --totp)

Exit codes: 0 success, 1 failure, 2 usage error. Errors go to stderr as "error: <message> (<code>)".`;

/**
 * Builds the command tree. Settings (output routing, exitOverride, help layout) are set on the
 * root before subcommands are added, because commander copies them only to commands created
 * with `.command()` afterwards.
 */
export const buildProgram = (ctx: CliContext): Command => {
  const program = new Command('vigil')
    .description('Vigil: end-to-end encrypted documentation of torture in places of detention')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.terminal.out(text),
      writeErr: (text) => ctx.terminal.err(text),
      // commander's own messages already start with "error: "; add the code like ours.
      outputError: (text, write) => write(`${text.trimEnd()} (usage)\n`),
    })
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .showHelpAfterError('(run with --help for usage)')
    .addOption(
      new Option(
        '--server <url>',
        `Vigil server URL (env VIGIL_SERVER, default ${DEFAULT_SERVER})`,
      ),
    )
    .addOption(new Option('--json', 'print one JSON document on stdout (shape in each --help)'))
    .addHelpText('after', ENVIRONMENT_HELP);

  registerServeCommand(program, ctx);
  registerAccountCommands(program, ctx);
  registerVaultCommands(program, ctx);
  registerAuditCommands(program, ctx);
  registerVocabCommands(program, ctx);
  registerRecordCommands(program, ctx);
  registerIoCommands(program, ctx);
  registerEvidenceCommands(program, ctx);
  registerPackageCommands(program, ctx);
  registerFacilityCommands(program, ctx);
  registerMonitoringCommands(program, ctx);
  registerStatsCommand(program, ctx);
  registerIndexCommands(program, ctx);
  registerReportCommands(program, ctx);
  registerPublishCommand(program, ctx);
  registerLinkCommand(program, ctx);
  registerEstimateCommand(program, ctx);
  registerDemoCommand(program, ctx);
  return program;
};
