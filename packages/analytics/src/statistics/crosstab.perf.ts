// Performance sanity check, not a test (tests never assert on wall-clock time):
//   node --import tsx packages/analytics/src/statistics/crosstab.perf.ts
// Builds a table of synthetic incidents (40,000 victims, ~3 methods each) and times cross-tabs.
import { crossTab } from './crosstab';
import { recordsBehind } from './records-behind';
import { FactTableBuilder } from './fact-table';
import type { StatsQuery } from './query';

/** Mulberry32: a small seeded generator, so every run times the same data. */
const random = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

const size = 1_000_000;
const next = random(42);
const pick = (n: number): number => Math.floor(next() * n);
const methods = Array.from({ length: 40 }, (_, i) => `m${String(i).padStart(2, '0')}`);
const regions = Array.from({ length: 85 }, (_, i) => `RU-${i}`);

const builder = new FactTableBuilder();
let started = performance.now();
for (let i = 0; i < size; i++) {
  const year = 2000 + pick(25);
  const month = 1 + pick(12);
  const count = 1 + pick(5); // 1–5 methods, 3 on average
  builder.add({
    incident: `inc-${String(pick(1e9)).padStart(9, '0')}-${i}`,
    victim: next() < 0.05 ? null : `p-${pick(40_000)}`,
    day: next() < 0.02 ? null : `${year}-${String(month).padStart(2, '0')}-15`,
    values: {
      method: Array.from({ length: count }, () => methods[pick(methods.length)] as string),
      region: [regions[pick(regions.length)] as string],
    },
  });
}
const loaded = performance.now() - started;
started = performance.now();
const table = builder.build();
const built = performance.now() - started;
console.log(`${size} incidents: added in ${loaded.toFixed(0)} ms, built in ${built.toFixed(0)} ms`);

const time = (label: string, query: StatsQuery): void => {
  const runs: number[] = [];
  let cells = 0;
  for (let run = 0; run < 7; run++) {
    const t = performance.now();
    cells = crossTab(table, query).cells.length;
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  const median = runs[3] as number;
  console.log(
    `${label}: median ${median.toFixed(0)} ms (first ${runs[0]?.toFixed(0)}…last ${runs[6]?.toFixed(0)} ms sorted), ${cells} cells`,
  );
};

time('quarter × method', { rows: 'quarter', columns: 'method' });
time('region × method, filtered to 3 methods and 2010–2019', {
  rows: 'region',
  columns: 'method',
  filter: { method: ['m01', 'm02', 'm03'] },
  from: '2010-01-01',
  to: '2019-12-31',
});
time('month', { rows: 'month' });

for (const run of ['first (sorts the ids once)', 'again']) {
  const t = performance.now();
  const { total } = recordsBehind(
    table,
    { rows: 'quarter', columns: 'method' },
    { row: '2010-Q1', column: 'm01' },
    { offset: 0, limit: 50 },
  );
  console.log(`drill-down, ${run}: ${(performance.now() - t).toFixed(0)} ms, ${total} incidents`);
}
