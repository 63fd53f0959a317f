import { concatBytes } from '@vigil/crypto';
import { Inflate } from 'fflate';

/**
 * Random access to a package's bytes: the whole ZIP in memory, or a file read in slices (the CLI),
 * so a package of many gigabytes is checked with memory bounded by one slice.
 */
export interface RandomAccessReader {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** A reader over bytes already in memory. */
export const bytesReader = (bytes: Uint8Array): RandomAccessReader => ({
  size: bytes.length,
  read: (offset, length) => Promise.resolve(bytes.subarray(offset, offset + length)),
});

/** One file of the central directory. */
export interface ZipEntry {
  readonly path: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

/** The ZIP cannot be read at all (not a ZIP, truncated, ZIP64, encrypted entries). */
export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Bytes read per slice when streaming an entry. */
const SLICE = 1024 * 1024;

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

/**
 * Lists the entries from the central directory (the authority on what a ZIP holds; local headers
 * may be shadowed). fflate writes no ZIP64, so neither is read: a package stays under 4 GiB.
 */
export const readCentralDirectory = async (reader: RandomAccessReader): Promise<ZipEntry[]> => {
  const tailLength = Math.min(reader.size, 22 + 0xffff);
  const tail = await reader.read(reader.size - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (view(tail).getUint32(i, true) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new ZipFormatError('no end of central directory');
  const eocd = view(tail);
  const count = eocd.getUint16(at + 10, true);
  const cdSize = eocd.getUint32(at + 12, true);
  const cdOffset = eocd.getUint32(at + 16, true);
  if (cdOffset === 0xffffffff || count === 0xffff) throw new ZipFormatError('ZIP64');
  if (cdOffset + cdSize > reader.size) throw new ZipFormatError('central directory out of range');
  const cd = await reader.read(cdOffset, cdSize);
  const dv = view(cd);
  const entries: ZipEntry[] = [];
  let p = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || dv.getUint32(p, true) !== CENTRAL) {
      throw new ZipFormatError('bad central directory');
    }
    const flags = dv.getUint16(p + 8, true);
    if ((flags & 1) !== 0) throw new ZipFormatError('encrypted entry');
    const nameLength = dv.getUint16(p + 28, true);
    const extraLength = dv.getUint16(p + 30, true);
    const commentLength = dv.getUint16(p + 32, true);
    let path: string;
    try {
      path = decoder.decode(cd.subarray(p + 46, p + 46 + nameLength));
    } catch {
      throw new ZipFormatError('entry name not UTF-8');
    }
    entries.push({
      path,
      method: dv.getUint16(p + 10, true),
      compressedSize: dv.getUint32(p + 20, true),
      size: dv.getUint32(p + 24, true),
      localHeaderOffset: dv.getUint32(p + 42, true),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
};

/** An entry's uncompressed bytes, slice by slice (stored or deflated entries only). */
export async function* readEntry(
  reader: RandomAccessReader,
  entry: ZipEntry,
): AsyncGenerator<Uint8Array> {
  const header = await reader.read(entry.localHeaderOffset, 30);
  if (header.length < 30 || view(header).getUint32(0, true) !== LOCAL) {
    throw new ZipFormatError('bad local header');
  }
  const start =
    entry.localHeaderOffset +
    30 +
    view(header).getUint16(26, true) +
    view(header).getUint16(28, true);
  const end = start + entry.compressedSize;
  if (end > reader.size) throw new ZipFormatError('entry out of range');
  if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError('unknown compression');
  const out: Uint8Array[] = [];
  let failed: Error | null = null;
  const inflate = new Inflate((chunk) => out.push(chunk));
  for (let offset = start; offset < end || offset === start; offset += SLICE) {
    const slice = await reader.read(offset, Math.min(SLICE, end - offset));
    if (entry.method === 0) {
      if (slice.length > 0) yield slice;
    } else {
      try {
        inflate.push(slice, offset + SLICE >= end);
      } catch (error) {
        failed = error instanceof Error ? error : new Error('inflate failed');
      }
      if (failed !== null) throw new ZipFormatError('bad deflate data');
      while (out.length > 0) {
        const chunk = out.shift();
        if (chunk !== undefined) yield chunk;
      }
    }
    if (end === start) break;
  }
}

/** An entry's bytes in memory: only for the small files (manifest, signers, custody). */
export const readSmallEntry = async (
  reader: RandomAccessReader,
  entry: ZipEntry,
  limit: number,
): Promise<Uint8Array> => {
  if (entry.size > limit) throw new ZipFormatError('entry too large');
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const part of readEntry(reader, entry)) {
    length += part.length;
    if (length > limit) throw new ZipFormatError('entry too large');
    parts.push(part);
  }
  return concatBytes(...parts);
};
