import type { VigilClient } from '@vigil/client';
import { isoDaySchema, RECORD_KINDS, type RecordKind } from '@vigil/core';
import type { Command } from 'commander';
import { emit, globals, progress, type CliContext } from '../../context';
import { CliError, usageError } from '../../errors';
import { formatTable } from '../../output';
import { progressBar } from '../io/progress';
import { parsePositiveInt } from '../record/args';
import { demoSession } from './account';
import { generateDemoDataset, type DemoFacility } from './dataset';
import { importDataset } from './upload';

export const DEMO_SHAPE = '{ "vaultId": string, "counts": { "<kind>": number, … }, "web": string }';

/** The most victims one run generates (about nine records each). */
const MAX_PEOPLE = 50_000;
/** The earliest last day: the timeline must reach into the full-scale invasion. */
const EARLIEST_UNTIL = '2023-01-01';

/** What `vigil demo` was asked to do, after parsing the command line. */
export interface DemoRequest {
  readonly server: string;
  readonly json: boolean;
  readonly email: string | undefined;
  readonly people: number;
  readonly seed: string;
  readonly until: string;
}

/** The register as the generator needs it; facilities merged into others are left out. */
const registerFacilities = async (client: VigilClient): Promise<DemoFacility[]> => {
  const list = await client.facilities.list();
  if (list.length === 0) {
    throw new CliError(
      'no_facilities',
      'the facility register is empty: import facilities first (`vigil facility import`)',
    );
  }
  return list.map((f) => ({
    id: f.id,
    region: f.region,
    type: f.type,
    authority: f.authority,
    status: f.status,
    capacity: f.capacity,
  }));
};

const summary = (
  vaultId: string,
  name: string,
  counts: Readonly<Record<RecordKind, number>>,
  web: string,
): string => {
  const total = RECORD_KINDS.reduce((sum, k) => sum + counts[k], 0);
  return [
    `Created vault ${vaultId} ("${name}") and imported ${total} synthetic records:`,
    formatTable(
      ['KIND', 'RECORDS'],
      RECORD_KINDS.map((k) => [k, String(counts[k])]),
    ).trimEnd(),
    `Open it in the web app: ${web}`,
    'Every name, story and note in it is invented (marked SYNTHETIC DEMO DATA).',
    '',
  ].join('\n');
};

/** Runs `vigil demo`: account, facilities, dataset, a new vault, the imports, a summary. */
export const runDemo = async (ctx: CliContext, request: DemoRequest): Promise<void> => {
  const { client, email } = await demoSession(ctx, request.server, request.email);
  const facilities = await registerFacilities(client);
  progress(ctx, `Generating synthetic data for ${request.people} people (seed ${request.seed})…`);
  const dataset = generateDemoDataset({
    seed: request.seed,
    people: request.people,
    facilities,
    until: request.until,
  });
  const name = `Demo vault — synthetic data (seed ${request.seed}, ${request.people} people)`;
  const vault = await client.vaults.create({ name, email });
  const bar = progressBar(ctx);
  let committed = 0;
  try {
    await importDataset(client, vault.id, dataset.records, {
      progress: (p) => bar.update(p.phase, p.done, p.total),
      committed: (count) => {
        committed = count;
      },
    });
  } catch (error) {
    bar.end();
    ctx.terminal.err(
      `The vault ${vault.id} was created and holds ${committed} of the ${dataset.records.length} synthetic records; run \`vigil demo\` again for a complete one.\n`,
    );
    throw error;
  }
  bar.end();
  const web = `${request.server}/vaults/${vault.id}/records`;
  emit(ctx, request.json, { vaultId: vault.id, counts: dataset.counts, web }, () =>
    summary(vault.id, name, dataset.counts, web),
  );
};

const today = (): string => new Date().toISOString().slice(0, 10);

/** Registers `vigil demo`. */
export const registerDemoCommand = (program: Command, ctx: CliContext): void => {
  program
    .command('demo')
    .description('fill a new vault with synthetic data (creating the account if needed)')
    .option('--email <address>', 'the account to use or create (env VIGIL_EMAIL)')
    .option('--people <n>', 'how many victims to invent', '2000')
    .option('--seed <text>', 'the same seed gives the same data', '1')
    .option('--until <day>', 'last day of the invented timeline, YYYY-MM-DD (default today)')
    .addHelpText(
      'after',
      `
Logs in with the stored session, or registers the account (as \`vigil account register\`), or
logs in to it when it exists. Then creates a new vault "Demo vault — synthetic data (…)" and
imports into it, in parts of 2,000, about nine records per person: invented victims (plus the
relatives, witnesses and officers the sources name), their detentions in facilities of the
server's register (transfers, people held incommunicado, some still held), incidents from 2014
on (most after February 2022), sources, medical findings, complaints and appeals with outcomes,
reprisals, and monitoring reports with findings. Every person's notes and every text say the
data is synthetic. Records are sealed on this machine like any other: the server sees no name.
The password comes from VIGIL_PASSWORD, else a hidden prompt (asked twice: the account may be new).
JSON output (--json): ${DEMO_SHAPE}`,
    )
    .action(
      async (
        opts: { email?: string; people: string; seed: string; until?: string },
        cmd: Command,
      ) => {
        const { server, json } = globals(ctx, cmd);
        const people = parsePositiveInt('--people', opts.people, MAX_PEOPLE);
        const seed = opts.seed.trim();
        if (seed === '' || seed.length > 100) throw usageError('--seed is 1 to 100 characters');
        const until = opts.until ?? today();
        if (!isoDaySchema.safeParse(until).success) {
          throw usageError('--until takes a day that exists, written YYYY-MM-DD');
        }
        if (until < EARLIEST_UNTIL || until > today()) {
          throw usageError(`--until must lie between ${EARLIEST_UNTIL} and today`);
        }
        await runDemo(ctx, { server, json, email: opts.email, people, seed, until });
      },
    );
};
