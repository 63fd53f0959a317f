import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root, for spawning the real `vigil` executable. */
export const repoRoot = resolve(import.meta.dirname, '../../..');

/** A free TCP port on the loopback interface. */
export const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => done(port));
    });
  });

export interface RunningServer {
  url: string;
  /** The server process (benchmarks read its peak memory from /proc). */
  pid: number | undefined;
  dataDir: string;
  output: () => string;
  /** Stops the server; the data directory is removed unless `keepData` (then call `remove`). */
  stop: (options?: { keepData?: boolean }) => Promise<void>;
  remove: () => void;
}

/**
 * Starts the real `vigil serve` and waits until it answers: on a fresh data directory, or on
 * `dataDir` when given (a restart over data a stopped server kept).
 */
export const startVigil = async (
  extraEnv: Record<string, string> = {},
  options: { dataDir?: string } = {},
): Promise<RunningServer> => {
  const port = await freePort();
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'vigil-e2e-'));
  let out = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(repoRoot, 'apps/cli/bin/vigil.mjs'),
      'serve',
      '--port',
      String(port),
      '--data-dir',
      dataDir,
    ],
    { cwd: repoRoot, env: { ...process.env, VIGIL_LOG_LEVEL: 'warn', ...extraEnv }, stdio: 'pipe' },
  );
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vigil serve exited early:\n${out}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`vigil serve did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: child.pid,
    dataDir,
    output: () => out,
    stop: async (options = {}) => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (options.keepData !== true) rmSync(dataDir, { recursive: true, force: true });
    },
    remove: () => rmSync(dataDir, { recursive: true, force: true }),
  };
};
