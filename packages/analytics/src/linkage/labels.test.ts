import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LinkageError } from './errors';
import { recordRef, type RecordRef } from './explain';
import { sourceFrom, syntheticPeople } from './fixtures';
import { mergeLabels, pairKey, splitLabels, type LinkLabel } from './labels';
import { compareCandidates, finishLinkage, linkRecords, planLinkage, sampleLevels } from './link';
import type { LinkageResult } from './link';
import { explainPairOf } from './review';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return error instanceof LinkageError ? error.code : 'not a LinkageError';
  }
  return undefined;
};

const ref = (id: string): RecordRef => ({ source: 0, id });
const match = (a: string, b: string): LinkLabel => ({ a: ref(a), b: ref(b), decision: 'match' });
const nonMatch = (a: string, b: string): LinkLabel => ({
  a: ref(a),
  b: ref(b),
  decision: 'non-match',
});

/** Cluster number of a record by id (single source). */
const clusterOfId = (result: LinkageResult, id: string): number =>
  result.clusters.clusterOf[result.data.ids.indexOf(id)] ?? -1;

/** A digest of everything a run returns, to compare runs byte for byte. */
const digest = (r: LinkageResult): string => {
  const h = createHash('sha256');
  for (const a of [r.weights, r.clusters.clusterOf, r.pairs.left, r.pairs.right, r.pairs.pattern]) {
    h.update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  }
  h.update(JSON.stringify(r.model));
  h.update(JSON.stringify(r.warnings));
  h.update(JSON.stringify(r.stats));
  return h.digest('hex');
};

