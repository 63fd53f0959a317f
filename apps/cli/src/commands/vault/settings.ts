import { SENSITIVE_FIELDS, type RecordSettings } from '@vigil/core';
import type { Command } from 'commander';
import { emit, globals, type CliContext } from '../../context';
import { usageError } from '../../errors';
import { formatTable } from '../../output';
import { openSession } from '../../session';
import { parseVaultId } from './args';

export const SETTINGS_SHAPE =
  '{ "vaultId": string, "codedSensitiveFields": string[], "sealedSensitiveFields": string[] }';

/** Splits a comma-separated list of `kind.field` names, refusing any that is not sensitive. */
export const parseSensitiveFields = (raw: string | undefined, option: string): string[] => {
  if (raw === undefined) return [];
  const names = raw
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  const unknown = names.filter((n) => !SENSITIVE_FIELDS.includes(n));
  if (unknown.length > 0) {
    throw usageError(
      `${option}: not a sensitive field: ${unknown.join(', ')} (one of ${SENSITIVE_FIELDS.join(', ')})`,
    );
  }
  return names;
};

/** The settings after exposing some fields and sealing others (a field in both is refused). */
export const applySettingsChange = (
  current: RecordSettings,
  expose: readonly string[],
  sealFields: readonly string[],
): RecordSettings => {
  const both = expose.filter((n) => sealFields.includes(n));
  if (both.length > 0) throw usageError(`both --expose and --seal name ${both.join(', ')}`);
  const coded = new Set(current.codedSensitiveFields);
  for (const name of expose) coded.add(name);
  for (const name of sealFields) coded.delete(name);
  return { codedSensitiveFields: SENSITIVE_FIELDS.filter((n) => coded.has(n)) };
};

/** Registers `vigil vault settings`: shows or changes which sensitive fields the server may read. */
export const registerVaultSettingsCommand = (vault: Command, ctx: CliContext): void => {
  vault
    .command('settings')
    .description(
      'show or change which sensitive record fields the vault stores as coded (readable by the server, filterable); all are sealed by default',
    )
    .argument('<vault-id>', 'the vault')
    .option(
      '--expose <fields>',
      'comma-separated kind.field names to store as coded (owners, admins)',
    )
    .option('--seal <fields>', 'comma-separated kind.field names to keep sealed again')
    .addHelpText(
      'after',
      `\nSensitive fields: ${SENSITIVE_FIELDS.join(', ')}.\nRecords saved before a change keep each field where it was until they are saved again.\nJSON output (--json): ${SETTINGS_SHAPE}`,
    )
    .action(async (rawVault: string, opts: { expose?: string; seal?: string }, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      const vaultId = parseVaultId(rawVault);
      const expose = parseSensitiveFields(opts.expose, '--expose');
      const sealFields = parseSensitiveFields(opts.seal, '--seal');
      const { client } = await openSession(ctx, server, { unlock: true });
      let view = await client.vaults.get(vaultId);
      if (expose.length > 0 || sealFields.length > 0) {
        const next = applySettingsChange(view.recordSettings, expose, sealFields);
        view = await client.vaults.setRecordSettings(vaultId, next);
      }
      const coded = view.recordSettings.codedSensitiveFields;
      const sealed = SENSITIVE_FIELDS.filter((n) => !coded.includes(n));
      emit(ctx, json, { vaultId, codedSensitiveFields: coded, sealedSensitiveFields: sealed }, () =>
        formatTable(
          ['FIELD', 'STORED'],
          SENSITIVE_FIELDS.map((n) => [
            n,
            coded.includes(n) ? 'coded (server can read)' : 'sealed',
          ]),
        ),
      );
    });
};
