import { link, mkdir, rm, stat, unlink } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { dirname, join } from 'node:path';
import { fsyncPath, type Fsync } from '../db/durability';
import { StorageError, asStorageError } from './errors';
import { bytesOf, checkExpected, checkRange, startDigest } from './hashing';
import { keyPrefix, objectKey } from './keys';
import { ensureDurableDir, fsCode, removeStaleTemps, tempName, walkFiles } from './local-files';
import { openObjectReader, openObjectWriter, type ObjectWriter } from './direct-io';
import type {
  ByteRange,
  ByteSource,
  ListedObject,
  ObjectStore,
  PutOptions,
  PutResult,
} from './types';

/** Suffix of object files: keys have no dots, so `a` (a.obj) and `a/b` (a/b.obj) never clash. */
const SUFFIX = '.obj';
const TMP_DIR = '.tmp';
/** Temp files untouched this long belong to a crashed put. */
export const STALE_TEMP_MS = 30 * 60 * 1000;

/** Maps file-system failures to StorageError `io`, keeping StorageErrors as they are. */
const io = <T>(promise: Promise<T>): Promise<T> =>
  promise.catch((error: unknown) => {
    throw asStorageError(error);
  });

/**
 * Objects as files under `<dataDir>/objects/` (mode 0600, directories 0700). A put writes a temp
 * file in `objects/.tmp/`, fsyncs it, hard-links it into place and fsyncs the directory: link
 * fails on an existing name, which makes write-once atomic (rename would overwrite), and a
 * reader never sees a partial file.
 */
export class LocalDirStore implements ObjectStore {
  readonly root: string;
  readonly #tmpDir: string;
  readonly #fsync: Fsync;

  private constructor(root: string, fsync: Fsync) {
    this.root = root;
    this.#tmpDir = join(root, TMP_DIR);
    this.#fsync = fsync;
  }

  /**
   * Opens (creating) the store under `dataDir` and removes temp files of crashed puts.
   * `fsync` syncs a directory; tests record it, everyone else keeps the real one.
   */
  static async open(
    dataDir: string,
    options: { staleTempMs?: number; fsync?: Fsync } = {},
  ): Promise<LocalDirStore> {
    const store = new LocalDirStore(join(dataDir, 'objects'), options.fsync ?? fsyncPath);
    await io(mkdir(dataDir, { recursive: true, mode: 0o700 }));
    await io(ensureDurableDir(dataDir, store.#tmpDir, store.#fsync));
    await io(removeStaleTemps(store.#tmpDir, options.staleTempMs ?? STALE_TEMP_MS));
    return store;
  }

  /** The file of a key (for tests and scrub diagnostics; keys are ids only). */
  pathOf(key: string): string {
    return join(this.root, `${objectKey(key)}${SUFFIX}`);
  }

  async put(key: string, source: ByteSource, options: PutOptions = {}): Promise<PutResult> {
    const path = this.pathOf(key);
    // Cheap early refusal; the link below is what makes write-once atomic.
    if (await this.#exists(path)) throw new StorageError('exists');
    const tmp = join(this.#tmpDir, tempName());
    let writer: ObjectWriter | undefined = await io(openObjectWriter(tmp, 0o600));
    try {
      const digest = await startDigest();
      // Errors from the source pass through unchanged; only our own I/O becomes `io`.
      for await (const chunk of bytesOf(source)) {
        digest.update(chunk);
        await io(writer.write(chunk));
      }
      await io(writer.end());
      const result = digest.finish();
      checkExpected(result.sha256, options.expectedSha256);
      await io(writer.sync());
      await io(writer.close());
      writer = undefined;
      await io(ensureDurableDir(this.root, dirname(path), this.#fsync));
      await link(tmp, path).catch((error: unknown) => {
        throw fsCode(error) === 'EEXIST' ? new StorageError('exists') : asStorageError(error);
      });
      await io(this.#fsync(dirname(path)));
      return result;
    } finally {
      await writer?.close().catch(() => undefined);
      // After a link the object has its own name; the temp name goes either way.
      await rm(tmp, { force: true }).catch(() => undefined);
    }
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    checkRange(range);
    const refuseRange = (size: number) => {
      if (range !== undefined && range.start >= size) throw new StorageError('bad_range');
    };
    return openObjectReader(this.pathOf(key), range, { onSize: refuseRange }).catch(
      (error: unknown) => {
        throw fsCode(error) === 'ENOENT' ? new StorageError('not_found') : asStorageError(error);
      },
    );
  }

  async head(key: string): Promise<{ size: number } | null> {
    const stats = await stat(this.pathOf(key)).catch((error: unknown) => {
      if (fsCode(error) === 'ENOENT') return null;
      throw asStorageError(error);
    });
    return stats === null ? null : { size: stats.size };
  }

  async delete(key: string): Promise<void> {
    const path = this.pathOf(key);
    const removed = await unlink(path).then(
      () => true,
      (error: unknown) => {
        if (fsCode(error) === 'ENOENT') return false;
        throw asStorageError(error);
      },
    );
    if (removed) await io(this.#fsync(dirname(path)));
  }

  async *list(prefix: string): AsyncIterable<ListedObject> {
    const wanted = keyPrefix(prefix);
    const base = wanted.slice(0, wanted.lastIndexOf('/') + 1);
    const enter = (dir: string): boolean => dir.startsWith(wanted) || wanted.startsWith(dir);
    try {
      for await (const rel of walkFiles(this.root, join(this.root, base), SUFFIX, enter)) {
        const key = rel.slice(0, -SUFFIX.length);
        if (!key.startsWith(wanted)) continue;
        const found = await this.head(key);
        if (found !== null) yield { key, size: found.size };
      }
    } catch (error) {
      throw asStorageError(error);
    }
  }

  async #exists(path: string): Promise<boolean> {
    return io(
      stat(path).then(
        () => true,
        (error: unknown) => {
          if (fsCode(error) === 'ENOENT') return false;
          throw error;
        },
      ),
    );
  }
}
