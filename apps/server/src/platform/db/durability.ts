import { lstat, open, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Makes everything PGlite has written so far durable; resolves after the data reached the disk. */
export type Syncer = () => Promise<void>;

/** Flushes one file or directory to the disk (fsync). */
export type Fsync = (path: string) => Promise<void>;

/**
 * Group commit in front of a Syncer. A caller must be covered by a sync that *started* after its
 * commit, so a caller arriving while a sync runs waits for the next one; every caller arriving in
 * the meantime shares that next sync. Under load that is one fsync pass per batch of commits.
 */
export class DurabilityBarrier {
  readonly #syncer: Syncer;
  #running: Promise<void> | null = null;
  #next: Promise<void> | null = null;

  constructor(syncer: Syncer) {
    this.#syncer = syncer;
  }

  /** Resolves once a sync that started after this call has finished (rejects if it failed). */
  wait(): Promise<void> {
    if (this.#next !== null) return this.#next;
    if (this.#running === null) return this.#start();
    const next = this.#running
      .catch(() => undefined)
      .then(() => {
        this.#next = null;
        return this.#start();
      });
    this.#next = next;
    return next;
  }

  /** Waits for any sync in flight; used before closing. */
  async drain(): Promise<void> {
    await (this.#next ?? this.#running ?? Promise.resolve()).catch(() => undefined);
  }

  #start(): Promise<void> {
    const run: Promise<void> = this.#syncer().finally(() => {
      if (this.#running === run) this.#running = null;
    });
    this.#running = run;
    return run;
  }
}

// mtime granularity and clock steps: look a little further back than the last pass's start.
const SLACK_MS = 2_000;

type Changed = { wal: string[]; data: string[]; control: string[]; dirs: string[] };

/**
 * The real syncer for a PGlite data directory. PGlite runs with fsync off and its WASM file layer
 * has no fsync, so its writes sit in the page cache. A pass fsyncs the files and directories
 * modified since an earlier pass began, in the order PostgreSQL itself relies on:
 *   1. pg_wal segments: the commit records that make acknowledged transactions recoverable;
 *   2. other files (relations, pg_xact, ...): pages a checkpoint wrote, which must be durable
 *      before the checkpoint that allows recycling their WAL becomes the recovery start point;
 *   3. global/pg_control: it names that checkpoint, so it goes last;
 *   4. directories, so created, renamed and recycled files are durable too.
 *
 * Only a checkpoint moves the recovery start point, and every checkpoint rewrites pg_control.
 * While pg_control holds what the last full pass saw, recovery replays all WAL since that
 * checkpoint, which rebuilds any data page, pg_xact page or created file written meanwhile: a
 * pass then needs only pg_wal (its segments and the directory). When pg_control changed, the pass
 * is full again, over everything modified since the previous *full* pass began. PGlite runs in
 * single-user mode, where nothing checkpoints on its own (see wal.ts), so full passes follow the
 * WalCheckpointer's checkpoints, start-up and shutdown. A pass over pg_wal alone spares the lstat
 * of every relation file after every commit (measured: ~15% of the server's CPU on an import).
 * The first pass is full and covers everything.
 */
export function dataDirSyncer(dir: string, fsync: Fsync = fsyncPath): Syncer {
  let fullSince = 0;
  let walSince = 0;
  let control: Buffer | null = null;
  const controlFile = join(dir, 'global', 'pg_control');
  return async () => {
    const started = Date.now();
    // Read before scanning: a checkpoint finishing during this pass is then seen by the next.
    const now = await readFile(controlFile).catch(ignoreMissing(null));
    const full = control === null || now === null || !now.equals(control);
    const changed = full
      ? await collectChanged(dir, fullSince - SLACK_MS)
      : await collectChanged(join(dir, 'pg_wal'), walSince - SLACK_MS, true);
    await Promise.all(changed.wal.map(fsync));
    await Promise.all(changed.data.map(fsync));
    await Promise.all(changed.control.map(fsync));
    await Promise.all(changed.dirs.map(fsync));
    // Only a completed pass moves a window: a failed one is retried in full next time.
    walSince = started;
    if (full) {
      fullSince = started;
      control = now;
    }
  };
}

/** Files and directories under `root` modified at or after `cutoff`; `allWal`: root is pg_wal. */
async function collectChanged(root: string, cutoff: number, allWal = false): Promise<Changed> {
  const changed: Changed = { wal: [], data: [], control: [], dirs: [] };
  const walDir = allWal ? root : join(root, 'pg_wal');
  const controlFile = join(root, 'global', 'pg_control');
  const visit = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(ignoreMissing([]));
    await Promise.all(
      entries.map(async (entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return visit(path);
        if (!entry.isFile()) return;
        const stats = await lstat(path).catch(ignoreMissing(null));
        if (stats === null || stats.mtimeMs < cutoff) return;
        if (path === controlFile) changed.control.push(path);
        else if (dir.startsWith(walDir)) changed.wal.push(path);
        else changed.data.push(path);
      }),
    );
    const stats = await lstat(dir).catch(ignoreMissing(null));
    if (stats !== null && stats.mtimeMs >= cutoff) changed.dirs.push(dir);
  };
  await visit(root);
  return changed;
}

/** The real Fsync: open read-only, fsync, close; a path that vanished meanwhile is skipped. */
export async function fsyncPath(path: string): Promise<void> {
  // WAL recycling and temporary files may vanish between listing and syncing: nothing to keep.
  const handle = await open(path, 'r').catch(ignoreMissing(null));
  if (handle === null) return;
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function ignoreMissing<T>(fallback: T): (error: unknown) => T {
  return (error: unknown) => {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return fallback;
    throw error;
  };
}
