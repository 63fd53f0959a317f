import type { RecordView } from '@vigil/client';
import { RECORD_KINDS, type RecordKind } from '@vigil/core';
import { Option, type Command } from 'commander';
import { emit, globals, type CliContext } from '../../context';
import { CliError } from '../../errors';
import { formatJson } from '../../output';
import { openSession } from '../../session';
import { parseVaultId } from '../vault/args';
import { parseKind, parsePositiveInt, parseRecordId, readRecord } from './args';
import {
  HISTORY_SHAPE,
  RECORD_SHAPE,
  SAVED_SHAPE,
  historyJson,
  historyTable,
  recordJson,
  recordTable,
  savedJson,
} from './views';

const PASSWORD_NOTE =
  'Needs the password (VIGIL_PASSWORD or a prompt): records are sealed and opened on this machine.';
const KIND_HELP = `the record kind: ${RECORD_KINDS.join(', ')}`;
const INPUT_NOTE =
  'The record is read as one JSON object from stdin, or from --file; it is checked against the kind before anything is sent.';
const DELETED_CHOICES = ['exclude', 'include', 'only'] as const;
type DeletedChoice = (typeof DELETED_CHOICES)[number];

const vaultOption = () =>
  new Option('--vault <vault-id>', 'the vault holding the record').makeOptionMandatory();
const fileOption = () => new Option('--file <path>', 'read the record from this file, not stdin');

/** A record fetched by id must be of the kind named on the command line. */
const expectKind = (record: RecordView, kind: RecordKind): RecordView => {
  if (record.kind !== kind) {
    throw new CliError('not_found', `record ${record.id} is a ${record.kind}, not a ${kind}`);
  }
  return record;
};

