import { randomBytes, sha256Hex, toHex } from '@vigil/crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { usageError } from '../errors';
import { FILE_MODE, readJsonFile, writeJsonFile } from './json-file';

/** Bytes read per piece of a file being uploaded (one encryption chunk). */
const READ_PIECE = 1024 * 1024;

/**
 * The file from its start in pieces of READ_PIECE bytes (the last one shorter), all read into one
 * buffer: each piece is overwritten by the next (allowed by EvidenceSource), so reading a
 * gigabyte allocates one megabyte instead of a thousand, and the collector has nothing to do.
 */
async function* readPieces(path: string): AsyncGenerator<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(READ_PIECE);
    for (;;) {
      let filled = 0;
      while (filled < buffer.length) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      if (filled > 0) yield buffer.subarray(0, filled);
      if (filled < buffer.length) return;
    }
  } finally {
    await handle.close();
  }
}

/** A file to upload: its size and a reader from the start, each time afresh (to resume). */
export const fileSource = async (
  path: string,
): Promise<{
  size: number;
  mtimeMs: number;
  open(): AsyncIterable<Uint8Array>;
  /** Bytes `[start, end)` of the file (for reading its metadata). */
  readRange(start: number, end: number): Promise<Uint8Array>;
}> => {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw usageError(
      `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`,
    );
  }
  if (!info.isFile()) throw usageError(`${path} is not a file`);
  return {
    size: info.size,
    mtimeMs: info.mtimeMs,
    open: () => readPieces(path),
    readRange: async (start, end) => {
      const handle = await open(path, 'r');
      try {
        const length = Math.max(0, Math.min(end, info.size) - start);
        const bytes = new Uint8Array(length);
        const { bytesRead } = await handle.read(bytes, 0, length, start);
        return bytes.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
  };
};

/**
 * Writes a download to `path` only once it is whole and verified: the bytes go to a temporary
 * file beside it (0600), which `commit` fsyncs and renames into place and `discard` removes.
 */
const atomicFile = async (path: string) => {
  const target = resolve(path);
  const temp = join(dirname(target), `.${toHex(randomBytes(8))}.vigil-part`);
  const handle = await open(temp, 'wx', FILE_MODE);
  // One write on its way to the disk while the caller makes the next chunk (decrypting it):
  // awaiting each write before reading on left the download waiting on the disk half the time.
  let writing: Promise<void> = Promise.resolve();
  const writeAll = async (chunk: Uint8Array): Promise<void> => {
    for (let offset = 0; offset < chunk.length;) {
      offset += (await handle.write(chunk, offset)).bytesWritten;
    }
  };
  return {
    /** Queues `chunk` (not to be changed afterwards); a failed write fails the next call. */
    write: async (chunk: Uint8Array) => {
      await writing;
      writing = writeAll(chunk);
      writing.catch(() => undefined);
    },
    commit: async () => {
      await writing;
      await handle.sync();
      await handle.close();
      await rename(temp, target);
    },
    discard: async () => {
      await writing.catch(() => undefined);
      await handle.close().catch(() => undefined);
      await rm(temp, { force: true });
    },
  };
};

/**
 * Runs `fill` with the writer of an `atomicFile` at `path`: the file appears once `fill` resolves,
 * and nothing is left of it when `fill` fails.
 */
export const writeAtomically = async <T>(
  path: string,
  fill: (write: (chunk: Uint8Array) => Promise<void>) => Promise<T>,
): Promise<T> => {
  const out = await atomicFile(path);
  try {
    const result = await fill(out.write);
    await out.commit();
    return result;
  } catch (error) {
    await out.discard();
    throw error;
  }
};

/**
 * Uploads in progress on this machine, so that running the same `vigil evidence add` again
 * resumes one: keyed by a hash of server, vault, path, size and modification time (no file name
 * is written down), valued by the evidence id. Kept in VIGIL_HOME/uploads.json, 0600.
 */
export const uploadJournal = (home: string) => {
  const file = join(home, 'uploads.json');
  const keyOf = (parts: readonly (string | number)[]): Promise<string> =>
    sha256Hex(parts.join('\u0000'));
  const read = async (): Promise<Record<string, string>> => {
    const value = await readJsonFile(file);
    return typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
  };
  return {
    keyOf,
    get: async (key: string): Promise<string | undefined> => (await read())[key],
    set: async (key: string, id: string): Promise<void> => {
      await writeJsonFile(file, { ...(await read()), [key]: id });
    },
    delete: async (key: string): Promise<void> => {
      const entries = Object.entries(await read()).filter(([k]) => k !== key);
      await writeJsonFile(file, Object.fromEntries(entries));
    },
  };
};