describe('labels', () => {
  const people = syntheticPeople(400, 3);
  const source = people.source;
  const ids = source.ids;
  const plain = linkRecords([source]);

  it('leave a run without labels byte for byte what it was before labels existed', () => {
    // Recorded before labels were added to the engine (commit 16acb2b).
    expect(digest(plain)).toBe('503c0578f61c7c2ebde6dbc51606607e5e9f37fa439cdc958c638f4ce45662d1');
    expect(digest(linkRecords([source], {}, { labels: [] }))).toBe(digest(plain));
    expect(plain.labelOf).toBeUndefined();
  });

  it('move m of the levels labelled matches show towards them, and change the prior', () => {
    // True pairs whose given names differ (typos): their level of given_name is a weak one.
    const labels: LinkLabel[] = [];
    const levels = new Map<number, number>();
    for (let i = 0; i < ids.length && labels.length < 40; i += 1) {
      for (let j = i + 1; j < ids.length; j += 1) {
        const gi = source.columns.given_name?.[i];
        const gj = source.columns.given_name?.[j];
        if (people.truth[i] !== people.truth[j] || gi === gj) continue;
        const e = explainPairOf(plain, ref(ids[i] ?? ''), ref(ids[j] ?? ''));
        const level = e.comparisons.find((c) => c.column === 'given_name')?.level ?? 0;
        if (level <= 1) continue;
        labels.push(match(ids[i] ?? '', ids[j] ?? ''));
        levels.set(level, (levels.get(level) ?? 0) + 1);
      }
    }
    expect(labels.length).toBeGreaterThan(10);
    const labelled = linkRecords([source], {}, { labels });
    const c = plain.model.comparisons.findIndex((x) => x.column === 'given_name');
    const [level] = [...levels.entries()].sort((a, b) => b[1] - a[1])[0] ?? [0];
    const before = plain.model.comparisons[c]?.levels[level]?.m ?? NaN;
    const after = labelled.model.comparisons[c]?.levels[level]?.m ?? NaN;
    // Most were judged matches already: the label only settles their posterior at 1.
    expect(after).toBeGreaterThan(before * 1.03);
    expect(labelled.model.priorMatch).not.toBe(plain.model.priorMatch);
  });

  it('put records labelled match in one cluster and records labelled non-match in two', () => {
    // A true pair the model left apart, and a false pair it joined.
    let missed: [string, string] | undefined;
    let joined: [string, string] | undefined;
    const cl = plain.clusters.clusterOf;
    for (let i = 0; i < ids.length; i += 1) {
      for (let j = i + 1; j < ids.length; j += 1) {
        const same = people.truth[i] === people.truth[j];
        if (same && cl[i] !== cl[j]) missed ??= [ids[i] ?? '', ids[j] ?? ''];
        if (!same && cl[i] === cl[j]) joined ??= [ids[i] ?? '', ids[j] ?? ''];
      }
    }
    if (missed === undefined || joined === undefined) throw new Error('the model made no error');
    const result = linkRecords(
      [source],
      {},
      {
        labels: [match(...missed), nonMatch(...joined)],
      },
    );
    expect(clusterOfId(result, missed[0])).toBe(clusterOfId(result, missed[1]));
    expect(clusterOfId(result, joined[0])).not.toBe(clusterOfId(result, joined[1]));
    expect(result.warnings).toEqual([]);
  });

  it('compare a labelled pair that blocking did not produce, so it is scored and explained', () => {
    const rows = [
      { id: 'a', surname: 'ivanov', given_name: 'petr', birth_date: '1970-01-02' },
      { id: 'b', surname: 'ivanova', given_name: 'petr', birth_date: '1970-01-02' },
      { id: 'c', surname: 'smirnov', given_name: 'oleg', birth_date: '1981-05-06' },
      { id: 'd', surname: 'smirnov', given_name: 'oleg', birth_date: '1981-05-06' },
    ];
    const options = { blocking: [['surname']], priorMatch: 0.1 };
    const without = linkRecords([sourceFrom(rows)], options);
    expect(without.pairs.left.length).toBe(1);
    const result = linkRecords([sourceFrom(rows)], options, { labels: [match('a', 'b')] });
    expect(result.pairs.left.length).toBe(2);
    expect(Array.from(result.labelOf ?? [])).toEqual([0, 1]);
    expect(clusterOfId(result, 'a')).toBe(clusterOfId(result, 'b'));
    const e = explainPairOf(result, ref('b'), ref('a'));
    expect(e.compared).toBe(true);
    expect(e.left).toEqual(ref('b'));
    expect(e.matchWeight).toBeCloseTo(result.weights[1] ?? NaN, 9);
  });

  it('let a non-match label win over match labels that chain into it, with a warning naming both', () => {
    const rows = ['p', 'q', 'r', 's'].map((id, k) => ({
      id,
      surname: `name${k}`,
      birth_date: `19${50 + k}-01-01`,
    }));
    const result = linkRecords(
      [sourceFrom(rows)],
      { priorMatch: 0.1 },
      {
        labels: [match('p', 'q'), match('q', 'r'), nonMatch('p', 'r')],
      },
    );
    expect(clusterOfId(result, 'p')).not.toBe(clusterOfId(result, 'r'));
    const joinedQ = [clusterOfId(result, 'p'), clusterOfId(result, 'r')].filter(
      (c) => c === clusterOfId(result, 'q'),
    );
    expect(joinedQ).toHaveLength(1);
    const conflicts = result.warnings.filter((w) => w.includes('was not applied'));
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatch(/record "p" of source 1 and record "r" of source 1, labelled/);
    // Deterministic: the same warning, whatever order the labels come in.
    const again = linkRecords(
      [sourceFrom(rows)],
      { priorMatch: 0.1 },
      {
        labels: [nonMatch('r', 'p'), match('r', 'q'), match('q', 'p')],
      },
    );
    expect(again.warnings).toEqual(result.warnings);
    expect(Array.from(again.clusters.clusterOf)).toEqual(Array.from(result.clusters.clusterOf));
  });

  it('refuse unknown records, a record paired with itself and a pair labelled both ways, with codes', () => {
    expect(codeOf(() => linkRecords([source], {}, { labels: [match('r1', 'nobody')] }))).toBe(
      'unknown_record',
    );
    expect(
      codeOf(() =>
        linkRecords(
          [source],
          {},
          {
            labels: [{ a: { source: 1, id: 'r1' }, b: ref('r2'), decision: 'match' }],
          },
        ),
      ),
    ).toBe('unknown_record');
    expect(codeOf(() => linkRecords([source], {}, { labels: [match('r1', 'r1')] }))).toBe(
      'invalid_label',
    );
    expect(
      codeOf(() =>
        linkRecords([source], {}, { labels: [match('r1', 'r2'), nonMatch('r2', 'r1')] }),
      ),
    ).toBe('invalid_label');
    expect(
      codeOf(() =>
        linkRecords(
          [source],
          {},
          {
            labels: [{ a: ref('r1'), b: ref('r2'), decision: 'unsure' as never }],
          },
        ),
      ),
    ).toBe('invalid_label');
  });

  it('give the same result with labels however the work is split between workers', () => {
    const labels = [match('r1', 'r5'), nonMatch('r2', 'r3')];
    const plan = planLinkage([source], {}, { labels });
    const whole = finishLinkage(plan, [sampleLevels(plan)], [compareCandidates(plan)]);
    const shares = [0, 1, 2].map((part) => ({ part, parts: 3 }));
    const split = finishLinkage(
      plan,
      shares.map((s) => sampleLevels(plan, s)),
      shares.map((s) => compareCandidates(plan, s)),
    );
    expect(Array.from(split.clusters.clusterOf)).toEqual(Array.from(whole.clusters.clusterOf));
    expect(split.model).toEqual(whole.model);
    expect(split.warnings).toEqual(whole.warnings);
    expect(structuredClone(plan)).toEqual(plan);
  });

  it('keep every match label in one cluster and every non-match label in two, for any consistent labels', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 25 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }),
        (size, seed, picks) => {
          const data = syntheticPeople(size, seed);
          const n = data.source.ids.length;
          const labels: LinkLabel[] = [];
          for (const [x, y] of picks) {
            const i = x % n;
            const j = y % n;
            if (i === j) continue;
            const a = data.source.ids[i] ?? '';
            const b = data.source.ids[j] ?? '';
            labels.push(data.truth[i] === data.truth[j] ? match(a, b) : nonMatch(a, b));
          }
          const run = () => linkRecords([data.source], { seed }, { labels });
          const result = run();
          for (const l of labels) {
            const ca = clusterOfId(result, l.a.id);
            const cb = clusterOfId(result, l.b.id);
            if (l.decision === 'match') expect(ca).toBe(cb);
            else expect(ca).not.toBe(cb);
          }
          expect(result.warnings.filter((w) => w.includes('was not applied'))).toEqual([]);
          expect(digest(run())).toBe(digest(result));
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });
});

