import {
  checkLinkageSources,
  finishLinkage,
  nameWords,
  planLinkage,
  resolveSettings,
  type LinkageConfig,
  type LinkageProgress,
  type LinkageResult,
  type LinkageSource,
  type NameVariants,
} from '@vigil/analytics';
import { shareArrays, WorkerPool } from './pool';
import { cachedNameWordSpellings } from '@vigil/core';

/** How a linkage run uses threads. */
export interface ParallelOptions {
  /** Worker threads (1 = everything in this thread). */
  readonly workers: number;
  readonly onProgress?: LinkageProgress;
}

/** Distinct words of the name columns the settings compare (and swap with). */
const distinctNameWords = (sources: readonly LinkageSource[], config: LinkageConfig): string[] => {
  const settings = resolveSettings(sources, config);
  const columns = new Set<string>();
  for (const s of settings.comparisons) {
    if (s.kind !== 'name') continue;
    columns.add(s.column);
    if (s.swapWith !== undefined) columns.add(s.swapWith);
  }
  // Cells repeat far more than words: normalise each distinct cell once.
  const cells = new Set<string>();
  for (const source of sources) {
    for (const column of columns) {
      for (const cell of source.columns[column] ?? []) if (cell) cells.add(cell);
    }
  }
  const words = new Set<string>();
  for (const cell of cells) for (const w of nameWords(cell)) words.add(w);
  return [...words];
};

/**
 * Links records with core's transliteration systems for names, spreading the heavy stages over
 * worker threads: the spellings of distinct name words, the random pairs for u, and the blocks.
 * Preparing, training, scoring and clustering run here. The result is the same for any number
 * of workers (shares are fixed by position, patterns renumbered on merge).
 */
export const linkWithWorkers = async (
  sources: readonly LinkageSource[],
  config: LinkageConfig,
  options: ParallelOptions,
): Promise<LinkageResult> => {
  const progress = options.onProgress;
  checkLinkageSources(sources);
  if (options.workers <= 1) {
    const { linkRecords } = await import('@vigil/analytics');
    return linkRecords(sources, config, {
      nameVariants: cachedNameWordSpellings(),
      onProgress: progress,
    });
  }
  const pool = new WorkerPool(options.workers);
  try {
    progress?.('prepare', 0, 3);
    const words = distinctNameWords(sources, config);
    const parts = options.workers;
    const chunks = await pool.all((i) => ({
      kind: 'variants',
      words: words.filter((_, k) => k % parts === i),
    }));
    const spellings = new Map<string, readonly string[]>();
    chunks.forEach((list, i) => {
      let k = 0;
      words.forEach((w, at) => {
        if (at % parts === i) spellings.set(w, list[k++] ?? [w]);
      });
    });
    const fallback = cachedNameWordSpellings();
    const nameVariants: NameVariants = (w) => spellings.get(w) ?? fallback(w);
    progress?.('prepare', 1, 3);
    const plan = planLinkage(sources, config, { nameVariants });
    progress?.('prepare', 2, 3);
    // Workers need no ids; the rest goes to shared memory once instead of a copy per worker.
    const shared = shareArrays({ ...plan, data: { ...plan.data, ids: [] } });
    await pool.all(() => ({ kind: 'plan', plan: shared }));
    progress?.('prepare', 3, 3);
    const done = new Array<number>(parts).fill(0);
    const report =
      (stage: 'sample' | 'block') => (i: number, p: { done: number; total: number }) => {
        done[i] = p.done;
        progress?.(stage, Math.min(...done), p.total);
      };
    const sampled = await pool.all(
      (i) => ({ kind: 'sample', share: { part: i, parts } }),
      report('sample'),
    );
    done.fill(0);
    const compared = await pool.all(
      (i) => ({ kind: 'compare', share: { part: i, parts } }),
      report('block'),
    );
    await pool.close();
    return finishLinkage(plan, sampled, compared, progress);
  } finally {
    await pool.close();
  }
};
