// Benchmark "records-import" (issue 3 point 11): import of 100,000 incidents from CSV with
// client-side sealing, end to end against the embedded server (a real `vigil serve` process):
// parseTable → dryRun → records.importRecords (seal, upload, commit). The victims are imported
// first (people, through importRecords too); the incidents name them by id.
// Anchor: records created one by one through records.create in the same run, which shows what
// the one-request-per-record path does on this machine.
import { createVigilClient, dryRun, parseTable, type VigilClient } from '@vigil/client';
import type { RecordData, VaultId } from '@vigil/core';
import { startVigil } from '@vigil/test-utils';
import { printTable, type BenchRow } from './table';

const INCIDENTS = Number(process.env.BENCH_RECORDS ?? 100_000);
const PEOPLE = Math.max(1, Math.min(5000, Math.round(INCIDENTS / 20)));
const ANCHOR_RECORDS = 300;

const METHODS = ['010000000000', '010100000000'];
const AGENCIES = ['mvd', 'police', 'fsb', 'fsin'];

/** The incident sheet: a header and one row per incident, like an organisation's spreadsheet. */
const incidentCsv = (victims: readonly string[], rows: number): Uint8Array => {
  const lines = ['victim,actType,date,methods,perpetrators.agency,narrative'];
  for (let i = 0; i < rows; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    lines.push(
      [
        victims[i % victims.length],
        '010000000000',
        `20${20 + (i % 5)}-${month}-${day}`,
        METHODS.slice(0, 1 + (i % 2)).join(';'),
        AGENCIES[i % AGENCIES.length],
        `"Избит сотрудниками в камере ШИЗО №${i % 17}, удары по ногам и спине; запись ${i}"`,
      ].join(','),
    );
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
};

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Signs up a bench user and opens a vault. */
const setUp = async (url: string): Promise<{ client: VigilClient; vaultId: VaultId }> => {
  const email = 'import-bench@bench.example.org';
  const password = 'import bench password, long enough';
  const client = createVigilClient({ baseUrl: url, mode: 'cli' });
  await client.register({ email, password });
  await client.login({ email, password });
  const vault = await client.vaults.create({ name: 'Import bench', email });
  return { client, vaultId: vault.id };
};

export const runRecordsImportBench = async (): Promise<void> => {
  const server = await startVigil();
  try {
    const { client, vaultId } = await setUp(server.url);

    // Anchor: one request per record.
    const anchorStart = performance.now();
    const victims: string[] = [];
    for (let i = 0; i < ANCHOR_RECORDS; i++) {
      const person = await client.records.create(vaultId, 'person', {
        names: [`Иван Петров ${i}`],
      } as RecordData<'person'>);
      victims.push(person.id);
    }
    const anchorMs = performance.now() - anchorStart;

    const peopleStart = performance.now();
    const people = await client.records.importRecords(
      vaultId,
      'person',
      Array.from(
        { length: PEOPLE },
        (_, i) => ({ names: [`Пётр Сидоров ${i}`, `Petr Sidorov ${i}`] }) as RecordData<'person'>,
      ),
    );
    const peopleMs = performance.now() - peopleStart;
    victims.push(...people.ids);
    const csv = incidentCsv(victims, INCIDENTS);

    const phases: Record<string, number> = {};
    let mark = performance.now();
    const lap = (name: string) => {
      const now = performance.now();
      phases[name] = (phases[name] ?? 0) + (now - mark);
      mark = now;
    };
    const start = mark;
    const table = await parseTable(csv, 'csv');
    lap('parse');
    const checked = await dryRun(table, {
      version: 1,
      kind: 'incident',
      fields: {
        victim: { column: 'victim' },
        actType: { column: 'actType' },
        date: { column: 'date' },
        methods: { column: 'methods' },
        perpetrators: { parts: { agency: { column: 'perpetrators.agency' } } },
        narrative: { column: 'narrative' },
      },
    });
    lap('dry run');
    if (!checked.ready)
      throw new Error(`the bench sheet has problems: ${JSON.stringify(checked.summary)}`);
    const records = checked.rows.flatMap((r) => (r.ok ? [r.record] : []));
    let previous = 'sealing';
    const { ids } = await client.records.importRecords(vaultId, 'incident', records, {
      onProgress: (p) => {
        const phase = p.phase === 'committing' ? 'commit' : 'seal + upload';
        if (phase !== previous) lap(previous === 'sealing' ? 'seal + upload' : previous);
        previous = phase;
      },
    });
    lap('commit');
    const totalMs = performance.now() - start;
    if (ids.length !== INCIDENTS) throw new Error(`imported ${ids.length} of ${INCIDENTS}`);
    const check = await client.records.list(vaultId, 'incident', { limit: 1 });
    if (check.records.length !== 1) throw new Error('the imported incidents are not listed');

    const rate = (INCIDENTS * 1000) / totalMs;
    const rows: BenchRow[] = [
      {
        metric: `anchor: records.create one by one (${ANCHOR_RECORDS} people)`,
        result: `${((ANCHOR_RECORDS * 1000) / anchorMs).toFixed(0)} records/s`,
        goal: '-',
        met: null,
      },
      {
        metric: `importRecords of ${PEOPLE} people (victims)`,
        result: `${((PEOPLE * 1000) / peopleMs).toFixed(0)} records/s`,
        goal: '-',
        met: null,
      },
      ...Object.entries(phases).map(([name, ms]): BenchRow => ({
        metric: `  ${name}`,
        result: seconds(ms),
        goal: '-',
        met: null,
      })),
      {
        metric: `CSV → parseTable → dryRun → importRecords, ${INCIDENTS} incidents`,
        result: `${seconds(totalMs)}, ${rate.toFixed(0)} records/s`,
        goal: '>= 2000 records/s',
        met: rate >= 2000,
      },
    ];
    printTable('records-import — embedded database (PGlite), client and server on 2 cores', rows);
  } finally {
    await server.stop();
  }
};
