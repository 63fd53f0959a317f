// `vigil estimate` in-process on real files: no server, no session, output and exit codes.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../main';
import { fakeClientFactory, fakeTerminal, memorySessions, noServe } from '../../testing/fakes';

const FIXTURES = fileURLToPath(
  new URL('../../../../../packages/analytics/src/estimation/fixtures/', import.meta.url),
);
const KOSOVO = join(FIXTURES, 'kosovo_aggregate_patterns.csv');
const SPINA = join(FIXTURES, 'madigan_york_3list_spina_bifida.csv');

const run = async (args: string[], interactive = false) => {
  const term = fakeTerminal({ interactive });
  const client = fakeClientFactory();
  const code = await runCli(['node', 'vigil', 'estimate', ...args], {
    serve: noServe,
    env: {},
    terminal: term.terminal,
    sessions: memorySessions().store,
    createClient: client.factory,
  });
  return { code, out: term.stdout(), err: term.stderr(), calls: client.calls };
};

describe('vigil estimate', () => {
  let dir: string;
  const file = async (name: string, content: string): Promise<string> => {
    const path = join(dir, name);
    await writeFile(path, content);
    return path;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vigil-estimate-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints the estimate, interval and method as JSON, without a server or a session', async () => {
    const { code, out, err, calls } = await run([
      '--input',
      SPINA,
      '--method',
      'loglinear',
      '--json',
    ]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(calls).toEqual([]);
    const doc = JSON.parse(out) as Record<string, unknown>;
    expect(doc).toMatchObject({
      estimate: 758,
      interval: [713, 814],
      method: 'loglinear',
      observed: 626,
      lists: ['L1', 'L2', 'L3'],
      seed: 1,
      pointEstimate: 'mle',
    });
    expect(doc).not.toHaveProperty('draws');
    expect(doc.model).toMatchObject({ name: '[L1,L2][L2,L3]' });
  });

  it('reproduces dga’s 731 on the spina bifida lists with dga’s own prior weight', async () => {
    const { code, out } = await run([
      '--input',
      SPINA,
      '--method',
      'dga',
      '--delta',
      '1',
      '--json',
    ]);
    expect(code).toBe(0);
    const doc = JSON.parse(out) as { estimate: number; interval: number[] };
    expect(Math.abs(doc.estimate - 731)).toBeLessThanOrEqual(3);
  });

  it('prints a readable summary with the models and the warnings', async () => {
    const { code, out } = await run(['--input', KOSOVO, '--method', 'loglinear']);
    expect(code).toBe(0);
    expect(out).toMatch(/^Method {8}log-linear models$/m);
    expect(out).toMatch(/^Documented {4}4,400$/m);
    expect(out).toMatch(/^Estimate {6}14,342 \(maximum likelihood\)$/m);
    expect(out).toMatch(/^95% interval {2}12,525 – 16,543 \(profile likelihood\)$/m);
    expect(out).toContain('[EXH,ABA][EXH,OSCE][EXH,HRW][ABA,OSCE][OSCE,HRW]');
    expect(out).toMatch(/Warnings:\n- Lists are not independent/);
  });

  it('gives the same LCMCR figure for the same seed, with a progress bar on a terminal', async () => {
    const args = ['--input', SPINA, '--method', 'lcmcr', '--burn-in', '200', '--samples', '50'];
    const a = await run([...args, '--thinning', '4', '--seed', '3', '--json'], true);
    const b = await run([...args, '--thinning', '4', '--seed', '3', '--json']);
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    expect(a.err).toMatch(/sampling +\[#+\] 900\/900/);
    expect(b.err).toBe('');
    expect(JSON.parse(a.out)).toMatchObject({ method: 'lcmcr', seed: 3, model: { K: 7 } });
  });

  it('estimates by stratum and adds the strata up', async () => {
    const path = await file(
      'strata.csv',
      [
        'region,A,B,C,n',
        'north,1,0,0,60',
        'north,0,1,0,49',
        'north,1,1,0,14',
        'north,0,0,1,47',
        'north,1,0,1,22',
        'north,0,1,1,12',
        'north,1,1,1,6',
        'south,1,0,0,120',
        'south,0,1,0,80',
        'south,1,1,0,30',
        'south,0,0,1,90',
        'south,1,0,1,35',
        'south,0,1,1,28',
        'south,1,1,1,9',
      ].join('\n'),
    );
    const json = await run([
      '--input',
      path,
      '--method',
      'loglinear',
      '--stratum',
      'region',
      '--json',
    ]);
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.out) as {
      estimate: number;
      observed: number;
      strata: { stratum: string; estimate: number; observed: number }[];
    };
    expect(doc.observed).toBe(602);
    expect(doc.strata.map((s) => [s.stratum, s.observed])).toEqual([
      ['north', 210],
      ['south', 392],
    ]);
    const text = await run(['--input', path, '--method', 'loglinear', '--stratum', 'region']);
    expect(text.out).toMatch(/^region +documented +estimate +95% interval$/m);
    expect(text.out).toMatch(/^total +602 /m);
  });

  describe('refuses bad input with a clear error, never a silent number', () => {
    it('a missing file, an unknown method or a flag of another method: usage errors (exit 2)', async () => {
      const missing = await run(['--input', join(dir, 'nope.csv'), '--method', 'dga']);
      expect(missing.code).toBe(2);
      expect(missing.err).toMatch(/^error: cannot read .*nope\.csv \(ENOENT\) \(usage\)$/m);
      const method = await run(['--input', SPINA, '--method', 'chao']);
      expect(method.code).toBe(2);
      expect(method.err).toMatch(/--method must be one of loglinear, lcmcr, dga/);
      const flag = await run(['--input', SPINA, '--method', 'dga', '--k', '5']);
      expect(flag.code).toBe(2);
      expect(flag.err).toMatch(/--k applies to --method lcmcr, not dga \(usage\)/);
      const none = await run(['--method', 'dga']);
      expect(none.code).toBe(2);
      expect(none.out).toBe('');
    });

    it('a cell that is not 0 or 1, naming its line', async () => {
      const path = await file('bad.csv', 'A,B,C,count\n1,0,0,4\n1,2,0,3\n');
      const { code, out, err } = await run(['--input', path, '--method', 'loglinear']);
      expect(code).toBe(1);
      expect(out).toBe('');
      expect(err).toBe('error: line 3: column "B" is "2", not 0 or 1 (invalid_table)\n');
    });

    it('an all-zero row', async () => {
      const path = await file('zero.csv', 'A,B,C,count\n1,0,0,4\n0,0,0,30\n1,1,0,3\n');
      const { code, err } = await run(['--input', path, '--method', 'loglinear']);
      expect(code).toBe(1);
      expect(err).toMatch(/line 3 marks no list .* \(all_zero_pattern\)/);
    });

    it('an empty list', async () => {
      const path = await file('empty.csv', 'A,B,C,count\n1,0,0,4\n0,1,0,30\n1,1,0,3\n');
      const { code, err } = await run(['--input', path, '--method', 'lcmcr']);
      expect(code).toBe(1);
      expect(err).toMatch(/"C" has nobody on it: remove the column .* \(empty_list\)/);
    });

    it('fewer lists than the method needs, and more than dga handles', async () => {
      const two = await file('two.csv', 'A,B,count\n1,0,4\n0,1,30\n1,1,3\n');
      const lcmcr = await run(['--input', two, '--method', 'lcmcr']);
      expect(lcmcr.code).toBe(1);
      expect(lcmcr.err).toBe(
        'error: LCMCR needs at least 3 lists, the table has 2 (too_few_lists)\n',
      );
      const dga = await run(['--input', two, '--method', 'dga']);
      expect(dga.err).toMatch(/needs at least 3 lists, the table has 2 \(too_few_lists\)/);
      const six = await file(
        'six.csv',
        'A,B,C,D,E,F,count\n1,0,0,0,0,0,4\n1,1,0,0,0,0,3\n0,0,1,1,1,1,2\n',
      );
      const many = await run(['--input', six, '--method', 'dga']);
      expect(many.err).toMatch(
        /at most 5 lists, the table has 6: merge some lists first \(too_many_lists\)/,
      );
    });

    it('one row per person read as counts, and a missing stratum column', async () => {
      const people = await file('people.csv', 'A,B,C\n1,0,0\n1,0,0\n0,1,1\n1,1,0\n');
      const asCounts = await run(['--input', people, '--method', 'loglinear']);
      expect(asCounts.code).toBe(1);
      expect(asCounts.err).toMatch(/--count none/);
      const asPeople = await run([
        '--input',
        people,
        '--method',
        'loglinear',
        '--count',
        'none',
        '--json',
      ]);
      expect(asPeople.code).toBe(0);
      expect(JSON.parse(asPeople.out)).toMatchObject({ observed: 4 });
      const stratum = await run(['--input', SPINA, '--method', 'dga', '--stratum', 'region']);
      expect(stratum.code).toBe(1);
      expect(stratum.err).toMatch(/no stratum column "region"/);
    });

    it('a chain too short to trust: the figure comes with a warning saying so', async () => {
      const { code, out } = await run([
        '--input',
        KOSOVO,
        '--method',
        'lcmcr',
        '--burn-in',
        '0',
        '--samples',
        '20',
        '--thinning',
        '1',
      ]);
      expect(code).toBe(0);
      expect(out).toMatch(/^- The sampler may not have converged or mixed well/m);
    });

    it('a file that is not text', async () => {
      const path = join(dir, 'binary.csv');
      await writeFile(path, new Uint8Array([0xff, 0xfe, 0x00, 0x41]));
      const { code, err } = await run(['--input', path, '--method', 'dga']);
      expect(code).toBe(1);
      expect(err).toMatch(/is not UTF-8 text \(invalid_table\)/);
    });
  });
});
