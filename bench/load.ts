import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '@vigil/test-utils';

export interface LoadResult {
  requestsPerSecond: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

/**
 * Runs autocannon in its own process (so the load generator does not share an event loop with
 * anything measured) against a URL on this machine, for a bounded duration.
 */
export const loadTest = (
  url: string,
  options: { seconds: number; connections: number; headers?: Record<string, string> },
): Promise<LoadResult> =>
  new Promise((done, fail) => {
    const args = [
      join(repoRoot, 'node_modules/autocannon/autocannon.js'),
      '--json',
      '-d',
      String(options.seconds),
      '-c',
      String(options.connections),
    ];
    for (const [k, v] of Object.entries(options.headers ?? {})) args.push('-H', `${k}=${v}`);
    args.push(url);
    execFile(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 }, (err, stdout) => {
      if (err) return fail(err);
      const r = JSON.parse(stdout) as {
        requests: { average: number };
        latency: { p99: number };
        non2xx: number;
        errors: number;
      };
      done({
        requestsPerSecond: r.requests.average,
        p99Ms: r.latency.p99,
        non2xx: r.non2xx,
        errors: r.errors,
      });
    });
  });
