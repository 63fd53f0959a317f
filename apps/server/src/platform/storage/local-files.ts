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

/** Writes all of `chunk` (a write may take fewer bytes than offered). */
export const writeAll = async (handle: FileHandle, chunk: Uint8Array): Promise<void> => {
  let offset = 0;
  while (offset < chunk.length) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
    offset += bytesWritten;
  }
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
