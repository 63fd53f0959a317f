import type { VaultId } from '@vigil/core';
import { Option, type Command } from 'commander';
import { emit, globals, type CliContext } from '../../context';
import { usageError } from '../../errors';
import { writeAtomically } from '../../platform/evidence-files';
import { openSession } from '../../session';
import { parseVaultId } from '../vault/args';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const parseItems = (raw: string): string[] => {
  const ids = raw.split(',').map((s) => s.trim());
  if (ids.length === 0 || ids.some((id) => !UUID.test(id))) {
    throw usageError('--items must be lower-case UUIDs separated by commas');
  }
  if (new Set(ids).size !== ids.length) throw usageError('--items names an item twice');
  return ids;
};

/** Registers `vigil evidence package` under `vigil evidence`. */
export const registerEvidencePackageCommand = (
  evidence: Command,
  ctx: CliContext,
  passwordNote: string,
): void => {
  evidence
    .command('package')
    .description('write an evidence package (ZIP) a court can check offline')
    .addOption(
      new Option('--vault <vault-id>', 'the vault holding the evidence').makeOptionMandatory(),
    )
    .addOption(new Option('--items <ids>', 'evidence ids, comma-separated').makeOptionMandatory())
    .addOption(new Option('--out <file>', 'where to write the ZIP').makeOptionMandatory())
    .option(
      '--encrypted',
      'the ciphertexts instead of the decrypted files (the key is NOT included)',
    )
    .addHelpText(
      'after',
      `\nSigns an "export" in each item's custody first. The ZIP holds the files, their signed custody, the signers' keys, a manifest and a report (HTML, PDF); it appears only once whole (0600). Check it with \`vigil package verify\`.\n${passwordNote}\nJSON output (--json): { "path": string, "items": number }`,
    )
    .action(
      async (
        opts: { vault: string; items: string; out: string; encrypted?: boolean },
        cmd: Command,
      ) => {
        const { server, json } = globals(ctx, cmd);
        const vaultId = parseVaultId(opts.vault) as VaultId;
        const ids = parseItems(opts.items);
        const { client } = await openSession(ctx, server, { unlock: true });
        await writeAtomically(opts.out, (write) =>
          client.evidence.package(vaultId, ids, write, { encrypted: opts.encrypted === true }),
        );
        emit(
          ctx,
          json,
          { path: opts.out, items: ids.length },
          () => `${opts.out} ${ids.length} items\n`,
        );
      },
    );
};
