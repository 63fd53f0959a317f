// Benchmark "evidence" (issue 4 points 1 and 10): a 1 GiB file (BENCH_EVIDENCE_MB to change it)
// encrypted, hashed and uploaded in parts by the client, then downloaded and decrypted, against
// the real `vigil serve` process on the same disk. Anchor: a plain streamed copy of the same file
// on the same disk in the same run, fsynced at the end (stored evidence is durable: each part is
// fsynced before it is acknowledged; a copy left in the page cache would be a different job). Goals: upload
// and download each at least half the copy's MB/s; peak RSS of server and client each under
// 200 MB (point 1 asks it of a 2 GB file: run with BENCH_EVIDENCE_MB=2048).
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createVigilClient } from '@vigil/client';
import type { VaultId } from '@vigil/core';
import { startVigil } from '@vigil/test-utils';
import { printTable, type BenchRow } from './table';

const MB = 1024 * 1024;
const SIZE_MB = Number(process.env.BENCH_EVIDENCE_MB ?? 1024);
const RSS_GOAL_MB = 200;

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

/** Peak resident memory of a process (VmHWM), in MiB. */
const peakRssOf = (pid: number): number => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  return kb / 1024;
};

const rate = (bytes: number, ms: number) => bytes / MB / (ms / 1000);

export const runEvidenceBench = async (): Promise<void> => {
  const dir = await mkdtemp(join(tmpdir(), 'vigil-evidence-bench-'));
  // The server's data directory on the same disk as the file and the copy.
  const server = await startVigil({ VIGIL_SCRUB_INTERVAL_HOURS: '0' });
  try {
    const source = join(dir, 'original.bin');
    await writeFile(source, SIZE_MB);
    const size = (await stat(source)).size;

    // A durable copy, as stored evidence must be: streamed, then fsynced before it counts.
    const copyStart = performance.now();
    await pipeline(createReadStream(source), createWriteStream(join(dir, 'copy.bin')));
    const copied = await open(join(dir, 'copy.bin'), 'r');
    await copied.sync();
    await copied.close();
    const copyMs = performance.now() - copyStart;
    await rm(join(dir, 'copy.bin'));

    const email = 'evidence-bench@bench.example.org';
    const password = 'evidence bench password, long enough';
    const client = createVigilClient({ baseUrl: server.url, mode: 'cli' });
    await client.register({ email, password });
    await client.login({ email, password });
    const vault = await client.vaults.create({ name: 'Evidence bench', email });
    const vaultId = vault.id as VaultId;
    const rssBefore = process.resourceUsage().maxRSS / 1024;
    console.log(
      'server peak before upload',
      server.pid && peakRssOf(server.pid),
      'current',
      server.pid && /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1],
    );

    const upStart = performance.now();
    const added = await client.evidence.add(
      vaultId,
      { size, open: () => createReadStream(source, { highWaterMark: MB }) },
      { kind: 'video', fileName: 'original.bin', mediaType: 'application/octet-stream' },
    );
    const upMs = performance.now() - upStart;
    console.log('server peak after upload', server.pid && peakRssOf(server.pid), 'up ms', upMs);

    const downStart = performance.now();
    const out = createWriteStream(join(dir, 'downloaded.bin'));
    const got = await client.evidence.download(vaultId, added.id, (chunk) =>
      out.write(chunk) ? undefined : new Promise<void>((r) => out.once('drain', () => r())),
    );
    await new Promise<void>((r, f) => out.end((e?: Error | null) => (e ? f(e) : r())));
    const downMs = performance.now() - downStart;
    if (got.sha256 !== added.sha256 || got.size !== size) {
      throw new Error('the downloaded file is not the uploaded one');
    }

    const clientPeak = process.resourceUsage().maxRSS / 1024;
    const serverPeak = server.pid === undefined ? Number.NaN : peakRssOf(server.pid);
    const copyRate = rate(size, copyMs);
    const upRate = rate(size, upMs);
    const downRate = rate(size, downMs);
    const rows: BenchRow[] = [
      {
        metric: `anchor: plain streamed copy of ${SIZE_MB} MiB, same disk, fsynced`,
        result: `${copyRate.toFixed(0)} MB/s`,
        goal: '-',
        met: null,
      },
      {
        metric: 'upload: read, hash, encrypt, send in parts, store',
        result: `${upRate.toFixed(0)} MB/s (${((upRate / copyRate) * 100).toFixed(0)}%)`,
        goal: '>= 50% of the copy',
        met: upRate >= copyRate / 2,
      },
      {
        metric: 'download: read parts, send, decrypt, hash, write',
        result: `${downRate.toFixed(0)} MB/s (${((downRate / copyRate) * 100).toFixed(0)}%)`,
        goal: '>= 50% of the copy',
        met: downRate >= copyRate / 2,
      },
      {
        metric: 'peak RSS of the server process',
        result: `${serverPeak.toFixed(0)} MB`,
        goal: `< ${RSS_GOAL_MB} MB`,
        met: serverPeak < RSS_GOAL_MB,
      },
      {
        metric: `peak RSS of the client (bench process; ${rssBefore.toFixed(0)} MB before)`,
        result: `${clientPeak.toFixed(0)} MB`,
        goal: `< ${RSS_GOAL_MB} MB`,
        met: clientPeak < RSS_GOAL_MB,
      },
    ];
    printTable(`evidence — ${SIZE_MB} MiB file, embedded server, local object store`, rows);
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
};
