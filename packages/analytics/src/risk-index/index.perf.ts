// Performance sanity check, not a test (tests never assert on wall-clock time):
//   node --import tsx packages/analytics/src/risk-index/index.perf.ts [regions] [draws]
// Times computeIndex at region level (default 110 units, every region indicator, 15 % missing,
// 1,000 draws) and, for scale, at facility level with 1,000 facilities.
import { computeIndex } from './compute';
import { indicatorsFor } from './indicators';
import type { Level } from './pillars';
import { syntheticValues } from './synthetic';

const regions = Number(process.argv[2] ?? 110);
const draws = Number(process.argv[3] ?? 1000);

const time = (level: Level, units: number, runs: number): void => {
  const values = syntheticValues(level, units, 7, 0.15);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    const result = computeIndex(level, values, { draws, seed: run });
    const used = process.cpuUsage(usage);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
    if (result.units.length !== units) throw new Error('unexpected unit count');
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  console.log(
    `${level}: ${units} units × ${indicatorsFor(level).length} indicators × ${draws} draws — ` +
      `first run ${wall[0]?.toFixed(0)} ms, median of ${runs} ${median(wall).toFixed(0)} ms ` +
      `(CPU ${median(cpu).toFixed(0)} ms)`,
  );
};

time('region', regions, 7);
time('facility', 1000, 3);