describe('merges and splits as labels', () => {
  const people = syntheticPeople(300, 11);
  const source = people.source;
  const base = linkRecords([source]);
  const groups = new Map<number, RecordRef[]>();
  base.clusters.clusterOf.forEach((c, r) => {
    groups.set(c, [...(groups.get(c) ?? []), recordRef(base.data, r)]);
  });
  const multi = [...groups.values()].filter((g) => g.length >= 2);
  const same = (r: LinkageResult, a: RecordRef, b: RecordRef): boolean =>
    clusterOfId(r, a.id) === clusterOfId(r, b.id);

  it('merge two clusters into one by labels from one representative, and undo when they are withdrawn', () => {
    const [a, b] = multi as [RecordRef[], RecordRef[]];
    const labels = mergeLabels(a, b);
    expect(labels).toHaveLength(a.length + b.length - 1);
    const representative = [...a, ...b].sort((x, y) => (x.id < y.id ? -1 : 1))[0];
    for (const l of labels) {
      expect(l.a).toEqual(representative);
      expect(l.decision).toBe('match');
    }
    const merged = linkRecords([source], {}, { labels });
    for (const r of [...a, ...b]) expect(same(merged, r, a[0] as RecordRef)).toBe(true);
    const undone = linkRecords([source], {}, { labels: [] });
    expect(Array.from(undone.clusters.clusterOf)).toEqual(Array.from(base.clusters.clusterOf));
  });

  it('split a record off its cluster by non-match labels with each other member, and undo', () => {
    const cluster = multi.find((g) => g.length >= 3) ?? (multi[0] as RecordRef[]);
    const [record, ...rest] = cluster as [RecordRef, ...RecordRef[]];
    const labels = splitLabels(record, cluster);
    expect(labels.map((l) => pairKey(l.a, l.b))).toEqual(rest.map((r) => pairKey(record, r)));
    const split = linkRecords([source], {}, { labels });
    for (const r of rest) expect(same(split, record, r)).toBe(false);
    const undone = linkRecords([source]);
    expect(Array.from(undone.clusters.clusterOf)).toEqual(Array.from(base.clusters.clusterOf));
  });

  it('refuse to merge an empty cluster', () => {
    expect(codeOf(() => mergeLabels([], [ref('r1')]))).toBe('invalid_label');
  });
});
