import { EXPORT_PURPOSES } from '@vigil/core';
import { Option, type Command } from 'commander';
import { globals, type CliContext } from '../../context';
import { parseKind } from '../record/args';
import { parseVaultId } from '../vault/args';
import { parsePurpose, parseSealed, runExport } from './export';
import { runImport } from './import';

const PASSWORD_NOTE =
  'Needs the password (VIGIL_PASSWORD or a prompt): records are sealed and opened on this machine.';

/** Registers `vigil import` and `vigil export`. */
export const registerIoCommands = (program: Command, ctx: CliContext): void => {
  program
    .command('import')
    .description('import a CSV or XLSX sheet (one kind), or a JSON export, all or nothing')
    .argument('<file>', '.csv, .tsv, .txt or .xlsx (with --kind), or .json (a `vigil export`)')
    .addOption(new Option('--vault <vault-id>', 'the vault to import into').makeOptionMandatory())
    .option('--kind <kind>', 'the record kind of every row of a sheet')
    .option('--mapping <file>', 'column mapping (JSON); default: columns named after the fields')
    .option('--sheet <name>', 'XLSX: the sheet to read (default the first)')
    .option('--dry-run', 'check every row, print every problem, import nothing')
    .addHelpText(
      'after',
      `
Every row is checked first (the dry run); any problem is printed by row and column and nothing is
imported (exit 1). Then the rows are sealed here, uploaded and written in one transaction: a row
the server refuses (e.g. a victim id the vault does not hold) is named, and nothing is imported.
A progress bar goes to stderr on a terminal.
${PASSWORD_NOTE}
JSON output (--json): { "imported": number, "ids": [string] | { old: new } }, or with --dry-run
{ "ready": true, "rows": number }; on problems { "ready": false, "problems": [...] }`,
    )
    .action(
      async (
        file: string,
        opts: { vault: string; kind?: string; mapping?: string; sheet?: string; dryRun?: boolean },
        cmd: Command,
      ) => {
        const { server, json } = globals(ctx, cmd);
        await runImport(ctx, {
          file,
          vaultId: parseVaultId(opts.vault),
          kind: opts.kind === undefined ? undefined : parseKind(opts.kind),
          mapping: opts.mapping,
          sheet: opts.sheet,
          dryRun: opts.dryRun === true,
          server,
          json,
        });
      },
    );

  program
    .command('export')
    .description('export a vault, checked against consent, to JSON or CSV files in a directory')
    .addOption(new Option('--vault <vault-id>', 'the vault to export').makeOptionMandatory())
    .addOption(new Option('--out <dir>', 'directory to write into').makeOptionMandatory())
    .addOption(
      new Option('--format <format>', 'json or csv').choices(['json', 'csv']).default('json'),
    )
    .addOption(
      new Option(
        '--purpose <purpose>',
        `what the export is for: ${EXPORT_PURPOSES.join(', ')}`,
      ).default('backup'),
    )
    .option('--sealed <fields>', 'sealed fields to include: all, none, or kind.field,…', 'all')
    .addHelpText(
      'after',
      `
Only records the sources' consent allows for the purpose are exported; what was left out, and
why, is printed (and in the JSON header, or excluded.csv). "backup" is the complete export
(JSON: re-importable with \`vigil import file.json\`). Files are written readable by you only.
${PASSWORD_NOTE}
JSON output (--json): { "files": [string], "purpose": string, "excluded": [{ "kind", "id", "reason", "message" }] }`,
    )
    .action(
      async (
        opts: {
          vault: string;
          out: string;
          format: 'json' | 'csv';
          purpose: string;
          sealed: string;
        },
        cmd: Command,
      ) => {
        const { server, json } = globals(ctx, cmd);
        await runExport(ctx, {
          vaultId: parseVaultId(opts.vault),
          out: opts.out,
          format: opts.format,
          purpose: parsePurpose(opts.purpose),
          sealed: parseSealed(opts.sealed),
          server,
          json,
        });
      },
    );
};
