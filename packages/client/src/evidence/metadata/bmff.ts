// ISO base media file format (MP4, MOV, 3GP, M4A, HEIC): boxes, the movie header's duration and
// time, and a HEIC's EXIF item. Boxes can sit anywhere in the file (QuickTime often writes `moov`
// last), so top-level boxes are found through the range reader, header by header.
import { Bytes, type FileSource, type Warnings } from './bytes';

/** One box: its type and the range of its content (after the header). */
export interface Box {
  readonly type: string;
  readonly start: number;
  readonly contentStart: number;
  readonly end: number;
}

// Real files have a handful of top-level boxes and a few hundred children in `moov`.
const MAX_BOXES = 4096;
const MAX_TOP_LEVEL = 256;
/** The most of a `moov` or `meta` box loaded to read it. */
const MAX_BOX_READ = 16 * 1024 * 1024;

/** The child boxes in `[start, end)` of `bytes`. Stops at the first malformed header. */
export const boxes = (bytes: Uint8Array, start = 0, end = bytes.length): Box[] => {
  const b = new Bytes(bytes);
  const found: Box[] = [];
  let at = start;
  while (at + 8 <= end && found.length < MAX_BOXES) {
    const box = boxAt(b, at, end);
    if (box === undefined) break;
    found.push(box);
    at = box.end;
  }
  return found;
};

/** The box header at `at`; size 1 means a 64-bit size follows, 0 means "to the end". */
const boxAt = (b: Bytes, at: number, end: number): Box | undefined => {
  const size32 = b.u32(at);
  const type = b.latin1(at + 4, 4);
  if (size32 === undefined || type === undefined) return undefined;
  let header = 8;
  let size = size32;
  if (size32 === 1) {
    const large = b.u64(at + 8);
    if (large === undefined) return undefined;
    size = large;
    header = 16;
  } else if (size32 === 0) {
    size = end - at;
  }
  if (size < header || at + size > end) return undefined;
  return { type, start: at, contentStart: at + header, end: at + size };
};

/** The first child of type `type` in `[start, end)`. */
export const child = (
  bytes: Uint8Array,
  type: string,
  start: number,
  end: number,
): Box | undefined => boxes(bytes, start, end).find((x) => x.type === type);

/** Finds a top-level box anywhere in the file and loads it whole (up to a cap). */
export const loadTopLevelBox = async (
  source: FileSource,
  type: string,
  warnings: Warnings,
): Promise<Uint8Array | undefined> => {
  let at = 0;
  for (let i = 0; i < MAX_TOP_LEVEL && at + 8 <= source.size; i++) {
    const header = await source.read(at, at + 16);
    if (header === undefined) {
      warnings.add(`${type}: not in the part of the file that could be read`);
      return undefined;
    }
    const box = boxAt(new Bytes(header), 0, source.size - at);
    if (box === undefined) return undefined;
    if (box.type === type) {
      if (box.end > MAX_BOX_READ) {
        warnings.add(`${type}: box too large to read`);
        return undefined;
      }
      const whole = await source.read(at, at + box.end);
      if (whole === undefined)
        warnings.add(`${type}: not in the part of the file that could be read`);
      return whole;
    }
    at += box.end;
  }
  return undefined;
};

/** Seconds between 1904-01-01 (the MP4 epoch) and 1970-01-01. */
const MAC_EPOCH_OFFSET = 2_082_844_800;

/** Duration, creation time and the first video track's size from a `moov` box. */
export const readMoov = (
  moov: Uint8Array,
): { durationSeconds?: number; createdAt?: string; width?: number; height?: number } => {
  const out: { durationSeconds?: number; createdAt?: string; width?: number; height?: number } = {};
  const top = boxes(moov)[0];
  if (top === undefined) return out;
  const b = new Bytes(moov);
  const kids = boxes(moov, top.contentStart, top.end);
  const mvhd = kids.find((k) => k.type === 'mvhd');
  if (mvhd !== undefined) {
    const c = mvhd.contentStart;
    const v1 = b.u8(c) === 1;
    const created = v1 ? b.u64(c + 4) : b.u32(c + 4);
    const scale = b.u32(c + (v1 ? 20 : 12));
    const duration = v1 ? b.u64(c + 24) : b.u32(c + 16);
    const unknown = v1 ? 2 ** 64 - 1 : 0xffffffff;
    if (scale && duration !== undefined && duration < unknown)
      out.durationSeconds = duration / scale;
    // Zero means "not set"; phones that never set the clock also write zero.
    if (created !== undefined && created > MAC_EPOCH_OFFSET) {
      const ms = (created - MAC_EPOCH_OFFSET) * 1000;
      if (ms < 8.64e15) out.createdAt = new Date(ms).toISOString().replace('.000Z', 'Z');
    }
  }
  for (const trak of kids.filter((k) => k.type === 'trak')) {
    const tkhd = child(moov, 'tkhd', trak.contentStart, trak.end);
    if (tkhd === undefined) continue;
    const v1 = b.u8(tkhd.contentStart) === 1;
    const w = b.u32(tkhd.contentStart + (v1 ? 88 : 76));
    const h = b.u32(tkhd.contentStart + (v1 ? 92 : 80));
    // 16.16 fixed point; audio tracks have zero size.
    if (w !== undefined && h !== undefined && w >>> 16 > 0 && h >>> 16 > 0) {
      out.width = w >>> 16;
      out.height = h >>> 16;
      break;
    }
  }
  return out;
};

