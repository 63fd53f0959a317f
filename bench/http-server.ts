// What the HTTP benchmarks share: a real server on the embedded database in a temporary data
// directory, one signed-in account with one vault, and a loop that times sequential requests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVigilClient } from '@vigil/client';
import { sql } from 'kysely';
import { buildApp } from '../apps/server/src/app';
import { loadConfig } from '../apps/server/src/platform/config';
import { createTestDbFor, openDatabase } from '../apps/server/src/platform/db';

export type BenchDb = Awaited<ReturnType<typeof openDatabase>>;

export interface BenchServer {
  /** The server's own database, for seeding with SQL. */
  readonly db: BenchDb;
  readonly base: string;
  readonly vaultId: string;
  /** The account that owns the vault (for created_by columns). */
  readonly account: string;
  /** The account's bearer token, as a request header. */
  readonly headers: { readonly authorization: string };
  /** A GET of `path` with the account's bearer token, ready for `sample`. */
  get(path: string): () => Promise<Response>;
}

/**
 * Runs `fn` against a fresh server and removes everything afterwards: on the embedded database
 * in a temporary data directory, or on a new database of the PostgreSQL server named by
 * VIGIL_TEST_DATABASE_URL (dropped afterwards).
 */
export const withBenchServer = async (
  name: string,
  fn: (server: BenchServer) => Promise<void>,
  engine: 'pglite' | 'postgres' = 'pglite',
): Promise<void> => {
  const dataDir = mkdtempSync(join(tmpdir(), `vigil-bench-${name}-`));
  const testDb = engine === 'postgres' ? await createTestDbFor('postgres') : null;
  // The engine in a process of its own, as `vigil serve` runs it (ADR 24).
  const db = testDb ?? (await openDatabase({ dataDir, ownProcess: true }));
  const config = loadConfig({}, { logLevel: 'warn', dataDir, authRateLimitMax: 100_000 });
  const app = await buildApp({ db, config });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
    const email = `bench-${name}@bench.example.org`;
    const password = 'bench password long enough';
    await createVigilClient({ baseUrl: base, mode: 'cli' }).register({ email, password });
    const client = createVigilClient({ baseUrl: base, mode: 'cli' });
    const token = (await client.login({ email, password })).token ?? '';
    const vault = await client.vaults.create({ name: 'Bench vault', email });
    const account =
      (
        await sql<{
          id: string;
        }>`SELECT created_by AS id FROM vaults WHERE id = ${vault.id}`.execute(db.kysely)
      ).rows[0]?.id ?? '';
    const headers = { authorization: `Bearer ${token}` };
    await fn({
      db,
      base,
      vaultId: vault.id,
      account,
      headers,
      get: (path) => () => fetch(`${base}${path}`, { headers }),
    });
  } finally {
    await app.close();
    await (testDb !== null ? testDb.drop() : db.close());
    rmSync(dataDir, { recursive: true, force: true });
  }
};

/**
 * Latencies in ms of `n` sequential calls; a failed call stops the benchmark. `before` runs ahead
 * of each call, untimed (e.g. a change that makes the server compute its answer afresh).
 */
export const sample = async (
  n: number,
  fn: () => Promise<Response>,
  before?: () => Promise<unknown>,
): Promise<number[]> => {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    if (before) await before();
    const start = performance.now();
    const res = await fn();
    const body = await res.arrayBuffer();
    out.push(performance.now() - start);
    if (!res.ok) {
      throw new Error(`bench request failed: ${res.status} ${new TextDecoder().decode(body)}`);
    }
  }
  return out;
};
