// Bounded reading of untrusted bytes. Files here may be crafted to crash or hang the client, so
// every read checks its range and answers `undefined` past the end instead of throwing.
import { MAX_METADATA_WARNINGS } from '@vigil/core';

/** A DataView over a byte array whose reads return `undefined` out of range. */
export class Bytes {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.length;
  }

  /** Whether `count` bytes can be read at `offset`. */
  has(offset: number, count: number): boolean {
    return (
      Number.isSafeInteger(offset) && offset >= 0 && count >= 0 && offset + count <= this.length
    );
  }

  u8(offset: number): number | undefined {
    return this.has(offset, 1) ? this.view.getUint8(offset) : undefined;
  }

  u16(offset: number, littleEndian = false): number | undefined {
    return this.has(offset, 2) ? this.view.getUint16(offset, littleEndian) : undefined;
  }

  u32(offset: number, littleEndian = false): number | undefined {
    return this.has(offset, 4) ? this.view.getUint32(offset, littleEndian) : undefined;
  }

  i32(offset: number, littleEndian = false): number | undefined {
    return this.has(offset, 4) ? this.view.getInt32(offset, littleEndian) : undefined;
  }

  /** An unsigned 64-bit integer as a number; precision past 2^53 does not matter for sizes here. */
  u64(offset: number, littleEndian = false): number | undefined {
    if (!this.has(offset, 8)) return undefined;
    const a = this.view.getUint32(offset, littleEndian);
    const b = this.view.getUint32(offset + 4, littleEndian);
    return littleEndian ? b * 2 ** 32 + a : a * 2 ** 32 + b;
  }

  f32(offset: number): number | undefined {
    return this.has(offset, 4) ? this.view.getFloat32(offset) : undefined;
  }

  f64(offset: number): number | undefined {
    return this.has(offset, 8) ? this.view.getFloat64(offset) : undefined;
  }

  /** `count` bytes as Latin-1 text (for four-character codes and ASCII fields). */
  latin1(offset: number, count: number): string | undefined {
    if (!this.has(offset, count)) return undefined;
    return latin1(this.bytes.subarray(offset, offset + count));
  }

  /** A view of `count` bytes at `offset`, or `undefined` when they are not all there. */
  slice(offset: number, count: number): Uint8Array | undefined {
    return this.has(offset, count) ? this.bytes.subarray(offset, offset + count) : undefined;
  }
}

/** Bytes as Latin-1 text, one character per byte (a loop: spreading a large array overflows the stack). */
export const latin1 = (bytes: Uint8Array): string => {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i] ?? 0);
  return out;
};

/** Whether `bytes` holds `pattern` (ASCII) at `offset`. */
export const startsWithAscii = (bytes: Uint8Array, pattern: string, offset = 0): boolean => {
  if (offset < 0 || offset + pattern.length > bytes.length) return false;
  for (let i = 0; i < pattern.length; i++) {
    if (bytes[offset + i] !== pattern.charCodeAt(i)) return false;
  }
  return true;
};

/** The first index of ASCII `pattern` in `bytes` from `from`, or -1. Linear in the input. */
export const indexOfAscii = (bytes: Uint8Array, pattern: string, from = 0): number => {
  const first = pattern.charCodeAt(0);
  for (let i = Math.max(0, from); i + pattern.length <= bytes.length; i++) {
    if (bytes[i] === first && startsWithAscii(bytes, pattern, i)) return i;
  }
  return -1;
};

/** The last index of ASCII `pattern` in `bytes`, or -1. */
export const lastIndexOfAscii = (bytes: Uint8Array, pattern: string): number => {
  for (let i = bytes.length - pattern.length; i >= 0; i--) {
    if (startsWithAscii(bytes, pattern, i)) return i;
  }
  return -1;
};

/**
 * Text from a file made fit to keep: control characters and NULs dropped, trimmed, cut to `max`.
 * `undefined` when nothing is left, so empty tags do not become empty strings.
 */
export const cleanText = (value: string | undefined, max: number): string | undefined => {
  if (value === undefined) return undefined;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const cleaned = value.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, '').trim();
  return cleaned.length === 0 ? undefined : cleaned.slice(0, max);
};

/** Collects warnings for a person to read, at most MAX_METADATA_WARNINGS of them. */
export class Warnings {
  readonly list: string[] = [];
  add(message: string): void {
    if (this.list.length < MAX_METADATA_WARNINGS && !this.list.includes(message)) {
      this.list.push(message.slice(0, 200));
    }
  }
}

/** Reads byte ranges of the file: from the head when it holds them, else through `readRange`. */
export interface FileSource {
  readonly head: Uint8Array;
  readonly size: number;
  /** Bytes `[start, end)`, or `undefined` when they cannot be read (no `readRange`, or it failed). */
  read(start: number, end: number): Promise<Uint8Array | undefined>;
}

/** The most bytes one `read` may ask for: a crafted offset must not make us load a whole video. */
export const MAX_READ = 32 * 1024 * 1024;

/** A FileSource over a head and an optional range reader. */
export const fileSource = (
  head: Uint8Array,
  size: number,
  readRange: ((start: number, end: number) => Promise<Uint8Array>) | undefined,
): FileSource => ({
  head,
  size,
  async read(start, end) {
    const to = Math.min(end, size);
    if (!Number.isSafeInteger(start) || start < 0 || to <= start || to - start > MAX_READ) {
      return undefined;
    }
    if (to <= head.length) return head.subarray(start, to);
    if (readRange === undefined) return undefined;
    try {
      const got = await readRange(start, to);
      return got instanceof Uint8Array ? got.subarray(0, to - start) : undefined;
    } catch {
      return undefined;
    }
  },
});
