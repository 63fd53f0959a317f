// `vigil estimate` as a user runs it: the real executable on plain CSV files, no server, no
// VIGIL_HOME state needed; stdout carries the JSON, stderr the one-line error, exit codes 0/1/2.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const HERE = dirname(fileURLToPath(import.meta.url));
const BIN = resolve(HERE, '../../../bin/vigil.mjs');
const FIXTURES = resolve(HERE, '../../../../../packages/analytics/src/estimation/fixtures');

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

const vigil = (args: string[], home: string): Promise<Result> =>
  new Promise((done) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { PATH: process.env.PATH ?? '', VIGIL_HOME: home }, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        done({ code, stdout, stderr });
      },
    );
  });

describe('vigil estimate, the executable', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vigil-estimate-it-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('estimates Kosovo 1999 from the CSV and prints one JSON document', async () => {
    const r = await vigil(
      [
        'estimate',
        '--input',
        join(FIXTURES, 'kosovo_aggregate_patterns.csv'),
        '--method',
        'dga',
        '--json',
      ],
      join(dir, 'home'),
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      estimate: number;
      interval: [number, number];
      method: string;
    };
    expect(doc.method).toBe('dga');
    expect(doc.interval[0]).toBeLessThan(doc.estimate);
    expect(doc.interval[1]).toBeGreaterThan(doc.estimate);
    expect(doc.estimate).toBeGreaterThan(9002);
  });

  it('exits 2 on a usage error and 1 on a table it cannot use, with nothing on stdout', async () => {
    const usage = await vigil(['estimate', '--input', 'x.csv'], join(dir, 'home'));
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toMatch(/required option '--method <method>' not specified/);
    const path = join(dir, 'two.csv');
    await writeFile(path, 'A,B,count\n1,0,4\n0,1,30\n1,1,3\n');
    const table = await vigil(
      ['estimate', '--input', path, '--method', 'lcmcr', '--json'],
      join(dir, 'home'),
    );
    expect(table.code).toBe(1);
    expect(table.stdout).toBe('');
    expect(table.stderr).toBe(
      'error: LCMCR needs at least 3 lists, the table has 2 (too_few_lists)\n',
    );
  });
});
