// `vigil publish` against a real server: a vault filled with synthetic data plus records carrying
// marker strings and rare combinations is published, and the site is searched for the markers and
// checked figure by figure against the vault's own statistics: nothing below k is shown, and no
// suppressed cell can be worked out from what is (the auditor's linear programs).
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditTable, OTHER } from '@vigil/analytics';
import { createVigilClient, type VigilClient } from '@vigil/client';
import type { PublicationResponse, StatDimension, VaultId } from '@vigil/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, freePort, runVigil as vigil, type CliResult } from '../../testing/run-vigil';
// Test files may cross the app boundary: the CLI is exercised against the real server.
import { startServer } from '../../../../server/src/index';

const PASSWORD = 'a publishing passphrase';
const EMAIL = 'publish@example.org';
const K = 5;
const MARKERS = ['MARKER-NAME-ЗЕФИР', 'MARKER-NARRATIVE-7731', 'MARKER-PLACE-Q9', 'MARKER-PERP-44'];

const ok = (r: CliResult): string => expectOk(r).stdout;

describe('vigil publish against a real server', () => {
  let root: string;
  let server: { close(): unknown } | undefined;
  let env: Record<string, string>;
  let vaultId: VaultId;
  let client: VigilClient;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'vigil-publish-it-'));
    const port = await freePort();
    server = await startServer({ port, host: '127.0.0.1', dataDir: join(root, 'data') });
    env = {
      VIGIL_HOME: join(root, 'home'),
      VIGIL_PASSWORD: PASSWORD,
      VIGIL_SERVER: `http://127.0.0.1:${port}`,
    };
    const demo = ok(
      await vigil(
        [
          'demo',
          '--email',
          EMAIL,
          '--people',
          '120',
          '--seed',
          'publish',
          '--until',
          '2026-06-30',
          '--json',
        ],
        env,
      ),
    );
    vaultId = (JSON.parse(demo) as { vaultId: VaultId }).vaultId;
    // A rare combination with markers in every free-text field: an old woman in Chukotka, a
    // conscientious objector, the only incident of its kind.
    const add = async (kind: string, data: unknown): Promise<string> => {
      const file = join(root, `${kind}-${Math.random().toString(36).slice(2)}.json`);
      await writeFile(file, JSON.stringify(data));
      return ok(
        await vigil(['record', 'add', kind, '--vault', vaultId, '--file', file], env),
      ).trim();
    };
    const person = await add('person', {
      names: [`${MARKERS[0]} Иванова`],
      sex: 'female',
      birthYear: 1931,
      groups: ['conscientious-objector'],
      notes: MARKERS[1],
    });
    await add('incident', {
      victim: person,
      actType: '010000000000',
      region: 'RU-CHU',
      date: { precision: 'day', value: '2025-02-03' },
      narrative: MARKERS[1],
      exactLocation: MARKERS[2],
      namedPerpetrators: [MARKERS[3]],
      perpetrators: [{ agency: 'rosgvardia' }],
    });
    client = createVigilClient({ baseUrl: env.VIGIL_SERVER ?? '', mode: 'cli' });
    await client.login({ email: EMAIL, password: PASSWORD });
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('writes a site with no marker, no name and no figure about fewer than k people', async () => {
    const out = join(root, 'site');
    const result = JSON.parse(
      ok(
        await vigil(['publish', '--vault', vaultId, '--out', out, '--k', String(K), '--json'], env),
      ),
    ) as { files: string[]; tables: number };
    expect(result.tables).toBeGreaterThan(5);
    const names = await readdir(out);
    expect(names).toContain('index.html');
    expect(names.filter((n) => n.endsWith('.csv')).length).toBe(result.tables);
    const text = (await Promise.all(names.map((n) => readFile(join(out, n), 'utf8')))).join('\n');
    for (const marker of [...MARKERS, 'Иванова', 'SYNTHETIC', 'RU-CHU', 'Chukotka', 'Чукот']) {
      expect(text.includes(marker), marker).toBe(false);
    }
    expect(text).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);

    // The same tables as the site, checked against the vault's unprotected statistics.
    const publication = await client.statistics.publication(vaultId, { k: K });
    expect(publication.tables.filter((t) => t.kind === 'cross').length).toBeGreaterThan(0);
    await expectSafe(client, vaultId, publication);
  }, 300_000);
});

/** Raw counts of the incidents having one of the values of each dimension given. */
const countOf = async (
  client: VigilClient,
  vaultId: VaultId,
  filter: Partial<Record<StatDimension, (string | null)[]>>,
) => (await client.statistics.query(vaultId, { rows: 'year', filter })).total;

const expectSafe = async (
  client: VigilClient,
  vaultId: VaultId,
  publication: PublicationResponse,
): Promise<void> => {
  const all = new Map<StatDimension, (string | null)[]>();
  const valuesOf = async (d: StatDimension) => {
    if (!all.has(d)) {
      const tab = await client.statistics.query(vaultId, { rows: d });
      all.set(
        d,
        tab.rowTotals.filter((c) => c.incidents > 0).map((c) => c.row),
      );
    }
    return all.get(d) ?? [];
  };
  const members = async (d: StatDimension, shown: (string | null)[], v: string | null) =>
    v === OTHER ? (await valuesOf(d)).filter((x) => !shown.includes(x)) : [v];
  for (const table of publication.tables) {
    if (table.kind !== 'cross') {
      for (const [i, v] of table.values.entries()) {
        const truth = await countOf(client, vaultId, {
          [table.dimension]: await members(table.dimension, table.values, v),
        });
        expect(truth.incidents).toBe(table.incidents[i]);
        expect(truth.incidents).toBeGreaterThanOrEqual(K);
        expect(truth.victims).toBeGreaterThanOrEqual(K);
      }
      continue;
    }
    const rowsOf = (v: string | null) => members(table.rows, table.rowValues, v);
    const columnsOf = (v: string | null) => members(table.columns, table.columnValues, v);
    const cells: { incidents: number; victims: number }[][] = [];
    for (const r of table.rowValues) {
      const row = [];
      for (const c of table.columnValues) {
        row.push(
          await countOf(client, vaultId, {
            [table.rows]: await rowsOf(r),
            [table.columns]: await columnsOf(c),
          }),
        );
      }
      cells.push(row);
    }
    const rowTotals = [];
    for (const r of table.rowValues)
      rowTotals.push(await countOf(client, vaultId, { [table.rows]: await rowsOf(r) }));
    const columnTotals = [];
    for (const c of table.columnValues) {
      columnTotals.push(await countOf(client, vaultId, { [table.columns]: await columnsOf(c) }));
    }
    const total = await countOf(client, vaultId, {});
    const original = {
      rows: table.rowValues.map(String),
      columns: table.columnValues.map(String),
      values: cells.map((row) => row.map((c) => c.incidents)),
    };
    expect(table.rowTotals).toEqual(rowTotals.map((c) => c.incidents));
    const audit = auditTable(
      original,
      { ...table, rows: original.rows, columns: original.columns, primary: [], complementary: [] },
      {
        k: K,
        people: {
          values: cells.map((row) => row.map((c) => c.victims)),
          rowTotals: rowTotals.map((c) => c.victims),
          columnTotals: columnTotals.map((c) => c.victims),
          total: total.victims,
        },
      },
    );
    expect(audit.problems, `${table.rows} × ${table.columns}`).toEqual([]);
  }
};
