// Reads and writes of stored objects around the page cache (O_DIRECT), falling back to buffered
// I/O where the platform or the file system does not allow it. ADR 25 says why.
import { constants } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { batchedWriter, fsCode } from './local-files';

/**
 * The alignment O_DIRECT asks of a buffer's address, of each length and of each file offset:
 * 4 KiB covers disks with 512-byte and with 4 KiB logical blocks.
 */
export const DIRECT_ALIGN = 4096;

/** Bytes per aligned slot: a write to the disk is one slot. */
export const SLOT_BYTES = 512 * 1024;

/** A writer of one new file: `write` takes any chunk sizes, `end` flushes, then `sync`, `close`. */
export interface ObjectWriter {
  /** Whether the bytes go around the page cache (false: the buffered fallback). */
  readonly direct: boolean;
  /** Queues `chunk`; it is copied, so the caller may reuse it once this resolves. */
  write(chunk: Uint8Array): Promise<void>;
  /** Writes what is still queued; the file then has exactly the bytes written. */
  end(): Promise<void>;
  sync(): Promise<void>;
  /** Closes the file and hands the writer's memory back; safe to call more than once. */
  close(): Promise<void>;
}

/**
 * The server compiles without the DOM library, which is where TypeScript declares WebAssembly's
 * JavaScript API; this is the one constructor used, as Node provides it.
 */
const { Memory } = (
  globalThis as unknown as {
    WebAssembly: {
      Memory: new (descriptor: { initial: number; maximum: number }) => { buffer: ArrayBuffer };
    };
  }
).WebAssembly;

/**
 * Page-aligned memory for direct I/O, in slots of SLOT_BYTES: a writer takes two (one filling
 * while the other is on its way to the disk), a reader one. A WebAssembly memory is the one
 * page-aligned allocation JavaScript can make. Slots are reused, never freed: the memory stays
 * warm, and new memory for every object was most of the cost of storing one (ADR 25). When too
 * few are free, the caller takes the buffered path rather than wait, so a burst never blocks.
 */
export class SlotPool {
  readonly #size: number;
  #free: Uint8Array[] | null = null;

  constructor(slots: number) {
    this.#size = slots;
  }

  /** One aligned slot, or null when none is free or the memory cannot be had. */
  takeOne(): Uint8Array | null {
    this.#free ??= this.#allocate();
    return this.#free.pop() ?? null;
  }

  /** Two aligned slots, or null when fewer are free. */
  takePair(): [Uint8Array, Uint8Array] | null {
    this.#free ??= this.#allocate();
    const [a, b] = this.#free.slice(-2);
    if (a === undefined || b === undefined) return null;
    this.#free.length -= 2;
    return [a, b];
  }

  give(slots: readonly Uint8Array[]): void {
    this.#free?.push(...slots);
  }

  /** Slots free now (for tests). */
  get available(): number {
    return this.#free === null ? this.#size : this.#free.length;
  }

