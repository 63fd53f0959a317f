import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMigrations, migrate, MigrationChecksumError } from './migrate';
import type { Migration } from './migrate';
import { createTestDbFor, engines } from './test-db';
import type { TestDb } from './types';

const migrations = loadMigrations();

type Kind = 'table' | 'index' | 'function' | 'trigger' | 'column' | 'constraint';
type DbObject = { kind: Kind; name: string };

/**
 * The objects a migration creates, read from its SQL (CREATE TABLE/INDEX/FUNCTION/TRIGGER, and
 * ALTER TABLE … ADD COLUMN as `table.column`, ALTER TABLE … ADD CONSTRAINT as `table.constraint`).
 */
function createdObjects(text: string): DbObject[] {
  const pattern =
    /\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:UNIQUE\s+)?(TABLE|INDEX|FUNCTION|TRIGGER)\s+(?:IF\s+NOT\s+EXISTS\s+)?([a-z_][a-z0-9_]*)/gi;
  const created = [...text.matchAll(pattern)].map(([, kind, name]) => ({
    kind: (kind ?? '').toLowerCase() as Kind,
    name: (name ?? '').toLowerCase(),
  }));
  const columns =
    /\bALTER\s+TABLE\s+([a-z_][a-z0-9_]*)\s+ADD\s+COLUMN\s+(?:IF\s+NOT\s+EXISTS\s+)?([a-z_][a-z0-9_]*)/gi;
  const added = [...text.matchAll(columns)].map(([, table, column]) => ({
    kind: 'column' as const,
    name: `${table ?? ''}.${column ?? ''}`.toLowerCase(),
  }));
  const constraints =
    /\bALTER\s+TABLE\s+([a-z_][a-z0-9_]*)\s+ADD\s+CONSTRAINT\s+([a-z_][a-z0-9_]*)/gi;
  const checks = [...text.matchAll(constraints)].map(([, table, name]) => ({
    kind: 'constraint' as const,
    name: `${table ?? ''}.${name ?? ''}`.toLowerCase(),
  }));
  return [...created, ...added, ...checks];
}

async function exists(db: TestDb, object: DbObject): Promise<boolean> {
  const [table, column] = object.name.split('.');
  const query =
    object.kind === 'constraint'
      ? sql<{ found: boolean }>`SELECT EXISTS (
          SELECT 1 FROM pg_constraint
          WHERE conrelid = to_regclass(${table}) AND conname = ${column}) AS found`
      : object.kind === 'column'
        ? sql<{ found: boolean }>`SELECT EXISTS (
          SELECT 1 FROM information_schema.columns
          WHERE table_name = ${table} AND column_name = ${column}) AS found`
        : object.kind === 'function'
          ? sql<{ found: boolean }>`SELECT EXISTS (
          SELECT 1 FROM pg_proc WHERE proname = ${object.name}) AS found`
          : object.kind === 'trigger'
            ? sql<{ found: boolean }>`SELECT EXISTS (
            SELECT 1 FROM pg_trigger WHERE tgname = ${object.name} AND NOT tgisinternal) AS found`
            : sql<{ found: boolean }>`SELECT to_regclass(${object.name}) IS NOT NULL AS found`;
  const { rows } = await query.execute(db.kysely);
  return rows[0]?.found === true;
}

async function appliedVersions(db: TestDb): Promise<number[]> {
  const { rows } = await sql<{
    version: number;
  }>`SELECT version FROM schema_migrations ORDER BY version`.execute(db.kysely);
  return rows.map((row) => row.version);
}

describe('loadMigrations', () => {
  it('finds at least one migration, numbered 1, 2, 3, … in order', () => {
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, index) => index + 1));
  });

  it('refuses a gap in the version numbers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-migrations-'));
    try {
      writeFileSync(join(dir, '0001_first.sql'), 'SELECT 1;');
      writeFileSync(join(dir, '0003_third.sql'), 'SELECT 1;');
      expect(() => loadMigrations(dir)).toThrow(/found 3/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(engines())('migrations on %s', (engine) => {
  let db: TestDb | undefined;
  afterEach(async () => {
    await db?.drop();
    db = undefined;
  });

  async function fresh(): Promise<TestDb> {
    db = await createTestDbFor(engine, { migrate: false });
    return db;
  }

  it.each(migrations.map((m) => [`${m.version}_${m.name}`, m] as const))(
    'applies %s on a fresh database, records its version and creates its objects',
    async (_, migration) => {
      const opened = await fresh();
      const upTo = migrations.slice(0, migration.version);
      expect(await migrate(opened, upTo)).toBe(upTo.length);
      expect(await appliedVersions(opened)).toEqual(upTo.map((m) => m.version));
      const objects = createdObjects(migration.sql);
      expect(objects.length).toBeGreaterThan(0);
      for (const object of objects) {
        expect({ ...object, exists: await exists(opened, object) }).toEqual({
          ...object,
          exists: true,
        });
      }
    },
  );

  it('does nothing when run again', async () => {
    const opened = await fresh();
    expect(await migrate(opened)).toBe(migrations.length);
    const before = await sql<{
      version: number;
      applied_at: Date;
    }>`SELECT version, applied_at FROM schema_migrations ORDER BY version`.execute(opened.kysely);
    expect(await migrate(opened)).toBe(0);
    const after = await sql<{
      version: number;
      applied_at: Date;
    }>`SELECT version, applied_at FROM schema_migrations ORDER BY version`.execute(opened.kysely);
    expect(after.rows).toEqual(before.rows);
  });

  it('refuses to run when an applied migration was changed afterwards', async () => {
    const opened = await fresh();
    await migrate(opened);
    const [first, ...rest] = migrations;
    if (first === undefined) throw new Error('no migrations');
    const changed: Migration[] = [{ ...first, sql: `${first.sql}\n-- edited later\n` }, ...rest];
    const next: Migration = {
      version: migrations.length + 1,
      name: 'would_run_next',
      sql: 'CREATE TABLE would_run_next (id integer);',
    };
    await expect(migrate(opened, [...changed, next])).rejects.toBeInstanceOf(
      MigrationChecksumError,
    );
    await expect(migrate(opened, [...changed, next])).rejects.toThrow(
      `${String(first.version).padStart(4, '0')}_${first.name}`,
    );
    // Refused before anything later ran.
    expect(await exists(opened, { kind: 'table', name: 'would_run_next' })).toBe(false);
    expect(await appliedVersions(opened)).toEqual(migrations.map((m) => m.version));
  });

  it('runs each migration in its own transaction: a failing one leaves nothing behind', async () => {
    const opened = await fresh();
    const failing: Migration = {
      version: migrations.length + 1,
      name: 'half_done',
      sql: `CREATE TABLE half_done (id integer);
            INSERT INTO half_done VALUES (1);
            SELECT 1 / 0;`,
    };
    await expect(migrate(opened, [...migrations, failing])).rejects.toThrow(/division by zero/);
    // The earlier migrations committed on their own; the failing one left no table, no version.
    expect(await appliedVersions(opened)).toEqual(migrations.map((m) => m.version));
    expect(await exists(opened, { kind: 'table', name: 'half_done' })).toBe(false);
    // And the database is usable: the corrected migration runs.
    const fixed: Migration = { ...failing, sql: 'CREATE TABLE half_done (id integer);' };
    expect(await migrate(opened, [...migrations, fixed])).toBe(1);
    expect(await exists(opened, { kind: 'table', name: 'half_done' })).toBe(true);
  });
});
