import { verifyEvidencePackage, type PackageProblem } from '@vigil/client';
import type { Command } from 'commander';
import { emit, globals, type CliContext } from '../../context';
import { CliError } from '../../errors';
import { openPackageFile } from '../../platform/package-file';

/** One line naming the file (and event) that does not match. */
export const problemLine = (p: PackageProblem): string =>
  `${p.path}${p.event === undefined ? '' : ` event ${p.event}`}: ${p.problem}`;

/** Registers `vigil package verify`: offline, no server and no password (for a court or lawyer). */
export const registerPackageCommands = (program: Command, ctx: CliContext): void => {
  const pkg = program.command('package').description('evidence packages, checked offline');

  pkg
    .command('verify')
    .description('check an evidence package with nothing but the ZIP: no server, no password')
    .argument('<package.zip>', 'the package, as `vigil evidence package` wrote it')
    .addHelpText(
      'after',
      '\nChecks each file against the manifest and its signed intake, every custody chain (hashes, ' +
        'order, Ed25519 signatures by the keys in signers.json) and that the ZIP holds exactly the ' +
        'files listed. Prints one line per problem, naming the file or event. Exit code 0 only when ' +
        'everything matches.\nJSON output (--json): { "ok": boolean, "items": [ { "id", "path", ' +
        '"sha256", "events", "plaintextChecked", "ok" } ], "problems": [ { "path", "item"?, ' +
        '"event"?, "problem" } ] }',
    )
    .action(async (path: string, _opts: unknown, cmd: Command) => {
      const { json } = globals(ctx, cmd);
      const file = await openPackageFile(path);
      let result;
      try {
        result = await verifyEvidencePackage(file.reader);
      } finally {
        await file.close();
      }
      const { ok, items, problems } = result;
      emit(ctx, json, { ok, items, problems }, () =>
        ok
          ? `ok: ${items.length} items, ${items.reduce((n, i) => n + i.events, 0)} custody events verified` +
            (items.some((i) => !i.plaintextChecked)
              ? ' (encrypted: ciphertext hashes checked; plaintext needs the key, not included)'
              : '') +
            '\n'
          : problems.map(problemLine).join('\n') + '\n',
      );
      if (!ok) {
        throw new CliError('mismatch', `the package does not verify (${problems.length} problems)`);
      }
    });
};
