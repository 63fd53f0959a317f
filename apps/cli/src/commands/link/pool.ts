import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  compareCandidates,
  sampleLevels,
  type BlockShare,
  type ComparedPairs,
  type LevelCounts,
  type LinkagePlan,
} from '@vigil/analytics';
import { cachedNameWordSpellings } from '@vigil/core';

// Worker threads for `vigil link` and the linkage benchmark. A worker runs this same module
// (sources through tsx, or the bundle chunk it was built into), so it works from the sources and
// from the bundle alike; the flag in workerData tells the module it is a worker.

const FLAG = 'vigilLinkWorker';

/** Work a worker can do. */
export type Task =
  | { readonly kind: 'variants'; readonly words: readonly string[] }
  | { readonly kind: 'plan'; readonly plan: LinkagePlan }
  | { readonly kind: 'sample'; readonly share: BlockShare }
  | { readonly kind: 'compare'; readonly share: BlockShare };

/** What each task returns. */
export interface TaskResult {
  variants: (readonly string[])[];
  plan: true;
  sample: LevelCounts;
  compare: ComparedPairs;
}

/** Progress a worker reports while it works on a task. */
export interface WorkerProgress {
  readonly done: number;
  readonly total: number;
}

type Request = { readonly id: number; readonly task: Task };
type Reply =
  | { readonly id: number; readonly result: TaskResult[Task['kind']] }
  | { readonly id: number; readonly error: string }
  | { readonly id: number; readonly progress: WorkerProgress };

const buffersOf = (pairs: ComparedPairs): ArrayBuffer[] =>
  [
    pairs.left,
    pairs.right,
    pairs.pattern,
    pairs.patterns.levels,
    pairs.training.pattern,
    pairs.training.mask,
    pairs.training.count,
  ].map((a) => a.buffer as ArrayBuffer);

/** The worker side: answers tasks until the pool closes. */
const serve = (): void => {
  const port = parentPort;
  if (port === null) return;
  let plan: LinkagePlan | undefined;
  const variants = cachedNameWordSpellings();
  port.on('message', (message: Request) => {
    const { id, task } = message;
    const progress = (done: number, total: number): void =>
      port.postMessage({ id, progress: { done, total } } satisfies Reply);
    try {
      if (task.kind === 'variants') {
        port.postMessage({ id, result: task.words.map((w) => [...variants(w)]) } satisfies Reply);
      } else if (task.kind === 'plan') {
        plan = task.plan;
        port.postMessage({ id, result: true } satisfies Reply);
      } else if (plan === undefined) {
        throw new Error('no plan sent before the work');
      } else if (task.kind === 'sample') {
        const counts = sampleLevels(plan, task.share, progress);
        port.postMessage(
          { id, result: counts } satisfies Reply,
          counts.map((c) => c.buffer as ArrayBuffer),
        );
      } else {
        const pairs = compareCandidates(plan, task.share, progress);
        port.postMessage({ id, result: pairs } satisfies Reply, buffersOf(pairs));
      }
    } catch (error) {
      port.postMessage({
        id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies Reply);
    }
  });
};

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[FLAG] === true) serve();

/**
 * The URL of tsx's ESM registration API. `import.meta.resolve` finds it under Node; test runners
 * that rewrite `import.meta` lack it, so the package's own export map is read instead.
 */
const tsxApiUrl = (): string => {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    const require = createRequire(import.meta.url);
    const manifest = require.resolve('tsx/package.json');
    const pkg = require('tsx/package.json') as {
      exports: Record<string, { import?: { default?: string } } | string>;
    };
    const entry = pkg.exports['./esm/api'];
    const path = typeof entry === 'string' ? entry : (entry?.import?.default ?? '');
    return new URL(path, pathToFileURL(manifest)).href;
  }
};

/** Starts one worker on this module; from TypeScript sources it registers tsx first. */
const startWorker = (): Worker => {
  const self = import.meta.url;
  const code = self.endsWith('.ts')
    ? `import(${JSON.stringify(tsxApiUrl())}).then((m) => { m.register(); return import(${JSON.stringify(self)}); });`
    : `import(${JSON.stringify(self)});`;
  return new Worker(code, { eval: true, workerData: { [FLAG]: true }, execArgv: [] });
};

/** Copies every typed array of a plain-data value into shared memory, so workers share one copy. */
export const shareArrays = <T>(value: T): T => {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const view = value as unknown as Int32Array;
    const Ctor = view.constructor as new (buffer: SharedArrayBuffer) => Int32Array;
    const shared = new Ctor(new SharedArrayBuffer(view.byteLength));
    shared.set(view);
    return shared as unknown as T;
  }
  if (Array.isArray(value)) {
    return (value.length > 0 && typeof value[0] === 'string' ? value : value.map(shareArrays)) as T;
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shareArrays(v)])) as T;
  }
  return value;
};

/** A fixed set of workers that run tasks; each task goes to one worker. */
export class WorkerPool {
  private readonly workers: Worker[];
  private next = 0;
  private readonly pending = new Map<
    number,
    {
      resolve: (v: unknown) => void;
      reject: (e: Error) => void;
      progress?: (p: WorkerProgress) => void;
    }
  >();

  constructor(readonly size: number) {
    this.workers = Array.from({ length: size }, () => {
      const worker = startWorker();
      worker.on('message', (reply: Reply) => {
        const waiting = this.pending.get(reply.id);
        if (waiting === undefined) return;
        if ('progress' in reply) {
          waiting.progress?.(reply.progress);
          return;
        }
        this.pending.delete(reply.id);
        if ('error' in reply) waiting.reject(new Error(reply.error));
        else waiting.resolve(reply.result);
      });
      worker.on('error', (error) => this.failAll(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.failAll(new Error(`a linkage worker stopped (exit code ${code})`));
      });
      return worker;
    });
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  /** Runs a task on worker `index`. */
  run<K extends Task['kind']>(
    index: number,
    task: Extract<Task, { kind: K }>,
    progress?: (p: WorkerProgress) => void,
  ): Promise<TaskResult[K]> {
    const worker = this.workers[index];
    if (worker === undefined) return Promise.reject(new Error(`no worker ${index}`));
    const id = (this.next += 1);
    return new Promise<TaskResult[K]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, progress });
      worker.postMessage({ id, task } satisfies Request);
    });
  }

  /** Runs one task per worker, built from its index. */
  all<K extends Task['kind']>(
    task: (index: number) => Extract<Task, { kind: K }>,
    progress?: (index: number, p: WorkerProgress) => void,
  ): Promise<TaskResult[K][]> {
    return Promise.all(
      this.workers.map((_, i) => this.run(i, task(i), progress && ((p) => progress(i, p)))),
    );
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
