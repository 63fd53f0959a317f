import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { facilityIdSchema, starterFacilities } from '@vigil/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, freePort, runVigil as vigil } from '../../testing/run-vigil';
// Test files may cross the app boundary: the CLI is exercised against the real server.
import { startServer } from '../../../../server/src/index';
import { openDatabase } from '../../../../server/src/platform/db';
import { generateDemoDataset, type DemoFacility } from './dataset';

const PASSWORD = 'a demo account passphrase';
const EMAIL = 'demo@example.org';
const SEED = 'integration';
const UNTIL = '2026-06-30';
const PEOPLE = 30;

/** The dataset the command must have made: the server's register is the starter sample. */
const expected = () =>
  generateDemoDataset({
    seed: SEED,
    people: PEOPLE,
    until: UNTIL,
    facilities: starterFacilities().map(({ id, facility }): DemoFacility => ({
      id: facilityIdSchema.parse(id),
      region: facility.region,
      type: facility.type,
      authority: facility.authority,
      status: facility.status,
      capacity: facility.capacity,
    })),
  });

describe('vigil demo against a real server', () => {
  let root: string;
  let dataDir: string;
  let server: { close(): unknown } | undefined;
  let env: Record<string, string>;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'vigil-demo-it-'));
    dataDir = join(root, 'data');
    const port = await freePort();
    server = await startServer({ port, host: '127.0.0.1', dataDir });
    env = {
      VIGIL_HOME: join(root, 'home'),
      VIGIL_PASSWORD: PASSWORD,
      VIGIL_SERVER: `http://127.0.0.1:${port}`,
    };
  });
  afterAll(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('refuses a --people that is not a whole number, before anything is sent', async () => {
    const r = await vigil(['demo', '--email', EMAIL, '--people', 'many'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: --people must be a whole number.*\(usage\)$/m);
  });

  it('registers the account, fills a new vault with the generated records, logs in again for a second vault, and the server never holds a name', async () => {
    const args = ['demo', '--email', EMAIL, '--people', String(PEOPLE), '--seed', SEED];
    const first = await vigil([...args, '--until', UNTIL, '--json'], env);
    const made = JSON.parse(expectOk(first).stdout) as {
      vaultId: string;
      counts: Record<string, number>;
      web: string;
    };
    const dataset = expected();
    expect(made.counts).toEqual(dataset.counts);
    expect(made.web).toBe(`${env.VIGIL_SERVER}/vaults/${made.vaultId}/records`);

    // The vault holds exactly those records, opened here with the vault key.
    const out = join(root, 'export');
    const exported = await vigil(['export', '--vault', made.vaultId, '--out', out, '--json'], env);
    const { files } = JSON.parse(expectOk(exported).stdout) as { files: string[] };
    const file = JSON.parse(await readFile(files[0] ?? '', 'utf8')) as {
      records: { kind: string; data: Record<string, unknown> }[];
    };
    const held: Record<string, number> = {};
    for (const r of file.records) held[r.kind] = (held[r.kind] ?? 0) + 1;
    expect(held).toEqual(
      Object.fromEntries(Object.entries(dataset.counts).filter(([, n]) => n > 0)),
    );
    const names = dataset.records.flatMap((r) => (r.kind === 'person' ? (r.data.names ?? []) : []));
    const opened = file.records.flatMap((r) =>
      r.kind === 'person' ? ((r.data['names'] as string[] | undefined) ?? []) : [],
    );
    expect(opened.sort()).toEqual([...names].sort());

    // A second run without the stored session: the address is taken, so it logs in.
    const again = await vigil([...args, '--json'], { ...env, VIGIL_HOME: join(root, 'home-2') });
    const second = JSON.parse(expectOk(again).stdout) as { vaultId: string };
    expect(second.vaultId).not.toBe(made.vaultId);
    const vaults = JSON.parse(expectOk(await vigil(['vault', 'list', '--json'], env)).stdout) as {
      vaults: { id: string; name: string }[];
    };
    expect(vaults.vaults.map((v) => v.name)).toEqual([
      `Demo vault — synthetic data (seed ${SEED}, ${PEOPLE} people)`,
      `Demo vault — synthetic data (seed ${SEED}, ${PEOPLE} people)`,
    ]);

    // Every table, with the server stopped: no name, no story, not even the vault's name.
    await server?.close();
    server = undefined;
    const db = await openDatabase({ dataDir });
    try {
      const tables = await sql<{ tablename: string }>`
          SELECT tablename FROM pg_tables WHERE schemaname = 'public'`.execute(db.kysely);
      expect(tables.rows.length).toBeGreaterThan(5);
      // The scan reads the records themselves (coded fields, envelopes), both vaults' worth.
      const stored = await sql<{ n: number }>`
          SELECT count(*)::integer AS n FROM records WHERE vault_id = ${made.vaultId}`.execute(
        db.kysely,
      );
      expect(stored.rows[0]?.n).toBe(dataset.records.length);
      const surnames = [...new Set(names.map((n) => n.split(' ')[0] ?? n))];
      for (const { tablename } of tables.rows) {
        const rows = await sql`SELECT * FROM ${sql.table(tablename)}`.execute(db.kysely);
        const text = JSON.stringify(rows.rows);
        for (const name of [...names, ...surnames, 'SYNTHETIC', 'Demo vault']) {
          expect(text.includes(name), `${tablename} holds "${name}"`).toBe(false);
        }
      }
    } finally {
      await db.close();
    }
  }, 240_000);
});
