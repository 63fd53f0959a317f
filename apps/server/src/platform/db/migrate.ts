import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import type { Database } from './schema';
import type { Db } from './types';

/** One migration file: `NNNN_name.sql` in ./migrations. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const FILE_NAME = /^(\d{4})_([a-z0-9_]+)\.sql$/;
// Any constant: serialises migration runs of several servers sharing one PostgreSQL.
const MIGRATION_LOCK_KEY = 7_415_290_001;

/** Reads the migration files in version order (from disk: the server runs from source). */
export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => FILE_NAME.exec(file))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([file, version, name]) => ({
      version: Number(version),
      name: name ?? '',
      sql: readFileSync(`${dir}/${file}`, 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration versions must be 1, 2, 3, …; found ${migration.version}.`);
    }
  });
  return migrations;
}

/** Thrown when an applied migration's file has changed since it ran. */
export class MigrationChecksumError extends Error {
  override readonly name = 'MigrationChecksumError';
}

/**
 * Applies the pending migrations in order, each in its own transaction, and records them in
 * schema_migrations. Idempotent; refuses to run when an applied migration's file has changed.
 * The checksum is computed by the database (sha256), as only packages/crypto may hash in JS.
 */
export async function migrate(db: Db, migrations: Migration[] = loadMigrations()): Promise<number> {
  await db.transaction(async (trx) => {
    await lock(trx);
    await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`.execute(trx);
  });
  let applied = 0;
  for (const migration of migrations) {
    const ran = await db.transaction(async (trx) => {
      await lock(trx);
      const checksum = await checksumOf(trx, migration.sql);
      const row = await sql<{ checksum: string }>`
        SELECT checksum FROM schema_migrations WHERE version = ${migration.version}`
        .execute(trx)
        .then((result) => result.rows[0]);
      if (row !== undefined) {
        if (row.checksum !== checksum) {
          throw new MigrationChecksumError(
            `Migration ${pad(migration.version)}_${migration.name} was changed after it was applied.`,
          );
        }
        return false;
      }
      await sql.raw(migration.sql).execute(trx);
      await sql`INSERT INTO schema_migrations (version, name, checksum)
        VALUES (${migration.version}, ${migration.name}, ${checksum})`.execute(trx);
      return true;
    });
    if (ran) applied += 1;
  }
  return applied;
}

async function lock(trx: Transaction<Database>): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`.execute(trx);
}

async function checksumOf(trx: Transaction<Database>, text: string): Promise<string> {
  const result = await sql<{ checksum: string }>`
    SELECT encode(sha256(convert_to(${text}::text, 'UTF8')), 'hex') AS checksum`.execute(trx);
  const checksum = result.rows[0]?.checksum;
  if (checksum === undefined) throw new Error('The database did not return a checksum.');
  return checksum;
}

function pad(version: number): string {
  return String(version).padStart(4, '0');
}
