// Benchmark "linkage" (issue 7, points 2, 3 and 10).
// 1. Accuracy on the FEBRL datasets (bench/data/febrl, with their truth), default settings and no
//    labels: precision, recall and F1 of pairs; goals F1 ≥ 0.95 (febrl1, febrl2), ≥ 0.90
//    (febrl3), ≥ 0.97 (febrl4a↔4b). Baseline in the same run: the recordlinkage documentation's
//    rule-based linker (published F1 0.787 on febrl4, 0.776 on febrl1).
// 2. Accuracy on synthetic Russian and Ukrainian people with transliteration variants
//    (scripts/linkage/people.ts), against exact matching and against our linker without the
//    transliteration tables.
// 3. Speed: deduplication of 1,000,000 synthetic people end to end (name spellings, u from
//    random pairs, blocking, comparison, EM, scoring, clustering) on BENCH_LINK_WORKERS worker
//    threads (default 2, the 2 cores), goal ≤ 120 s, with peak memory; baseline: exact
//    matching on the same records. BENCH_LINK_RECORDS changes the size.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import {
  basicNameVariants,
  linkRecords,
  pairAccuracy,
  type LinkageSource,
  type PairAccuracy,
} from '@vigil/analytics';
import { cachedNameWordSpellings, transliterate, translitSystems } from '@vigil/core';
import { linkWithWorkers } from '../apps/cli/src/commands/link/parallel';
import { exactMatchClusters, pairSetAccuracy, ruleBasedFebrl } from '../scripts/linkage/baselines';
import { generatePeople } from '../scripts/linkage/people';
import { printTable, type BenchRow } from './table';

const RECORDS = Number(process.env.BENCH_LINK_RECORDS ?? 1_000_000);
const WORKERS = Number(process.env.BENCH_LINK_WORKERS ?? 2);
const SYNTHETIC_RECORDS = 10_000;
const SPEED_GOAL_S = 120;
const DATA = fileURLToPath(new URL('./data/febrl/', import.meta.url));

/** A FEBRL file as a source (comma and a space between cells), with its truth per record. */
const febrl = (name: string): { source: LinkageSource; truth: string[] } => {
  const lines = readFileSync(`${DATA}febrl_dataset${name}.csv`, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '').split(',').map((h) => h.trim());
  const rows = lines.slice(1).map((l) => l.split(',').map((c) => c.trim()));
  const columns: Record<string, string[]> = {};
  header.slice(1).forEach((h, k) => (columns[h] = rows.map((r) => r[k + 1] ?? '')));
  const ids = rows.map((r) => r[0] ?? '');
  return { source: { ids, columns }, truth: ids.map((id) => /^rec-(\d+)-/.exec(id)?.[1] ?? id) };
};

const prf = (a: PairAccuracy): string =>
  `P ${a.precision.toFixed(3)} R ${a.recall.toFixed(3)} F1 ${a.f1.toFixed(3)}`;

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

const timed = async <T>(fn: () => T | Promise<T>): Promise<{ value: T; ms: number }> => {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
};

const FEBRL = [
  { label: 'febrl1', files: ['1'], goal: 0.95 },
  { label: 'febrl2', files: ['2'], goal: 0.95 },
  { label: 'febrl3', files: ['3'], goal: 0.9 },
  { label: 'febrl4a<->4b', files: ['4a', '4b'], goal: 0.97 },
];

const febrlRows = async (): Promise<BenchRow[]> => {
  const rows: BenchRow[] = [];
  for (const set of FEBRL) {
    const loaded = set.files.map(febrl);
    const sources = loaded.map((l) => l.source);
    const truth = loaded.flatMap((l) => l.truth);
    const linking = sources.length > 1;
    const ours = await timed(() =>
      linkRecords(sources, {}, { nameVariants: cachedNameWordSpellings() }),
    );
    const sourceOf = linking ? Array.from(ours.value.data.sourceOf) : undefined;
    const accuracy = pairAccuracy(ours.value.clusters.clusterOf, truth, sourceOf);
    rows.push({
      metric: `${set.label}: ours (${truth.length} records)`,
      result: `${prf(accuracy)}, ${seconds(ours.ms)}`,
      goal: `F1 >= ${set.goal}`,
      met: accuracy.f1 >= set.goal,
    });
    const baseline = await timed(() => ruleBasedFebrl(sources, linking));
    rows.push({
      metric: `${set.label}: baseline, rule-based (recordlinkage docs)`,
      result: `${prf(pairSetAccuracy(baseline.value, truth, sourceOf))}, ${seconds(baseline.ms)}`,
      goal: '-',
      met: null,
    });
  }
  rows.push({
    metric: 'anchor: published rule-based F1 (recordlinkage docs)',
    result: 'febrl4 0.787, febrl1 0.776',
    goal: '-',
    met: null,
  });
  return rows;
};

