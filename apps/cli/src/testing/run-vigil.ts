// Test-only: the real `vigil` executable run as a child process against a real server, for the
// CLI's integration tests.
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** The `vigil` executable of this checkout. */
export const VIGIL_BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../bin/vigil.mjs');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `vigil` with `args` (asynchronously: the server under test shares this process's loop), in
 * a clean environment — nothing leaks in from the developer's shell, no real ~/.vigil — with the
 * test-only fast KDF for new accounts.
 */
export const runVigil = (
  args: readonly string[],
  env: Record<string, string>,
  timeoutMs = 120_000,
): Promise<CliResult> =>
  new Promise((done) => {
    execFile(
      process.execPath,
      [VIGIL_BIN, ...args],
      { env: { PATH: process.env.PATH ?? '', VIGIL_KDF_FAST: '1', ...env }, timeout: timeoutMs },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        done({ code, stdout, stderr });
      },
    );
  });

/** A port that was free a moment ago. */
export const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => done(port));
    });
  });

/** Expects the run to have succeeded with no error line; answers it for chaining. */
export const expectOk = (r: CliResult): CliResult => {
  expect(r.stderr.match(/^error: .*$/m)?.[0] ?? null).toBeNull();
  expect(r.code).toBe(0);
  return r;
};