/** Where a HEIF item's data lives (one extent; EXIF items have one). */
interface ItemExtent {
  readonly offset: number;
  readonly length: number;
}

/** Reads an unsigned integer of 0, 4 or 8 bytes (iloc's field sizes). */
const sized = (b: Bytes, at: number, size: number): number | undefined =>
  size === 0 ? 0 : size === 4 ? b.u32(at) : size === 8 ? b.u64(at) : undefined;

/** The EXIF item's file extent and the largest image size (`ispe`) from a HEIF `meta` box. */
export const readHeifMeta = (
  meta: Uint8Array,
  warnings: Warnings,
): { exif?: ItemExtent; width?: number; height?: number } => {
  const out: { exif?: ItemExtent; width?: number; height?: number } = {};
  const top = boxes(meta)[0];
  if (top === undefined) return out;
  const b = new Bytes(meta);
  // `meta` is a full box: 4 bytes of version and flags before its children.
  const kids = boxes(meta, top.contentStart + 4, top.end);
  const iinf = kids.find((k) => k.type === 'iinf');
  const iloc = kids.find((k) => k.type === 'iloc');
  let exifId: number | undefined;
  if (iinf !== undefined) {
    const v = b.u8(iinf.contentStart);
    const first = iinf.contentStart + (v === 0 ? 6 : 8);
    for (const infe of boxes(meta, first, iinf.end).filter((k) => k.type === 'infe')) {
      const iv = b.u8(infe.contentStart) ?? 0;
      if (iv < 2) continue;
      const id = iv === 2 ? b.u16(infe.contentStart + 4) : b.u32(infe.contentStart + 4);
      const typeAt = infe.contentStart + (iv === 2 ? 8 : 10);
      if (b.latin1(typeAt, 4) === 'Exif') exifId = id;
    }
  }
  if (exifId !== undefined && iloc !== undefined) {
    const extent = ilocExtent(b, iloc, exifId);
    if (extent === undefined) warnings.add('heic: EXIF item location unreadable');
    else out.exif = extent;
  }
  const iprp = kids.find((k) => k.type === 'iprp');
  const ipco = iprp && child(meta, 'ipco', iprp.contentStart, iprp.end);
  if (ipco !== undefined) {
    for (const ispe of boxes(meta, ipco.contentStart, ipco.end).filter((k) => k.type === 'ispe')) {
      const w = b.u32(ispe.contentStart + 4);
      const h = b.u32(ispe.contentStart + 8);
      if (w && h && w * h > (out.width ?? 0) * (out.height ?? 0)) {
        out.width = w;
        out.height = h;
      }
    }
  }
  return out;
};

/** The single extent of item `id` in an `iloc` box (file offsets, construction method 0). */
const ilocExtent = (b: Bytes, iloc: Box, id: number): ItemExtent | undefined => {
  const c = iloc.contentStart;
  const version = b.u8(c);
  const sizes = b.u16(c + 4);
  if (version === undefined || version > 2 || sizes === undefined) return undefined;
  const offsetSize = sizes >>> 12;
  const lengthSize = (sizes >>> 8) & 15;
  const baseSize = (sizes >>> 4) & 15;
  const indexSize = version > 0 ? sizes & 15 : 0;
  const count = version < 2 ? b.u16(c + 6) : b.u32(c + 6);
  let at = c + (version < 2 ? 8 : 10);
  for (let i = 0; i < Math.min(count ?? 0, MAX_BOXES) && at < iloc.end; i++) {
    const itemId = version < 2 ? b.u16(at) : b.u32(at);
    at += version < 2 ? 2 : 4;
    const method = version > 0 ? (b.u16(at) ?? 0) & 15 : 0;
    if (version > 0) at += 2;
    at += 2; // data reference index
    const base = sized(b, at, baseSize);
    at += baseSize;
    const extents = b.u16(at);
    at += 2;
    if (itemId === undefined || base === undefined || extents === undefined) return undefined;
    let first: ItemExtent | undefined;
    for (let e = 0; e < extents && at < iloc.end; e++) {
      at += indexSize;
      const offset = sized(b, at, offsetSize);
      const length = sized(b, at + offsetSize, lengthSize);
      at += offsetSize + lengthSize;
      if (offset === undefined || length === undefined) return undefined;
      first ??= { offset: base + offset, length };
    }
    if (itemId === id) return method === 0 ? first : undefined;
  }
  return undefined;
};
