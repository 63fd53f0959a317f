// Benchmark "evidence" (issue 4 points 1 and 10): a 1 GiB file (BENCH_EVIDENCE_MB to change it)
// encrypted, hashed and uploaded in parts by `vigil evidence add`, then downloaded and decrypted by
// `vigil evidence get`: each a real CLI process against a real `vigil serve`, the way a user runs
// them, from the bundle `npm start` runs (ADR 17). The server is restarted on its data directory
// before the transfers, as a server that has been running a while is; the first start also
// creates the embedded database, a one-time peak reported on its own.
//
// Anchor: a plain streamed copy of the same file on the same disk, fsynced at the end (stored
// evidence is durable: each part is fsynced before it is acknowledged). This machine's speed for
// the very same copy wanders between runs (from about 210 to 400 MB/s: its memory and disk
// write-back state move), so one copy against one transfer decides little. The benchmark runs
// rounds instead (BENCH_EVIDENCE_ROUNDS, 3 by default), each a copy, an upload and a download back
// to back, and compares medians: the transfers and their anchor measured the same way, at the same
// times. Goals: the upload's and the download's median MB/s each at least half the copy's; peak
// RSS of server and client each under 200 MB over all rounds (point 1 asks it of a 2 GB file:
// run with BENCH_EVIDENCE_MB=2048). With VIGIL_TEST_DATABASE_URL set, the rounds run a second
// time with the server on that PostgreSQL.
import { execFile, spawn } from 'node:child_process';
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { createVigilClient } from '@vigil/client';
import { repoRoot, startVigil } from '@vigil/test-utils';
import { createScratchDatabase } from '../apps/server/src/platform/db';
import { printTable, quantile, type BenchRow } from './table';

const MB = 1024 * 1024;
const SIZE_MB = Number(process.env.BENCH_EVIDENCE_MB ?? 1024);
const ROUNDS = Math.max(1, Number(process.env.BENCH_EVIDENCE_ROUNDS ?? 3));
const RSS_GOAL_MB = 200;
const median = (values: number[]) => quantile(values, 0.5);
const EMAIL = 'evidence-bench@bench.example.org';
const PASSWORD = 'evidence bench password, long enough';
const VIGIL = join(repoRoot, 'apps/cli/bin/vigil.mjs');

/** Writes `mb` MiB of incompressible-looking bytes (a xorshift stream), 1 MiB at a time. */
const writeFile = async (path: string, mb: number): Promise<void> => {
  const handle = await open(path, 'w');
  let x = 0x9e3779b9;
  const block = new Uint8Array(MB);
  const words = new Uint32Array(block.buffer);
  for (let i = 0; i < mb; i++) {
    for (let j = 0; j < words.length; j++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      words[j] = x >>> 0;
    }
    await handle.write(block);
  }
  await handle.sync();
  await handle.close();
};

/** Resident memory of a process now and at its peak (VmRSS, VmHWM), in MiB; 0 once it is gone. */
const memoryOf = (pid: number): { rss: number; peak: number } => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1]);
    const rss = kb('VmRSS') / 1024;
    const peak = kb('VmHWM') / 1024;
    return { rss: Number.isNaN(rss) ? 0 : rss, peak: Number.isNaN(peak) ? 0 : peak };
  } catch {
    return { rss: 0, peak: 0 };
  }
};

/**
 * The embedded server's engine process (ADR 24: PGlite runs in a child of the server, as
 * PostgreSQL runs outside it); null on PostgreSQL, where the server has no child.
 */
const engineOf = (pid: number): number | null => {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    return children === '' ? null : Number(children.split(' ')[0]);
  } catch {
    return null;
  }
};

/** CPU seconds (user + system) a process has used so far; 0 once it is gone. */
const cpuOf = (pid: number): number => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks
  } catch {
    return 0;
  }
};

/**
 * Runs `vigil …` to its end; its peak RSS is read from /proc while it runs (VmHWM only grows, and
 * the last read comes after the transfer, before the process tears down).
 */
const runVigil = (
  args: string[],
  env: Record<string, string>,
): Promise<{ stdout: string; ms: number; peakMb: number; cpu: number }> =>
  new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, [VIGIL, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let peakMb = 0;
    let cpu = 0;
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const poll = setInterval(() => {
      if (child.pid === undefined) return;
      peakMb = Math.max(peakMb, memoryOf(child.pid).peak);
      cpu = Math.max(cpu, cpuOf(child.pid));
    }, 20);
    child.on('exit', (code) => {
      clearInterval(poll);
      const ms = performance.now() - start;
      if (code === 0) done({ stdout, ms, peakMb, cpu });
      else fail(new Error(`vigil ${args.join(' ')} exited ${code}:\n${stderr}`));
    });
  });