  #allocate(): Uint8Array[] {
    const pages = (this.#size * SLOT_BYTES) / 65536;
    let memory: { buffer: ArrayBuffer };
    try {
      memory = new Memory({ initial: pages, maximum: pages });
    } catch {
      return []; // an address-space limit: every caller takes the buffered path
    }
    return Array.from(
      { length: this.#size },
      (_, i) => new Uint8Array(memory.buffer, i * SLOT_BYTES, SLOT_BYTES),
    );
  }
}

/** Six uploads in flight (the client's limit) and a few downloads: 8 MiB, touched on use. */
export const sharedSlots = new SlotPool(16);

/** How files are opened; tests swap it to play a file system that refuses O_DIRECT. */
export type Opener = (path: string, flags: number | string, mode: number) => Promise<FileHandle>;

/** Undefined where the platform has no direct I/O (macOS, Windows). */
const O_DIRECT = (constants as { O_DIRECT?: number }).O_DIRECT;

const realOpen: Opener = (path, flags, mode) => open(path, flags, mode);

/** Writes all `length` bytes of `buffer` at `position`, however short each write comes back. */
const writeAllAt = async (
  handle: FileHandle,
  buffer: Uint8Array,
  length: number,
  position: number,
): Promise<void> => {
  for (let done = 0; done < length;) {
    const { bytesWritten } = await handle.write(buffer, done, length - done, position + done);
    if (bytesWritten === 0) throw Object.assign(new Error('no progress writing'), { code: 'EIO' });
    done += bytesWritten;
  }
};

/**
 * Opens `path` (a new file, created with `mode`; it must not exist) for writing. Direct where it
 * can be: the platform has O_DIRECT, a slot pair is free and the file system accepts the flag.
 * Otherwise, or when the file system refuses a direct write later on (EINVAL), the same bytes go
 * through the page cache instead; either way the file ends with exactly the bytes written.
 */
export const openObjectWriter = async (
  path: string,
  mode: number,
  options: { pool?: SlotPool; opener?: Opener } = {},
): Promise<ObjectWriter> => {
  const opener = options.opener ?? realOpen;
  const pool = options.pool ?? sharedSlots;
  const pair = O_DIRECT === undefined ? null : pool.takePair();
  if (pair === null || O_DIRECT === undefined)
    return bufferedWriter(await opener(path, 'wx', mode));
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | O_DIRECT;
  let handle: FileHandle;
  try {
    handle = await opener(path, flags, mode);
  } catch (error) {
    pool.give(pair);
    if (fsCode(error) !== 'EINVAL') throw error;
    return bufferedWriter(await opener(path, 'wx', mode));
  }
  return directWriter(path, handle, pair, pool, opener, mode);
};

/** Buffered writes, in batches of a slot's size; `direct` false. */
const bufferedWriter = (handle: FileHandle): ObjectWriter => {
  const batches = batchedWriter(handle, SLOT_BYTES);
  let closed = false;
  return {
    direct: false,
    write: (chunk) => batches.write(chunk),
    end: () => batches.end(),
    sync: () => handle.sync(),
    close: async () => {
      if (closed) return;
      closed = true;
      await handle.close();
    },
  };
};

/**
 * Direct writes from a slot pair: a full slot is written at an aligned offset while the other
 * fills. The last, partial slot is written padded to DIRECT_ALIGN and the file cut back to its
 * size. A file system that refuses a direct write (EINVAL) gets that write, and all after it,
 * through a second, buffered handle on the same file.
 */
const directWriter = (
  path: string,
  handle: FileHandle,
  pair: [Uint8Array, Uint8Array],
  pool: SlotPool,
  opener: Opener,
  mode: number,
): ObjectWriter => {
  let [filling, other] = pair;
  let filled = 0;
  let position = 0;
  let writing: Promise<void> = Promise.resolve();
  let buffered: FileHandle | null = null;
  let closed = false;

  /** Writes `slot`'s first `length` bytes at `at`; a direct write takes `padded` of them. */
  const writeSlot = async (
    slot: Uint8Array,
    length: number,
    padded: number,
    at: number,
  ): Promise<void> => {
    if (buffered === null) {
      try {
        return await writeAllAt(handle, slot, padded, at);
      } catch (error) {
        if (fsCode(error) !== 'EINVAL') throw error;
        buffered = await opener(path, 'r+', mode);
      }
    }
    return writeAllAt(buffered, slot, length, at);
  };

  const flush = async (last: boolean): Promise<void> => {
    await writing;
    if (filled === 0) return;
    const full = filling;
    const length = filled;
    const padded = last ? Math.ceil(length / DIRECT_ALIGN) * DIRECT_ALIGN : length;
    // The pad is zeros, not the bytes of an earlier object left in the slot.
    if (padded > length) full.fill(0, length, padded);
    filling = other;
    other = full;
    filled = 0;
    const at = position;
    position += length;
    writing = writeSlot(full, length, padded, at);
    writing.catch(() => undefined);
  };

  return {
    get direct() {
      return buffered === null;
    },
    write: async (chunk) => {
      for (let offset = 0; offset < chunk.length;) {
        const n = Math.min(SLOT_BYTES - filled, chunk.length - offset);
        filling.set(chunk.subarray(offset, offset + n), filled);
        filled += n;
        offset += n;
        if (filled === SLOT_BYTES) await flush(false);
      }
    },
    end: async () => {
      const size = position + filled;
      await flush(true);
      await writing;
      // The padded tail made the file longer than its bytes.
      if (size % DIRECT_ALIGN !== 0) await (buffered ?? handle).truncate(size);
    },
    sync: async () => {
      await handle.sync();
      await buffered?.sync();
    },
    close: async () => {
      if (closed) return;
      closed = true;
      // The slots go back only once no write can still be reading them.
      await writing.catch(() => undefined);
      pool.give(pair);
      await buffered?.close().catch(() => undefined);
      await handle.close();
    },
  };
};

/**
 * A stream of bytes `start` to `end` (inclusive, as HTTP ranges are) of the file at `path`, or of
 * all of it. Read directly into a slot where the platform, the pool and the file system allow,
 * each piece then copied out (the slot is reused for the next read, while the piece may still be
 * on its way to a socket); otherwise a buffered read stream. The file is opened before this
 * resolves, so a missing one fails here (ENOENT), not in the stream.
 */
export const openObjectReader = async (
  path: string,
  range: { start: number; end?: number | undefined } | undefined,
  options: {
    pool?: SlotPool;
    opener?: Opener;
    /** Called with the file's size before any byte is read; may throw to refuse the range. */
    onSize?: (size: number) => void;
  } = {},
): Promise<Readable> => {
  const opener = options.opener ?? realOpen;
  const pool = options.pool ?? sharedSlots;
  const slot = O_DIRECT === undefined ? null : pool.takeOne();
  let handle: FileHandle | null = null;
  if (slot !== null && O_DIRECT !== undefined) {
    try {
      handle = await opener(path, constants.O_RDONLY | O_DIRECT, 0);
    } catch (error) {
      pool.give([slot]);
      if (fsCode(error) !== 'EINVAL') throw error;
    }
  }
  if (handle === null || slot === null) {
    const buffered = await opener(path, 'r', 0);
    try {
      const size = (await buffered.stat()).size;
      options.onSize?.(size);
      if (range === undefined) return buffered.createReadStream({ highWaterMark: SLOT_BYTES });
      const end = Math.min(range.end ?? size - 1, size - 1);
      return buffered.createReadStream({ start: range.start, end, highWaterMark: SLOT_BYTES });
    } catch (error) {
      await buffered.close().catch(() => undefined);
      throw error;
    }
  }
  const direct = handle;
  try {
    const size = (await direct.stat()).size;
    options.onSize?.(size);
    const start = range?.start ?? 0;
    const end = Math.min(range?.end ?? size - 1, size - 1);
    return new DirectReader({ path, handle: direct, slot, start, end, pool, opener });
  } catch (error) {
    pool.give([slot]);
    await direct.close().catch(() => undefined);
    throw error;
  }
};

/**
 * Bytes `start`..`end` of a file opened with O_DIRECT, read at aligned offsets into one slot and
 * copied out piece by piece. The slot and the file go back when the stream ends or is destroyed,
 * even before its first read (a client gone at once), and only after a read in flight is in.
 */
class DirectReader extends Readable {
  readonly #o: {
    path: string;
    handle: FileHandle;
    slot: Uint8Array;
    end: number;
    pool: SlotPool;
    opener: Opener;
  };
  /** Next aligned offset to read at, and the first byte wanted from it. */
  #at: number;
  #next: number;
  #buffered: FileHandle | null = null;
  #reading: Promise<void> = Promise.resolve();

