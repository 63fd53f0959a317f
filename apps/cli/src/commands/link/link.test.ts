// `vigil link` in-process on real files: no server, no session; outputs, errors and exit codes.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairAccuracy } from '@vigil/analytics';
import { transliterate, translitSystems } from '@vigil/core';
import { generatePeople, SYNTHETIC_COLUMNS } from '../../../../../scripts/linkage/people';
import { runCli } from '../../main';
import { fakeClientFactory, fakeTerminal, memorySessions, noServe } from '../../testing/fakes';

const run = async (args: string[]) => {
  const term = fakeTerminal();
  const client = fakeClientFactory();
  const code = await runCli(['node', 'vigil', 'link', ...args], {
    serve: noServe,
    env: {},
    terminal: term.terminal,
    sessions: memorySessions().store,
    createClient: client.factory,
  });
  return { code, out: term.stdout(), err: term.stderr(), calls: client.calls };
};

const A = `id,surname,given_name,birth_date
a1,Иванов,Пётр,05.03.1987
a2,Сидорова,Анна,1990
`;

/** Synthetic sources (Cyrillic and several transliterations) as CSV texts, with the truth. */
const synthetic = () => {
  const sources = generatePeople(
    { records: 800, seed: 11, sources: 2 },
    { systems: translitSystems, transliterate },
  );
  const csv = sources.map((s) =>
    [
      ['id', ...SYNTHETIC_COLUMNS].join(','),
      ...s.ids.map((id, i) => [id, ...SYNTHETIC_COLUMNS.map((c) => s.columns[c][i])].join(',')),
    ].join('\n'),
  );
  const truth = new Map<string, string>(
    sources.flatMap((s, k) => s.ids.map((id, i) => [`${k + 1}:${id}`, s.person[i] ?? ''] as const)),
  );
  return { csv, truth };
};

describe('vigil link', () => {
  let dir: string;
  const file = async (name: string, content: string): Promise<string> => {
    const path = join(dir, name);
    await writeFile(path, content);
    return path;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vigil-link-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes source,id,cluster rows for every record and a JSON summary, without a server', async () => {
    const data = synthetic();
    const a = await file('s1.csv', data.csv[0] ?? '');
    const b = await file('s2.csv', data.csv[1] ?? '');
    const out = join(dir, 'clusters.csv');
    const pairs = join(dir, 'pairs.csv');
    const {
      code,
      out: stdout,
      err,
      calls,
    } = await run([
      '--input',
      a,
      '--input',
      b,
      '--id',
      'id',
      '--out',
      out,
      '--pairs',
      pairs,
      '--json',
    ]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(calls).toEqual([]);
    const summary = JSON.parse(stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({
      records: data.truth.size,
      sources: 2,
      out,
      pairs: { file: pairs },
    });
    const rows = (await readFile(out, 'utf8')).trim().split('\n');
    expect(rows[0]).toBe('source,id,cluster');
    const keyed = rows.slice(1).map((r) => r.split(','));
    expect(keyed.map(([s, id]) => `${s}:${id}`)).toEqual([...data.truth.keys()]);
    const accuracy = pairAccuracy(
      keyed.map(([, , c]) => Number(c)),
      keyed.map(([s, id]) => data.truth.get(`${s}:${id}`) ?? ''),
    );
    expect(accuracy.f1).toBeGreaterThan(0.95);
    expect((await stat(out)).mode & 0o777).toBe(0o600);
    const lines = (await readFile(pairs, 'utf8')).trim().split('\n');
    expect(lines[0]).toBe(
      'source_l,id_l,source_r,id_r,match_probability,match_weight,prior_weight,' +
        SYNTHETIC_COLUMNS.map((c) => `level_${c},weight_${c}`).join(','),
    );
    // Best first, and each row's weights add up to its match weight.
    const first = (lines[1] ?? '').split(',');
    const weights = [6, 8, 10, 12, 14, 16].map((i) => Number(first[i]));
    expect(weights.reduce((s, w) => s + w, 0)).toBeCloseTo(Number(first[5]), 2);
  });

  it('refuses a file without the id column, naming the file and its columns', async () => {
    const a = await file('noid.csv', 'name,birth_date\nIvan,1980\n');
    const { code, err } = await run(['--input', a, '--id', 'id', '--out', join(dir, 'x.csv')]);
    expect(code).toBe(2);
    expect(err).toContain(`${a} has no column "id" (its columns: "name", "birth_date")`);
  });

  it('refuses duplicate ids within a file, naming both rows', async () => {
    const a = await file('dup.csv', 'id,name\n7,Ivan\n8,Olga\n7,Petr\n');
    const { code, err } = await run(['--input', a, '--id', 'id', '--out', join(dir, 'x.csv')]);
    expect(code).toBe(1);
    expect(err).toContain('id "7" is used by rows 2 and 4');
    expect(err).toContain('(duplicate_id)');
  });

  it('refuses a list with no records and an empty file, and writes nothing', async () => {
    const header = await file('header.csv', 'id,name\n');
    const empty = await file('empty.csv', '');
    const out = join(dir, 'never.csv');
    const one = await run(['--input', header, '--id', 'id', '--out', out]);
    expect(one.code).toBe(1);
    expect(one.err).toContain('has a header but no records: nothing to link (no_records)');
    const two = await run(['--input', empty, '--id', 'id', '--out', out]);
    expect(two.code).toBe(1);
    expect(two.err).toContain('the file is empty');
    await expect(stat(out)).rejects.toThrow();
  });

  it('refuses a command line without inputs, and settings it cannot use, as usage errors', async () => {
    const a = await file('ok.csv', A);
    const none = await run(['--id', 'id', '--out', join(dir, 'x.csv')]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('give at least one --input file');
    const bad = await run([
      '--input',
      a,
      '--id',
      'id',
      '--out',
      join(dir, 'x.csv'),
      '--config',
      await file('bad.json', '{ "treshold": 0.9 }'),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('"treshold" is not a setting (invalid_config)');
    const broken = await run([
      '--input',
      a,
      '--id',
      'id',
      '--out',
      join(dir, 'x.csv'),
      '--config',
      await file('broken.json', '{'),
    ]);
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('are not valid JSON');
  });

  it('gives the same clusters on worker threads as in one thread', async () => {
    const data = synthetic();
    const a = await file('w1.csv', data.csv[0] ?? '');
    const b = await file('w2.csv', data.csv[1] ?? '');
    const one = join(dir, 'one.csv');
    const two = join(dir, 'two.csv');
    const single = await run([
      '--input',
      a,
      '--input',
      b,
      '--id',
      'id',
      '--out',
      one,
      '--workers',
      '1',
    ]);
    expect(single.code).toBe(0);
    const threaded = await run([
      '--input',
      a,
      '--input',
      b,
      '--id',
      'id',
      '--out',
      two,
      '--workers',
      '2',
    ]);
    expect(threaded.err).toBe('');
    expect(threaded.code).toBe(0);
    expect(await readFile(two, 'utf8')).toBe(await readFile(one, 'utf8'));
  });
});