/** Streams `source` to a new file beside it, fsyncs it, removes it; MB/s. */
const copyOnce = async (dir: string, source: string, size: number): Promise<number> => {
  const target = join(dir, 'copy.bin');
  const start = performance.now();
  await pipeline(createReadStream(source), createWriteStream(target));
  const copied = await open(target, 'r');
  await copied.sync();
  await copied.close();
  const copyRate = rate(size, performance.now() - start);
  await rm(target);
  return copyRate;
};

/** One round: the anchor copy, then an upload and a download of the same file. */
interface Round {
  copyRate: number;
  upRate: number;
  downRate: number;
  clientUpPeakMb: number;
  clientDownPeakMb: number;
  /** CPU seconds of the round's processes, for the log. */
  cpu: string;
}

interface Rounds {
  rounds: Round[];
  serverBeforeMb: number;
  /** Peak RSS of the server over all rounds. */
  serverPeakMb: number;
  /** Peak RSS of the engine process (embedded only). */
  enginePeakMb: number | null;
  firstStartPeakMb: number;
  firstStartEnginePeakMb: number;
}

/**
 * Sets up an account and a vault, restarts the server, then runs the rounds: each copies
 * `source`, uploads it and downloads it with the CLI, and checks the download is byte-identical
 * (same SHA-256 and size).
 */
const transfer = async (
  dir: string,
  source: string,
  serverEnv: Record<string, string>,
): Promise<Rounds> => {
  const size = (await stat(source)).size;
  const first = await startVigil(serverEnv);
  let server = first;
  try {
    const setup = createVigilClient({ baseUrl: first.url, mode: 'cli' });
    await setup.register({ email: EMAIL, password: PASSWORD });
    await setup.login({ email: EMAIL, password: PASSWORD });
    const vault = await setup.vaults.create({ name: 'Evidence bench', email: EMAIL });
    const firstStartPeakMb = memoryOf(first.pid ?? 0).peak;
    const firstEngine = engineOf(first.pid ?? 0);
    const firstStartEnginePeakMb = firstEngine === null ? 0 : memoryOf(firstEngine).peak;
    await first.stop({ keepData: true });
    server = await startVigil(serverEnv, { dataDir: first.dataDir });
    const pid = server.pid ?? 0;
    const serverBeforeMb = memoryOf(pid).rss;
    const engine = engineOf(pid);

    const env = {
      VIGIL_HOME: join(dir, 'home'),
      VIGIL_PASSWORD: PASSWORD,
      VIGIL_SERVER: server.url,
    };
    await runVigil(['account', 'login', '--email', EMAIL], env);
    const rounds: Round[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const copyRate = await copyOnce(dir, source, size);
      const engineCpu0 = engine === null ? 0 : cpuOf(engine);
      const serverCpu0 = cpuOf(pid);
      const up = await runVigil(
        ['evidence', 'add', source, '--vault', vault.id, '--kind', 'video', '--json'],
        env,
      );
      const added = JSON.parse(up.stdout) as { id: string; sha256: string };
      const serverCpuUp = cpuOf(pid) - serverCpu0;
      const out = join(dir, 'downloaded.bin');
      const down = await runVigil(
        ['evidence', 'get', added.id, '--vault', vault.id, '--out', out, '--json'],
        env,
      );
      const serverCpuDown = cpuOf(pid) - serverCpu0 - serverCpuUp;
      const engineCpu = engine === null ? 0 : cpuOf(engine) - engineCpu0;
      const got = JSON.parse(down.stdout) as { sha256: string; size: number };
      if (got.sha256 !== added.sha256 || got.size !== size) {
        throw new Error('the downloaded file is not the uploaded one');
      }
      await rm(out);
      rounds.push({
        copyRate,
        upRate: rate(size, up.ms),
        downRate: rate(size, down.ms),
        clientUpPeakMb: up.peakMb,
        clientDownPeakMb: down.peakMb,
        cpu: `upload client ${up.cpu.toFixed(2)} server ${serverCpuUp.toFixed(2)}; download client ${down.cpu.toFixed(2)} server ${serverCpuDown.toFixed(2)}; engine process, both ${engineCpu.toFixed(2)}`,
      });
    }
    return {
      rounds,
      firstStartPeakMb,
      firstStartEnginePeakMb,
      serverBeforeMb,
      serverPeakMb: memoryOf(pid).peak,
      enginePeakMb: engine === null ? null : memoryOf(engine).peak,
    };
  } finally {
    await server.stop();
    first.remove();
    await rm(join(dir, 'home'), { recursive: true, force: true });
  }
};

/** Runs `fn` on a new, empty database of the PostgreSQL server at `base`, dropped afterwards. */
const withFreshDatabase = async <T>(base: string, fn: (url: string) => Promise<T>): Promise<T> => {
  const scratch = await createScratchDatabase(base, 'vigil_bench_evidence');
  try {
    return await fn(scratch.url);
  } finally {
    await scratch.drop();
  }
};