  constructor(o: {
    path: string;
    handle: FileHandle;
    slot: Uint8Array;
    start: number;
    end: number;
    pool: SlotPool;
    opener: Opener;
  }) {
    super({ highWaterMark: SLOT_BYTES });
    this.#o = o;
    this.#at = o.start - (o.start % DIRECT_ALIGN);
    this.#next = o.start;
  }

  override _read(): void {
    this.#reading = this.#piece().then(
      (piece) => void this.push(piece),
      (error: unknown) => void this.destroy(error as Error),
    );
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    void this.#reading
      .then(async () => {
        this.#o.pool.give([this.#o.slot]);
        await this.#buffered?.close().catch(() => undefined);
        await this.#o.handle.close().catch(() => undefined);
      })
      .then(() => callback(error));
  }

  /** The next piece, or null at the end (of the range, or of a file cut while being read). */
  async #piece(): Promise<Uint8Array | null> {
    const { slot, end } = this.#o;
    if (this.#next > end) return null;
    const wanted = Math.min(SLOT_BYTES, end + 1 - this.#at);
    const got = await this.#readAt(this.#at, Math.ceil(wanted / DIRECT_ALIGN) * DIRECT_ALIGN);
    const to = Math.min(got, end + 1 - this.#at);
    if (to <= this.#next - this.#at) return null;
    const piece = Buffer.from(slot.subarray(this.#next - this.#at, to));
    this.#next = this.#at + to;
    this.#at += got;
    // A short read is the end of the file: nothing more past it.
    if (got % DIRECT_ALIGN !== 0) this.#next = end + 1;
    return piece;
  }

  async #readAt(at: number, length: number): Promise<number> {
    const { handle, slot, path, opener } = this.#o;
    if (this.#buffered === null) {
      try {
        return (await handle.read(slot, 0, length, at)).bytesRead;
      } catch (error) {
        if (fsCode(error) !== 'EINVAL') throw error;
        this.#buffered = await opener(path, 'r', 0);
      }
    }
    return (await this.#buffered.read(slot, 0, length, at)).bytesRead;
  }
}
