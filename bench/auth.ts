// Benchmark "auth" (issue 2): client-side register, login and unlock times, and authenticated API
// throughput on the embedded database. Anchor: unauthenticated GET /api/health in the same run,
// which shows what the HTTP stack alone does on this machine.
import { createVigilClient } from '@vigil/client';
import { startVigil } from '@vigil/test-utils';
import { loadTest } from './load';
import { printTable, quantile, type BenchRow } from './table';

const ROUNDS = 5;
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;

/** Times an async function in milliseconds. */
const time = async (fn: () => Promise<unknown>): Promise<number> => {
  const start = performance.now();
  await fn();
  return performance.now() - start;
};

export const runAuthBench = async (): Promise<void> => {
  const server = await startVigil();
  try {
    const register: number[] = [];
    const login: number[] = [];
    const unlock: number[] = [];
    let token = '';
    for (let i = 0; i < ROUNDS; i++) {
      const email = `bench-${i}@bench.example.org`;
      const password = `bench password ${i} long enough`;
      register.push(
        await time(() =>
          createVigilClient({ baseUrl: server.url, mode: 'cli' }).register({ email, password }),
        ),
      );
      const client = createVigilClient({ baseUrl: server.url, mode: 'cli' });
      login.push(
        await time(async () => {
          token = (await client.login({ email, password })).token ?? '';
        }),
      );
      const resumed = createVigilClient({ baseUrl: server.url, mode: 'cli', token });
      await resumed.resume();
      unlock.push(await time(() => resumed.unlock(password)));
    }
    const authed = createVigilClient({ baseUrl: server.url, mode: 'cli', token });
    await authed.resume();
    await authed.unlock(`bench password ${ROUNDS - 1} long enough`);
    await authed.vaults.create({
      name: 'Bench vault',
      email: `bench-${ROUNDS - 1}@bench.example.org`,
    });

    const anchor = await loadTest(`${server.url}/api/health`, {
      seconds: LOAD_SECONDS,
      connections: CONNECTIONS,
    });
    const api = await loadTest(`${server.url}/api/vaults`, {
      seconds: LOAD_SECONDS,
      connections: CONNECTIONS,
      headers: { authorization: `Bearer ${token}` },
    });

    const ms = (v: number) => `${v.toFixed(0)} ms`;
    const rows: BenchRow[] = [
      {
        metric: `register, client (median of ${ROUNDS})`,
        result: ms(quantile(register, 0.5)),
        goal: '-',
        met: null,
      },
      {
        metric: `login incl. unlock, client (median)`,
        result: ms(quantile(login, 0.5)),
        goal: '-',
        met: null,
      },
      {
        metric: `unlock, client (median)`,
        result: ms(quantile(unlock, 0.5)),
        goal: '<= 300 ms',
        met: quantile(unlock, 0.5) <= 300,
      },
      { metric: `unlock, client (max)`, result: ms(Math.max(...unlock)), goal: '-', met: null },
      {
        metric: `anchor: GET /api/health, no auth (${CONNECTIONS} conn)`,
        result: `${anchor.requestsPerSecond.toFixed(0)} req/s, p99 ${anchor.p99Ms} ms`,
        goal: '-',
        met: null,
      },
      {
        metric: `GET /api/vaults, bearer auth (${CONNECTIONS} conn)`,
        result: `${api.requestsPerSecond.toFixed(0)} req/s`,
        goal: '>= 2000 req/s',
        met: api.requestsPerSecond >= 2000 && api.non2xx === 0 && api.errors === 0,
      },
      {
        metric: 'GET /api/vaults p99 latency',
        result: `${api.p99Ms} ms`,
        goal: '<= 20 ms',
        met: api.p99Ms <= 20,
      },
      {
        metric: 'authenticated share of anchor throughput',
        result: `${((100 * api.requestsPerSecond) / Math.max(1, anchor.requestsPerSecond)).toFixed(0)} %`,
        goal: '-',
        met: null,
      },
    ];
    if (api.non2xx > 0 || api.errors > 0) {
      rows.push({
        metric: 'failed requests',
        result: `${api.non2xx} non-2xx, ${api.errors} errors`,
        goal: '0',
        met: false,
      });
    }
    printTable('auth — embedded database (PGlite), 2 cores', rows);
  } finally {
    await server.stop();
  }
};