const rate = (bytes: number, ms: number) => bytes / MB / (ms / 1000);
const mbps = (r: number) => r.toFixed(0);
const each = (values: number[]) => values.map(mbps).join(', ');

const rowsOf = (label: string, t: Rounds): BenchRow[] => {
  const copy = median(t.rounds.map((r) => r.copyRate));
  const up = median(t.rounds.map((r) => r.upRate));
  const down = median(t.rounds.map((r) => r.downRate));
  const share = (r: number, all: number[]) =>
    `${mbps(r)} MB/s (${((r / copy) * 100).toFixed(0)}%; rounds ${each(all)})`;
  const clientUp = Math.max(...t.rounds.map((r) => r.clientUpPeakMb));
  const clientDown = Math.max(...t.rounds.map((r) => r.clientDownPeakMb));
  return [
    {
      metric: `anchor (${label} rounds): plain streamed copy of ${SIZE_MB} MiB, same disk, fsynced (median)`,
      result: `${mbps(copy)} MB/s (rounds ${each(t.rounds.map((r) => r.copyRate))})`,
      goal: '-',
      met: null,
    },
    {
      metric: `${label}: upload (vigil evidence add: read, hash, encrypt, send, store), median`,
      result: share(
        up,
        t.rounds.map((r) => r.upRate),
      ),
      goal: '>= 50% of the copy',
      met: up >= copy / 2,
    },
    {
      metric: `${label}: download (vigil evidence get: fetch, decrypt, hash, write), median`,
      result: share(
        down,
        t.rounds.map((r) => r.downRate),
      ),
      goal: '>= 50% of the copy',
      met: down >= copy / 2,
    },
    {
      metric: `${label}: peak RSS of the server (${t.serverBeforeMb.toFixed(0)} MB after start)`,
      result: `${t.serverPeakMb.toFixed(0)} MB`,
      goal: `< ${RSS_GOAL_MB} MB`,
      met: t.serverPeakMb < RSS_GOAL_MB,
    },
    {
      metric: `${label}: peak RSS of vigil evidence add / get`,
      result: `${clientUp.toFixed(0)} / ${clientDown.toFixed(0)} MB`,
      goal: `< ${RSS_GOAL_MB} MB`,
      met: Math.max(clientUp, clientDown) < RSS_GOAL_MB,
    },
    ...(t.enginePeakMb === null
      ? []
      : [
          {
            metric: `${label}: peak RSS of its engine process (PGlite, outside the server like PostgreSQL)`,
            result: `${t.enginePeakMb.toFixed(0)} MB`,
            goal: '-',
            met: null,
          },
        ]),
  ];
};

const logRounds = (label: string, t: Rounds) => {
  t.rounds.forEach((r, i) => {
    console.log(
      `${label}, round ${i + 1}: copy ${mbps(r.copyRate)}, upload ${mbps(r.upRate)}, download ${mbps(r.downRate)} MB/s; CPU seconds: ${r.cpu}`,
    );
  });
};

export const runEvidenceBench = async (): Promise<void> => {
  // The processes run the bundle, as `npm start` does; built fresh so it matches the sources.
  await promisify(execFile)(process.execPath, [join(repoRoot, 'apps/cli/scripts/build.mjs')]);
  const dir = await mkdtemp(join(tmpdir(), 'vigil-evidence-bench-'));
  try {
    const source = join(dir, 'original.bin');
    await writeFile(source, SIZE_MB);

    const quiet = { VIGIL_SCRUB_INTERVAL_HOURS: '0' };
    const embedded = await transfer(dir, source, quiet);
    logRounds('embedded database', embedded);
    const pgUrl = process.env.VIGIL_TEST_DATABASE_URL;
    const onPostgres =
      pgUrl === undefined || pgUrl === ''
        ? null
        : await withFreshDatabase(pgUrl, (url) =>
            transfer(dir, source, { ...quiet, VIGIL_DATABASE_URL: url }),
          );
    if (onPostgres !== null) logRounds('PostgreSQL', onPostgres);
    const rows: BenchRow[] = [
      ...rowsOf('embedded database', embedded),
      {
        metric:
          'embedded database: peak RSS of the first start, server / engine process (creates the database, once)',
        result: `${embedded.firstStartPeakMb.toFixed(0)} / ${embedded.firstStartEnginePeakMb.toFixed(0)} MB`,
        goal: '-',
        met: null,
      },
    ];
    if (onPostgres !== null) rows.push(...rowsOf('PostgreSQL', onPostgres));
    printTable(
      `evidence — ${SIZE_MB} MiB file, ${ROUNDS} rounds, vigil CLI and server processes, local object store`,
      rows,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};
