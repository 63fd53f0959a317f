// File-system helpers of LocalDirStore: durable directories, temp names, stale-temp cleanup, walk.
import type { FileHandle } from 'node:fs/promises';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { Fsync } from '../db/durability';

/** Node's error code of a failed file-system call, if any. */
export const fsCode = (error: unknown): string | undefined =>
  error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;

/** Writes all of `chunks`, in order, with as few system calls as the kernel allows. */
export const writevAll = async (handle: FileHandle, chunks: Uint8Array[]): Promise<void> => {
  let rest = chunks;
  while (rest.length > 0) {
    const { bytesWritten } = await handle.writev(rest);
    // A short write: drop what went, cut the first chunk that went only in part.
    let skip = bytesWritten;
    let i = 0;
    while (i < rest.length && skip >= (rest[i]?.length ?? 0)) skip -= rest[i++]?.length ?? 0;
    rest = rest.slice(i);
    const first = rest[0];
    if (first !== undefined && skip > 0) rest[0] = first.subarray(skip);
  }
};

/**
 * Writes a stream of chunks through two buffers of `batchBytes`: one fills while the other is on
 * its way to the disk. Per-chunk writes (a socket gives 64 KiB) awaited one by one held the
 * network back behind the disk and cost a system call and a promise per chunk. The bytes are
 * copied: a source may reuse its buffer once the next chunk is asked for.
 */
export const batchedWriter = (handle: FileHandle, batchBytes: number) => {
  const spare: Uint8Array[] = [new Uint8Array(batchBytes), new Uint8Array(batchBytes)];
  let filling = spare.pop() ?? new Uint8Array(batchBytes);
  let filled = 0;
  let writing: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => {
    await writing;
    if (filled === 0) return;
    const full = filling;
    const length = filled;
    filling = spare.pop() ?? new Uint8Array(batchBytes);
    filled = 0;
    writing = writevAll(handle, [full.subarray(0, length)]).then(() => void spare.push(full));
    // Keep a failure for the next flush or `end`, without an unhandled rejection meanwhile.
    writing.catch(() => undefined);
  };
  return {
    async write(chunk: Uint8Array): Promise<void> {
      let offset = 0;
      while (offset < chunk.length) {
        const n = Math.min(batchBytes - filled, chunk.length - offset);
        filling.set(chunk.subarray(offset, offset + n), filled);
        filled += n;
        offset += n;
        if (filled === batchBytes) await flush();
      }
    },
    async end(): Promise<void> {
      await flush();
      await writing;
    },
  };
};

/**
 * Creates `dir` (mode 0700) and its missing parents under `root`. A new directory entry is only
 * durable once its parent is synced, so every directory from the first one created down to `dir`
 * has its parent fsynced, as the database's durability barrier does for its files.
 */
export const ensureDurableDir = async (root: string, dir: string, fsync: Fsync): Promise<void> => {
  const created = await mkdir(dir, { recursive: true, mode: 0o700 });
  if (created === undefined) return;
  const toSync: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    toSync.push(dirname(d));
    if (d === created || d === root || relative(root, d).startsWith('..')) break;
  }
  for (const d of toSync.reverse()) await fsync(d);
};

let counter = 0;

/**
 * A temp-file name unique on this machine: process id, start time and a counter. Files are
 * opened with O_EXCL, so a clash fails instead of sharing a file. It starts with a dot, which no
 * key may contain, so a temp file can never be taken for an object.
 */
export const tempName = (): string => `.put-${process.pid}-${Date.now()}-${(counter += 1)}`;

/**
 * Removes temp files of puts that crashed (power loss, kill -9) before cleaning up: those not
 * modified for `olderThanMs`. A live put writes continuously, so its file stays young.
 */
export const removeStaleTemps = async (
  tmpDir: string,
  olderThanMs: number,
  now: number = Date.now(),
): Promise<number> => {
  let removed = 0;
  for (const entry of await readdir(tmpDir, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(tmpDir, entry.name);
    const stats = await stat(path).catch(() => null);
    if (stats === null || now - stats.mtimeMs < olderThanMs) continue;
    await rm(path, { force: true });
    removed += 1;
  }
  return removed;
};

/** Files under `dir` ending in `suffix`, as paths relative to `root` with '/' separators. */
export async function* walkFiles(
  root: string,
  dir: string,
  suffix: string,
  enter: (relativeDir: string) => boolean,
): AsyncIterable<string> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    if (fsCode(error) === 'ENOENT' || fsCode(error) === 'ENOTDIR') return [];
    throw error;
  });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue; // temp files and the temp directory
    const path = join(dir, entry.name);
    const rel = relative(root, path).split(sep).join('/');
    if (entry.isDirectory()) {
      if (enter(`${rel}/`)) yield* walkFiles(root, path, suffix, enter);
    } else if (entry.isFile() && entry.name.endsWith(suffix)) {
      yield rel;
    }
  }
}