const SYNTHETIC_KEY = ['surname', 'given_name', 'patronymic', 'birth_date'];

const syntheticRows = async (): Promise<BenchRow[]> => {
  const sources = generatePeople(
    { records: SYNTHETIC_RECORDS, seed: 7 },
    { systems: translitSystems, transliterate },
  );
  const truth = sources.flatMap((s) => s.person);
  const ours = await timed(() =>
    linkRecords(sources, {}, { nameVariants: cachedNameWordSpellings() }),
  );
  const plain = await timed(() => linkRecords(sources, {}, { nameVariants: basicNameVariants }));
  const exact = await timed(() => exactMatchClusters(sources, SYNTHETIC_KEY));
  const label = `synthetic ru/uk (${truth.length} records, 3 sources)`;
  return [
    {
      metric: `${label}: ours`,
      result: `${prf(pairAccuracy(ours.value.clusters.clusterOf, truth))}, ${seconds(ours.ms)}`,
      goal: 'F1 >= 0.95',
      met: pairAccuracy(ours.value.clusters.clusterOf, truth).f1 >= 0.95,
    },
    {
      metric: `${label}: ours without transliteration tables`,
      result: `${prf(pairAccuracy(plain.value.clusters.clusterOf, truth))}, ${seconds(plain.ms)}`,
      goal: '-',
      met: null,
    },
    {
      metric: `${label}: baseline, exact match on names and date`,
      result: `${prf(pairAccuracy(exact.value, truth))}, ${seconds(exact.ms)}`,
      goal: '-',
      met: null,
    },
  ];
};

const speedRows = async (): Promise<BenchRow[]> => {
  console.log(`generating ${RECORDS} synthetic records…`);
  const generated = await timed(() =>
    generatePeople({ records: RECORDS, seed: 1 }, { systems: translitSystems, transliterate }),
  );
  const sources = generated.value;
  const truth = sources.flatMap((s) => s.person);
  const n = truth.length;
  console.log(`linking on ${WORKERS} worker threads (${availableParallelism()} CPUs here)…`);
  const cpu = process.cpuUsage();
  let stage = '';
  const ours = await timed(() =>
    linkWithWorkers(
      sources,
      {},
      {
        workers: WORKERS,
        onProgress: (s) => {
          if (s !== stage) console.log(`  ${s}`);
          stage = s;
        },
      },
    ),
  );
  const used = process.cpuUsage(cpu);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const exact = await timed(() => exactMatchClusters(sources, SYNTHETIC_KEY));
  const stats = ours.value.stats;
  return [
    {
      metric: `${n} records: ours end to end, ${WORKERS} workers`,
      result: `${seconds(ours.ms)} (CPU ${seconds((used.user + used.system) / 1000)})`,
      goal: `<= ${SPEED_GOAL_S} s`,
      met: ours.ms / 1000 <= SPEED_GOAL_S,
    },
    {
      metric: `${n} records: peak memory (process, input included)`,
      result: `${peakMb.toFixed(0)} MB RSS`,
      goal: '-',
      met: null,
    },
    {
      metric: `${n} records: ours, accuracy`,
      result: `${prf(pairAccuracy(ours.value.clusters.clusterOf, truth))}; ${stats.candidatePairs} candidate pairs`,
      goal: '-',
      met: null,
    },
    {
      metric: `${n} records: baseline, exact match on names and date`,
      result: `${seconds(exact.ms)}, ${prf(pairAccuracy(exact.value, truth))}`,
      goal: '-',
      met: null,
    },
    {
      metric: 'anchor: Splink on DuckDB (published)',
      result: '1,000,000 records in about a minute on a laptop (more cores)',
      goal: '-',
      met: null,
    },
    {
      metric: `${n} records: generating them (not timed above)`,
      result: seconds(generated.ms),
      goal: '-',
      met: null,
    },
  ];
};

/** Runs the linkage benchmark and prints its table. */
export const runLinkageBench = async (): Promise<void> => {
  const rows = [...(await febrlRows()), ...(await syntheticRows()), ...(await speedRows())];
  printTable('Record linkage: accuracy (pairs) and speed, against baselines in the same run', rows);
};
