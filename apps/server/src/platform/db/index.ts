// The database layer's public surface: one interface over PGlite and PostgreSQL.
export type { Database } from './schema';
export type { Db, Engine, OpenOptions, TestDb } from './types';
export { OuterHandleInTransactionError } from './errors';
export { openDatabase } from './open';
export { PGLITE_SETTINGS } from './pglite-engine';
export type { OpenOverrides } from './open';
export type { Fsync, Syncer } from './durability';
export { migrate, loadMigrations, MigrationChecksumError } from './migrate';
export type { Migration } from './migrate';
export { createScratchDatabase, createTestDb, createTestDbFor, engines } from './test-db';
