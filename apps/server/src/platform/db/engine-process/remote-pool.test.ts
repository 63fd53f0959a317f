import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OuterHandleInTransactionError } from '../errors';
import { openDatabase } from '../open';
import type { Db } from '../types';
import { RemotePool } from './remote-pool';

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const until = async (condition: () => boolean, what: string): Promise<void> => {
  for (let i = 0; i < 200; i += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`still waiting: ${what}`);
};

const values = (db: Db) =>
  sql<{
    big: string;
    at: Date;
    doc: { a: number[] };
    bytes: Uint8Array;
    day: string;
  }>`select 9007199254740993::int8 as big, '2026-12-01T10:00:00Z'::timestamptz as at,
     '{"a":[1,2]}'::jsonb as doc, ${Buffer.from([0, 1, 255])}::bytea as bytes,
     '2024-02-29'::date as day`.execute(db.kysely);

describe('the embedded database in a process of its own', () => {
  let dir: string;
  let template: string;
  let db: Db | null = null;
  // Creating a database takes seconds; every test starts from a copy of one made here.
  beforeAll(async () => {
    template = mkdtempSync(join(tmpdir(), 'vigil-engine-template-'));
    await (await openDatabase({ dataDir: template })).close();
  });
  afterAll(() => {
    rmSync(template, { recursive: true, force: true });
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-engine-'));
    cpSync(join(template, 'db'), join(dir, 'db'), { recursive: true });
  });
  afterEach(async () => {
    await db?.close();
    db = null;
    rmSync(dir, { recursive: true, force: true });
  });

  it('returns the same JavaScript values as the engine in this process', async () => {
    db = await openDatabase({ dataDir: dir, ownProcess: true });
    const remote = (await values(db)).rows[0];
    await db.close();
    db = await openDatabase({ dataDir: dir });
    const local = (await values(db)).rows[0];
    expect(remote).toEqual(local);
    expect(remote?.at).toBeInstanceOf(Date);
    expect(remote?.big).toBe('9007199254740993');
    expect([...(remote?.bytes ?? [])]).toEqual([0, 1, 255]);
  });

  it('keeps committed writes, drops rolled-back ones, and they survive a restart', async () => {
    db = await openDatabase({ dataDir: dir, ownProcess: true });
    await db.transaction(async (trx) => {
      await trx.insertInto('instance_settings').values({ key: 'kept', value: '1' }).execute();
    });
    await expect(
      db.transaction(async (trx) => {
        await trx.insertInto('instance_settings').values({ key: 'dropped', value: '2' }).execute();
        throw new Error('use case failed');
      }),
    ).rejects.toThrow('use case failed');
    await db.close();
    db = await openDatabase({ dataDir: dir, ownProcess: true });
    const keys = await db.kysely.selectFrom('instance_settings').select('key').execute();
    expect(keys.map((row) => row.key)).toEqual(['kept']);
  });

  it("carries PostgreSQL's error code and message back to the server", async () => {
    db = await openDatabase({ dataDir: dir, ownProcess: true });
    await db.kysely.insertInto('instance_settings').values({ key: 'k', value: '1' }).execute();
    const duplicate = db.kysely.insertInto('instance_settings').values({ key: 'k', value: '2' });
    await expect(duplicate.execute()).rejects.toMatchObject({
      code: '23505',
      message: expect.stringContaining('duplicate key') as unknown,
    });
    // The session was handed back: the next statement runs.
    expect(await db.kysely.selectFrom('instance_settings').select('key').execute()).toHaveLength(1);
  });

  it('refuses the outer handle inside a transaction, as in this process', async () => {
    db = await openDatabase({ dataDir: dir, ownProcess: true });
    const inner = db;
    await expect(
      db.transaction(() => inner.kysely.selectFrom('instance_settings').selectAll().execute()),
    ).rejects.toBeInstanceOf(OuterHandleInTransactionError);
  });

  it('empties the read cache when a statement over there wrote', async () => {
    db = await openDatabase({ dataDir: dir, ownProcess: true });
    const open = db;
    const count = () =>
      open.cached('count', async () => {
        const rows = await open.kysely.selectFrom('instance_settings').select('key').execute();
        return rows.length;
      });
    expect(await count()).toBe(0);
    await db.kysely.insertInto('instance_settings').values({ key: 'k', value: '1' }).execute();
    expect(await count()).toBe(1);
    await db.transaction(async (trx) => {
      await trx.deleteFrom('instance_settings').execute();
    });
    expect(await count()).toBe(0);
  });

  it('runs transactions of concurrent callers one after another', async () => {
    db = await openDatabase({ dataDir: dir, ownProcess: true });
    const open = db;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        open.transaction(async (trx) => {
          const rows = await trx.selectFrom('instance_settings').select('key').execute();
          await trx
            .insertInto('instance_settings')
            .values({ key: `k${String(rows.length).padStart(2, '0')}`, value: String(i) })
            .execute();
        }),
      ),
    );
    const keys = await db.kysely.selectFrom('instance_settings').select('key').execute();
    expect(keys).toHaveLength(20);
  });

  it('fails waiting and later statements with a clear error when the engine process dies', async () => {
    const pool = await RemotePool.start(join(dir, 'db'), null);
    const pid = pool.pid ?? 0;
    const client = await pool.connect();
    await client.query('select 1', []);
    process.kill(pid, 'SIGKILL');
    await expect(client.query('select 2', [])).rejects.toThrow(/embedded database process stopped/);
    await expect(pool.connect()).rejects.toThrow(/embedded database process stopped/);
    await pool.end();
  });

  it('ends the engine process when the server is killed, leaving a data directory that opens', async () => {
    const opener = fileURLToPath(new URL('./testing/open-and-wait.ts', import.meta.url));
    const server = spawn(process.execPath, ['--import', 'tsx', opener, join(dir, 'db')], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    server.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    await until(() => out.includes('ready'), 'the stand-in server');
    const pid = server.pid ?? 0;
    // Linux: the server's only child is the engine process.
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(' ');
    expect(children).toHaveLength(1);
    const enginePid = Number(children[0]);
    expect(isAlive(enginePid)).toBe(true);
    server.kill('SIGKILL');
    await until(() => !isAlive(enginePid), 'the engine process to end');
    db = await openDatabase({ dataDir: dir });
    const keys = await db.kysely.selectFrom('instance_settings').select('key').execute();
    expect(keys.map((row) => row.key)).toEqual(['written before the kill']);
  });
});
