/** One row of a benchmark table. */
export interface BenchRow {
  metric: string;
  result: string;
  goal: string;
  /** true = meets the goal, false = misses it, null = no goal (the anchor, or shown for context). */
  met: boolean | null;
}

/** Prints rows as an aligned plain-text table. */
export const printTable = (title: string, rows: BenchRow[]): void => {
  const cells = rows.map((r) => [
    r.metric,
    r.result,
    r.goal,
    r.met === null ? (r.metric.startsWith('anchor') ? 'anchor' : 'info') : r.met ? 'met' : 'MISSED',
  ]);
  const header = ['metric', 'result', 'goal', 'status'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) => c.map((v, i) => v.padEnd(widths[i] ?? 0)).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
};

/** The q-quantile (0..1) of a list of numbers. */
export const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[idx] ?? Number.NaN;
};

/** A row of latencies: p50 and p95, against a p95 goal in ms (null for an anchor). */
export const latencyRow = (metric: string, samples: number[], goal: number | null): BenchRow => {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  return {
    metric,
    result: `p50 ${ms(quantile(samples, 0.5))}, p95 ${ms(quantile(samples, 0.95))}`,
    goal: goal === null ? '-' : `p95 <= ${goal} ms`,
    met: goal === null ? null : quantile(samples, 0.95) <= goal,
  };
};
