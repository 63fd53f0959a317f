import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './open';
import { PGLITE_SETTINGS, WAL_CHECKPOINT_BYTES } from './pglite-engine';
import type { Db } from './types';
import { lsnBytes, settingBytes } from './wal';

const MB = 1024 ** 2;
const SEGMENT = 16 * MB;

describe('settingBytes and lsnBytes', () => {
  it('reads PostgreSQL size settings with and without units', () => {
    expect(settingBytes('64MB')).toBe(64 * MB);
    expect(settingBytes('512kB')).toBe(512 * 1024);
    expect(settingBytes('1GB')).toBe(1024 * MB);
    expect(settingBytes('32')).toBe(32 * MB);
    expect(() => settingBytes('lots')).toThrow();
  });

  it('reads WAL positions as byte offsets', () => {
    expect(lsnBytes('0/16EF920')).toBe(0x16ef920);
    expect(lsnBytes('1/0')).toBe(2 ** 32);
    expect(lsnBytes('16/B374D848')).toBe(0x16 * 2 ** 32 + 0xb374d848);
    expect(() => lsnBytes('nonsense')).toThrow();
  });
});

describe('WAL on a PGlite data directory', () => {
  let dir: string | undefined;
  let db: Db | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  function walDirBytes(dataDir: string): number {
    const walDir = join(dataDir, 'db', 'pg_wal');
    return readdirSync(walDir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .reduce((sum, entry) => sum + statSync(join(walDir, entry.name)).size, 0);
  }

  async function walPosition(opened: Db): Promise<number> {
    const { rows } = await sql<{
      lsn: string;
    }>`SELECT pg_current_wal_lsn()::text AS lsn`.execute(opened.kysely);
    return lsnBytes(rows[0]?.lsn ?? '');
  }

  it('runs with the configured WAL settings', async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-wal-'));
    db = await openDatabase({ dataDir: dir }, { migrate: false });
    for (const [name, value] of Object.entries(PGLITE_SETTINGS)) {
      const { rows } = await sql<Record<string, string>>`SHOW ${sql.raw(name)}`.execute(db.kysely);
      expect({ [name]: rows[0]?.[name] }).toEqual({ [name]: value });
    }
    expect(WAL_CHECKPOINT_BYTES).toBeLessThanOrEqual(settingBytes(PGLITE_SETTINGS.max_wal_size));
  });

  it('keeps pg_wal within about max_wal_size while far more WAL than that is written', async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-wal-'));
    db = await openDatabase({ dataDir: dir }, { migrate: false });
    const maxWal = settingBytes(PGLITE_SETTINGS.max_wal_size);
    const bound = 2 * maxWal + SEGMENT;
    // 1,000 rows of 8 kB stored uncompressed: every full update writes about 9 MB of WAL.
    await sql`CREATE TABLE filler (id integer PRIMARY KEY, payload text NOT NULL)`.execute(
      db.kysely,
    );
    await sql`ALTER TABLE filler ALTER COLUMN payload SET STORAGE EXTERNAL`.execute(db.kysely);
    await sql`INSERT INTO filler SELECT g, repeat('a', 8000) FROM generate_series(1, 1000) g`.execute(
      db.kysely,
    );
    const start = await walPosition(db);
    let largest = walDirBytes(dir);
    let round = 0;
    // Write at least three times the bound: without checkpoints pg_wal would hold all of it.
    while ((await walPosition(db)) - start < 3 * bound) {
      round += 1;
      const letter = String.fromCharCode(97 + (round % 26));
      await db.transaction((trx) =>
        sql`UPDATE filler SET payload = repeat(${letter}, 8000)`.execute(trx),
      );
      largest = Math.max(largest, walDirBytes(dir));
    }
    expect((await walPosition(db)) - start).toBeGreaterThanOrEqual(3 * bound);
    expect(largest).toBeLessThanOrEqual(bound);
    // The last write is still there after all the checkpoints.
    const { rows } = await sql<{
      n: string;
    }>`SELECT count(*)::text AS n FROM filler WHERE payload = repeat(${String.fromCharCode(97 + (round % 26))}, 8000)`.execute(
      db.kysely,
    );
    expect(rows[0]?.n).toBe('1000');
  });
});
