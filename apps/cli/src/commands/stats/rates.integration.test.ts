// `vigil stats --rate` against a real server on a demo vault: rates per 1,000 places of capacity
// and per 100 documented detentions agree with the API, read as counts times the unit over the
// denominator, show "no denominator" (never 0) where none is known, and are refused by a
// dimension the denominator does not divide into.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVigilClient, type VigilClient } from '@vigil/client';
import { statsResponseSchema, type StatsResponse, type VaultId } from '@vigil/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, freePort, runVigil as vigil, type CliResult } from '../../testing/run-vigil';
// Test files may cross the app boundary: the CLI is exercised against the real server.
import { startServer } from '../../../../server/src/index';

const PASSWORD = 'a passphrase for rates';
const EMAIL = 'rates@example.org';

const ok = (r: CliResult): string => expectOk(r).stdout;

describe('vigil stats --rate against a real server', () => {
  let root: string;
  let server: { close(): unknown } | undefined;
  let env: Record<string, string>;
  let vaultId: VaultId;
  let client: VigilClient;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'vigil-rates-it-'));
    const port = await freePort();
    server = await startServer({ port, host: '127.0.0.1', dataDir: join(root, 'data') });
    env = {
      VIGIL_HOME: join(root, 'home'),
      VIGIL_PASSWORD: PASSWORD,
      VIGIL_SERVER: `http://127.0.0.1:${port}`,
    };
    const demo = ok(
      await vigil(['demo', '--email', EMAIL, '--people', '80', '--seed', 'rates', '--json'], env),
    );
    vaultId = (JSON.parse(demo) as { vaultId: VaultId }).vaultId;
    client = createVigilClient({ baseUrl: env.VIGIL_SERVER ?? '', mode: 'cli' });
    await client.login({ email: EMAIL, password: PASSWORD });
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  const stats = async (args: string[]): Promise<StatsResponse> =>
    statsResponseSchema.parse(
      JSON.parse(ok(await vigil(['stats', '--vault', vaultId, ...args, '--json'], env))),
    );

  it('gives incidents per 1,000 places by facility type, the same as the API, each rate its count over its denominator', async () => {
    const tab = await stats(['--by', 'facility-type', '--rate', 'capacity']);
    expect(tab).toEqual(
      await client.statistics.query(vaultId, { rows: 'facility-type', rate: { per: 'capacity' } }),
    );
    const rate = tab.rate;
    expect(rate).toMatchObject({ per: 'capacity', unit: 1000 });
    const known = rate?.rowTotals.filter((f) => f.denominator !== null) ?? [];
    expect(known.length).toBeGreaterThan(0);
    for (const f of rate?.rowTotals ?? []) {
      const count = tab.rowTotals.find((c) => c.row === f.row)?.incidents ?? 0;
      if (f.denominator === null) expect(f.incidents).toBeNull();
      else expect(f.incidents).toBeCloseTo((count * 1000) / f.denominator, 9);
    }
  });

  it('prints a table with the denominator, its unit and "no denominator" where there is none', async () => {
    const out = ok(
      await vigil(['stats', '--vault', vaultId, '--by', 'facility', '--rate', 'capacity'], env),
    );
    expect(out).toContain('incidents per 1,000 places');
    expect(out).toContain('Denominator: places: the capacity of the facilities in the register');
    const ru = ok(
      await vigil(
        ['stats', '--vault', vaultId, '--by', 'year', '--rate', 'detentions', '--lang', 'ru'],
        env,
      ),
    );
    expect(ru).toContain('на 100 задокументированных задержаний');
    // Undated incidents form the unknown row: it has no denominator, shown as such, not 0.
    const byYear = await stats(['--by', 'year', '--rate', 'detentions']);
    if (byYear.rows.includes(null)) expect(ru).toContain('нет знаменателя');
    expect(byYear.rate?.rowTotals.filter((f) => f.denominator !== null).length).toBeGreaterThan(0);
  });

  it('refuses a rate by a dimension its denominator does not divide into', async () => {
    const result = await vigil(
      ['stats', '--vault', vaultId, '--by', 'method', '--rate', 'detentions'],
      env,
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('--rate detentions needs --by to start with facility');
  });
});
