// Benchmark "estimation" (issue 7, point 10): multiple systems estimation on the Kosovo 1999
// table (4 lists, 4,400 people) and dga's five-list example. LCMCR runs with HRDAG's settings
// (K = 15, burn-in 10,000, 1,000 samples thinned by 1,000: 1,010,500 sweeps) and prints sweeps
// and kept samples per second, then the CLI's default (thinning 100). Anchor: the independence
// log-linear model, the simplest estimate, in the same process; every row checks its figure
// against the published range (9,002–12,122, truth 10,401) where the method claims to meet it.
// BENCH_LCMCR_THINNING and BENCH_LCMCR_SAMPLES shorten the HRDAG run.
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import {
  estimateDga,
  estimateLcmcr,
  estimateLogLinear,
  parsePatternCsv,
  type CaptureTable,
  type PopulationEstimate,
} from '@vigil/analytics';
import { printTable, quantile, type BenchRow } from './table';

const FIXTURES = new URL('../packages/analytics/src/estimation/fixtures/', import.meta.url);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const HRDAG_THINNING = Number(process.env.BENCH_LCMCR_THINNING ?? 1000);
const HRDAG_SAMPLES = Number(process.env.BENCH_LCMCR_SAMPLES ?? 1000);
const PUBLISHED = { lo: 9002, hi: 12_122, truth: 10_401 };

const table = (name: string): CaptureTable =>
  parsePatternCsv(readFileSync(new URL(`${name}.csv`, FIXTURES), 'utf8')).table;

const ms = (v: number): string => (v < 10 ? `${v.toFixed(2)} ms` : `${v.toFixed(0)} ms`);
const n = (v: number): string => (Number.isFinite(v) ? Math.round(v).toLocaleString('en-US') : '∞');
const figure = (r: PopulationEstimate): string =>
  `${n(r.estimate)} [${n(r.interval[0])}, ${n(r.interval[1])}]`;

/** Median time of `ROUNDS` runs, and the last result. */
const timed = <T>(fn: () => T, rounds = ROUNDS): { ms: number; result: T } => {
  const times: number[] = [];
  let result = fn();
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    result = fn();
    times.push(performance.now() - start);
  }
  return { ms: quantile(times, 0.5), result };
};

const inPublishedRange = (r: PopulationEstimate): boolean =>
  r.estimate >= PUBLISHED.lo &&
  r.estimate <= PUBLISHED.hi &&
  r.interval[0] <= PUBLISHED.truth &&
  r.interval[1] >= PUBLISHED.truth;

/** Runs the estimation benchmark and prints its table. */
export const runEstimationBench = async (): Promise<void> => {
  const kosovo = table('kosovo_aggregate_patterns');
  const fiveLists = table('madigan_york_5list');
  const rows: BenchRow[] = [];

  const anchor = timed(() => estimateLogLinear(kosovo, { terms: [] }));
  rows.push({
    metric: 'anchor: log-linear independence, Kosovo',
    result: `${ms(anchor.ms)}; ${figure(anchor.result)}`,
    goal: '-',
    met: null,
  });
  const pairs = timed(() => estimateLogLinear(kosovo));
  rows.push({
    metric: 'log-linear, 64 pairwise models by AIC, Kosovo',
    result: `${ms(pairs.ms)} (${(pairs.ms / anchor.ms).toFixed(1)}× anchor); ${figure(pairs.result)}`,
    goal: '-',
    met: null,
  });
  const triples = timed(() => estimateLogLinear(kosovo, { maxOrder: 3 }));
  rows.push({
    metric: `log-linear, ${triples.result.diagnostics.modelsFitted} models to order 3, Kosovo`,
    result: `${ms(triples.ms)}; ${figure(triples.result)}`,
    goal: '-',
    met: null,
  });
  const dgaKosovo = timed(() => estimateDga(kosovo), 3);
  rows.push({
    metric: 'dga, 61 graphs, Kosovo',
    result: `${ms(dgaKosovo.ms)} (${dgaKosovo.result.diagnostics.gridPoints} grid points); ${figure(dgaKosovo.result)}`,
    goal: '-',
    met: null,
  });
  const dgaFive = timed(() => estimateDga(fiveLists, { delta: 0.5, maxMissing: 300 }), 3);
  rows.push({
    metric: 'dga, 822 graphs, 5 lists (dga README)',
    result: `${ms(dgaFive.ms)}; top model p = ${dgaFive.result.models[0]?.posteriorProbability.toFixed(5)}`,
    goal: 'p = 0.21707 (dga)',
    met: Math.abs((dgaFive.result.models[0]?.posteriorProbability ?? 0) - 0.21707345) < 1e-6,
  });

  const lcmcrDefault = timed(() => estimateLcmcr(kosovo), 1);
  rows.push({
    metric: 'LCMCR, CLI default (thinning 100), Kosovo',
    result: `${(lcmcrDefault.ms / 1000).toFixed(1)} s; ${figure(lcmcrDefault.result)}, ESS ${Math.round(lcmcrDefault.result.diagnostics.effectiveSampleSize)}`,
    goal: 'median in 9,002–12,122, interval ∋ 10,401',
    met: inPublishedRange(lcmcrDefault.result),
  });
  console.log(
    `LCMCR with HRDAG's settings: ${HRDAG_SAMPLES} samples × thinning ${HRDAG_THINNING}…`,
  );
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const hrdag = estimateLcmcr(kosovo, { thinning: HRDAG_THINNING, samples: HRDAG_SAMPLES });
  const cpu = process.cpuUsage(cpuStart);
  const seconds = (performance.now() - start) / 1000;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const sweeps = hrdag.diagnostics.iterations;
  rows.push({
    metric: `LCMCR sweeps/s, Kosovo (K = 15, ${sweeps.toLocaleString('en-US')} sweeps)`,
    result: `${Math.round(sweeps / seconds).toLocaleString('en-US')} sweeps/s; ${(HRDAG_SAMPLES / seconds).toFixed(1)} kept samples/s; ${seconds.toFixed(1)} s`,
    goal: '-',
    met: null,
  });
  // On a shared machine wall time also counts other processes; CPU time counts only this one.
  rows.push({
    metric: 'LCMCR sweeps per CPU second (this process only)',
    result: `${Math.round(sweeps / cpuSeconds).toLocaleString('en-US')} sweeps/s; ${cpuSeconds.toFixed(1)} CPU s; load average ${(loadavg()[0] ?? 0).toFixed(1)} on ${availableParallelism()} cores`,
    goal: '-',
    met: null,
  });
  rows.push({
    metric: `LCMCR, HRDAG settings (thinning ${HRDAG_THINNING}), Kosovo`,
    result: `${figure(hrdag)}, ESS ${Math.round(hrdag.diagnostics.effectiveSampleSize)}`,
    goal: 'median in 9,002–12,122, interval ∋ 10,401',
    met: inPublishedRange(hrdag),
  });
  printTable('Multiple systems estimation (issue 7)', rows);
};