/** Registers `vigil record add|get|list|update|delete|restore`. */
export const registerRecordCommands = (program: Command, ctx: CliContext): void => {
  const record = program
    .command('record')
    .description(`records of a vault (${RECORD_KINDS.join(', ')})`);

  record
    .command('add')
    .description('add a record; prints its id')
    .argument('<kind>', KIND_HELP)
    .addOption(vaultOption())
    .addOption(fileOption())
    .addHelpText(
      'after',
      `\n${INPUT_NOTE}\n${PASSWORD_NOTE}\nJSON output (--json): { "id": string, "version": number }`,
    )
    .action(async (rawKind: string, opts: { vault: string; file?: string }, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      const kind = parseKind(rawKind);
      const vaultId = parseVaultId(opts.vault);
      const data = await readRecord(ctx, kind, opts.file);
      const { client } = await openSession(ctx, server, { unlock: true });
      const created = await client.records.create(vaultId, kind, data);
      emit(ctx, json, { id: created.id, version: created.version }, () => `${created.id}\n`);
    });

  record
    .command('get')
    .description('print one record, opened, as JSON (deleted records too)')
    .argument('<kind>', KIND_HELP)
    .argument('<id>', 'the record id')
    .addOption(vaultOption())
    .addHelpText('after', `\n${PASSWORD_NOTE}\nOutput is always JSON: ${RECORD_SHAPE}`)
    .action(async (rawKind: string, rawId: string, opts: { vault: string }, cmd: Command) => {
      const { server } = globals(ctx, cmd);
      const kind = parseKind(rawKind);
      const id = parseRecordId(kind, rawId);
      const vaultId = parseVaultId(opts.vault);
      const { client } = await openSession(ctx, server, { unlock: true });
      const found = expectKind(await client.records.get(vaultId, id), kind);
      ctx.terminal.out(formatJson(recordJson(found)));
    });

  record
    .command('list')
    .description('list the records of one kind, oldest first')
    .argument('<kind>', KIND_HELP)
    .addOption(vaultOption())
    .addOption(
      new Option('--deleted <which>', 'deleted records: leave out, include, or only them')
        .choices(DELETED_CHOICES)
        .default('exclude'),
    )
    .option('--limit <n>', 'at most this many records, 1 to 1000 (server default 100)')
    .option('--after <id>', 'records after this id (the "next" of the previous page)')
    .addHelpText(
      'after',
      `\n${PASSWORD_NOTE}\nJSON output (--json): { "records": [ ${RECORD_SHAPE} ], "next": string|null }`,
    )
    .action(
      async (
        rawKind: string,
        opts: { vault: string; deleted: DeletedChoice; limit?: string; after?: string },
        cmd: Command,
      ) => {
        const { server, json } = globals(ctx, cmd);
        const kind = parseKind(rawKind);
        const vaultId = parseVaultId(opts.vault);
        const limit =
          opts.limit === undefined ? undefined : parsePositiveInt('--limit', opts.limit, 1000);
        const after = opts.after === undefined ? undefined : parseRecordId(kind, opts.after);
        const { client } = await openSession(ctx, server, { unlock: true });
        const page = await client.records.list(vaultId, kind, {
          deleted: opts.deleted,
          ...(limit !== undefined ? { limit } : {}),
          ...(after !== undefined ? { after } : {}),
        });
        const { records } = page;
        emit(
          ctx,
          json,
          { records: records.map(recordJson), next: page.next },
          () =>
            recordTable(records) +
            (page.next === null ? '' : `More: run again with --after ${page.next}\n`),
        );
      },
    );

  record
    .command('update')
    .description('save a new version of a record (the whole record, as with add)')
    .argument('<kind>', KIND_HELP)
    .argument('<id>', 'the record id')
    .addOption(vaultOption())
    .addOption(
      new Option(
        '--version <n>',
        'the version you edited (from get); refused with conflict if it moved on',
      ).makeOptionMandatory(),
    )
    .addOption(fileOption())
    .addHelpText('after', `\n${INPUT_NOTE}\n${PASSWORD_NOTE}\nJSON output (--json): ${SAVED_SHAPE}`)
    .action(
      async (
        rawKind: string,
        rawId: string,
        opts: { vault: string; version: string; file?: string },
        cmd: Command,
      ) => {
        const { server, json } = globals(ctx, cmd);
        const kind = parseKind(rawKind);
        const id = parseRecordId(kind, rawId);
        const vaultId = parseVaultId(opts.vault);
        const version = parsePositiveInt('--version', opts.version);
        const data = await readRecord(ctx, kind, opts.file);
        const { client } = await openSession(ctx, server, { unlock: true });
        const saved = await client.records.update(vaultId, id, data, version);
        emit(
          ctx,
          json,
          savedJson(saved),
          () => `Saved ${kind} ${saved.id} as version ${saved.version}.\n`,
        );
      },
    );

  record
    .command('history')
    .description('every version of a record, oldest first (who changed it, when, and how)')
    .argument('<kind>', KIND_HELP)
    .argument('<id>', 'the record id')
    .addOption(vaultOption())
    .addHelpText('after', `\n${PASSWORD_NOTE}\nJSON output (--json): ${HISTORY_SHAPE}`)
    .action(async (rawKind: string, rawId: string, opts: { vault: string }, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      const kind = parseKind(rawKind);
      const id = parseRecordId(kind, rawId);
      const vaultId = parseVaultId(opts.vault);
      const { client } = await openSession(ctx, server, { unlock: true });
      const history = await client.records.history(vaultId, id);
      if (history.kind !== kind) {
        throw new CliError('not_found', `record ${id} is a ${history.kind}, not a ${kind}`);
      }
      emit(ctx, json, historyJson(history), () => historyTable(history));
    });

  for (const [name, deleted] of [
    ['delete', true],
    ['restore', false],
  ] as const) {
    record
      .command(name)
      .description(
        deleted
          ? 'mark a record deleted (kept in its history; restore brings it back)'
          : 'restore a deleted record',
      )
      .argument('<kind>', KIND_HELP)
      .argument('<id>', 'the record id')
      .addOption(vaultOption())
      .addHelpText('after', `\n${PASSWORD_NOTE}\nJSON output (--json): ${SAVED_SHAPE}`)
      .action(async (rawKind: string, rawId: string, opts: { vault: string }, cmd: Command) => {
        const { server, json } = globals(ctx, cmd);
        const kind = parseKind(rawKind);
        const id = parseRecordId(kind, rawId);
        const vaultId = parseVaultId(opts.vault);
        const { client } = await openSession(ctx, server, { unlock: true });
        const current = expectKind(await client.records.get(vaultId, id), kind);
        const saved = deleted
          ? await client.records.delete(vaultId, current.id)
          : await client.records.restore(vaultId, current.id);
        emit(
          ctx,
          json,
          savedJson(saved),
          () =>
            `${deleted ? 'Deleted' : 'Restored'} ${kind} ${saved.id} (version ${saved.version}).\n`,
        );
      });
  }
};
