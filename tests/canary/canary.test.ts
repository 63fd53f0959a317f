// SECURITY.md "Engineering rules": a canary writes known names and text through the whole stack
// (the real `vigil serve` on the embedded database, the real client) and proves they appear
// nowhere in the database files, a dump of every table, or the server's logs.
import { createVigilClient, type VigilClient } from '@vigil/client';
import { startVigil, type RunningServer } from '@vigil/test-utils';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../apps/server/src/platform/db';
import { TEST_KDF } from '../fullstack/harness';
import { filesUnder, formsOf, occurrences } from './scan';

const tag = `q${Date.now().toString(36)}`;
const markers = {
  aliceEmail: `canary.ana.${tag}@example.org`,
  bobEmail: `canary.ivan.${tag}@example.org`,
  alicePassword: `canary passphrase of ana ${tag}`,
  bobPassword: `canary passphrase of ivan ${tag}`,
  vaultName: `Canary: Pre-trial detention centre SIZO-${tag}`,
};

let server: RunningServer;
let aliceId = '';
let vaultId = '';

const client = (): VigilClient =>
  createVigilClient({ baseUrl: server.url, mode: 'cli', kdf: TEST_KDF });

beforeAll(async () => {
  server = await startVigil({ VIGIL_LOG_LEVEL: 'trace' });
  const alice = client();
  const bob = client();
  aliceId = (await alice.register({ email: markers.aliceEmail, password: markers.alicePassword }))
    .accountId;
  await bob.register({ email: markers.bobEmail, password: markers.bobPassword });
  await alice.login({ email: markers.aliceEmail, password: markers.alicePassword });
  await bob.login({ email: markers.bobEmail, password: markers.bobPassword });
  const vault = await alice.vaults.create({ name: markers.vaultName, email: markers.aliceEmail });
  vaultId = vault.id;
  await alice.vaults.invite(vault.id, { email: markers.bobEmail, role: 'documenter' });
  await bob.vaults.accept(vault.id);
  // Failure paths log too: a wrong password and a malformed body carrying a marker.
  await expect(
    client().login({ email: markers.aliceEmail, password: `${markers.alicePassword}!` }),
  ).rejects.toMatchObject({ code: 'invalid_credentials' });
  const bad = await fetch(`${server.url}/api/auth/prelogin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: markers.vaultName }),
  });
  expect(bad.status).toBe(400);
  await server.stop({ keepData: true });
}, 180_000);

afterAll(() => {
  server.remove();
});

describe('the canary', () => {
  it('is found by the scan where it really is stored in clear: the account id', () => {
    // A control: the scan reads database pages, so a value that is stored in clear shows up.
    expect(occurrences(filesUnder(server.dataDir), { id: aliceId })).not.toEqual([]);
  });

  it('leaves no name, e-mail address, password or vault name in the database files', () => {
    expect(occurrences(filesUnder(server.dataDir), markers)).toEqual([]);
  });

  it('leaves none of them in a dump of every table', async () => {
    const db = await openDatabase({ dataDir: server.dataDir });
    try {
      const tables = await sql<{ name: string }>`
        SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`.execute(db.kysely);
      expect(tables.rows.map((t) => t.name)).toContain('vaults');
      let dump = '';
      for (const { name } of tables.rows) {
        const rows = await sql`SELECT * FROM ${sql.table(name)}`.execute(db.kysely);
        dump += JSON.stringify(rows.rows);
      }
      expect(dump).toContain(vaultId);
      const leaks = Object.entries(markers).filter(([, value]) =>
        formsOf(value).some((form) => dump.includes(form)),
      );
      expect(leaks).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('leaves none of them in the logs, which did record the requests', () => {
    const logs = server.output();
    expect(logs).toContain('"route":"/api/vaults"');
    const leaks = Object.entries(markers).filter(([, value]) =>
      formsOf(value).some((form) => logs.includes(form)),
    );
    expect(leaks).toEqual([]);
  });
});
