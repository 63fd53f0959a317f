// Still images other than JPEG: PNG, WebP, TIFF, GIF. Size, and EXIF where the format carries it.
import { Bytes, startsWithAscii } from './bytes';

/** One PNG chunk: type, payload range and the whole chunk's range (length, type, data, CRC). */
export interface PngChunk {
  readonly type: string;
  readonly start: number;
  readonly dataStart: number;
  readonly dataEnd: number;
  readonly end: number;
}

/** PNG chunks up to and including IEND; `undefined` when a chunk runs past the data. */
export const pngChunks = (bytes: Uint8Array): PngChunk[] | undefined => {
  const b = new Bytes(bytes);
  if (b.u32(0) !== 0x89504e47 || b.u32(4) !== 0x0d0a1a0a) return undefined;
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at < bytes.length) {
    const length = b.u32(at);
    const type = b.latin1(at + 4, 4);
    if (length === undefined || type === undefined || !b.has(at + 8, length + 4)) return undefined;
    chunks.push({
      type,
      start: at,
      dataStart: at + 8,
      dataEnd: at + 8 + length,
      end: at + 12 + length,
    });
    at += 12 + length;
    if (type === 'IEND') break;
  }
  return chunks;
};

/** One RIFF chunk (WebP, WAV); `end` includes the pad byte that keeps chunks at even offsets. */
export interface RiffChunk {
  readonly id: string;
  readonly start: number;
  readonly dataStart: number;
  readonly dataEnd: number;
  readonly end: number;
}

/**
 * The chunks of a RIFF file. `truncatedOk` lets a WAV header end inside its data chunk, which is
 * what a head read sees; the chunk is then cut at the data's end.
 */
export const riffChunks = (bytes: Uint8Array, truncatedOk = false): RiffChunk[] | undefined => {
  const b = new Bytes(bytes);
  if (!startsWithAscii(bytes, 'RIFF')) return undefined;
  const chunks: RiffChunk[] = [];
  let at = 12;
  while (at + 8 <= bytes.length && chunks.length < 1024) {
    const id = b.latin1(at, 4) ?? '';
    const size = b.u32(at + 4, true) ?? 0;
    const dataEnd = at + 8 + size;
    if (dataEnd > bytes.length && !truncatedOk) return undefined;
    chunks.push({ id, start: at, dataStart: at + 8, dataEnd, end: dataEnd + (size % 2) });
    at = dataEnd + (size % 2);
  }
  return chunks;
};

/** A WebP's canvas size from VP8X, VP8 or VP8L. */
export const webpSize = (
  bytes: Uint8Array,
  chunks: readonly RiffChunk[],
): { width: number; height: number } | undefined => {
  const b = new Bytes(bytes);
  for (const c of chunks) {
    const d = c.dataStart;
    if (c.id === 'VP8X') {
      const w = (b.u8(d + 4) ?? 0) | ((b.u8(d + 5) ?? 0) << 8) | ((b.u8(d + 6) ?? 0) << 16);
      const h = (b.u8(d + 7) ?? 0) | ((b.u8(d + 8) ?? 0) << 8) | ((b.u8(d + 9) ?? 0) << 16);
      return b.has(d, 10) ? { width: w + 1, height: h + 1 } : undefined;
    }
    if (c.id === 'VP8 ') {
      const w = b.u16(d + 6, true);
      const h = b.u16(d + 8, true);
      return w && h ? { width: w & 0x3fff, height: h & 0x3fff } : undefined;
    }
    if (c.id === 'VP8L') {
      const bits = b.u32(d + 1, true);
      if (bits === undefined) return undefined;
      return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
  }
  return undefined;
};

/** A GIF's logical screen size. */
export const gifSize = (bytes: Uint8Array): { width: number; height: number } | undefined => {
  const b = new Bytes(bytes);
  const width = b.u16(6, true);
  const height = b.u16(8, true);
  return width && height ? { width, height } : undefined;
};
