// Working copies without identifying metadata (issue 4 point 2). The original is never touched:
// every result is a new buffer assembled from pieces of the input. When the structure cannot be
// walked with certainty the answer is a failure, never a copy that might still hold the GPS.
import { jpegLayout, EOI, payload, isExifPayload, type JpegSegment } from '../metadata/jpeg';
import { pngChunks, riffChunks } from '../metadata/still';
import { readExif } from '../metadata/exif';
import { Warnings, startsWithAscii } from '../metadata/bytes';

/** What stripping removed, by name, for the lineage note and the person making the copy. */
export type StrippedItem =
  'exif' | 'xmp' | 'iptc' | 'comment' | 'text' | 'time' | 'vendor' | 'trailer';

/** A new image without metadata, or why none could be made. */
export type StripResult =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly removed: readonly StrippedItem[] }
  | { readonly ok: false; readonly reason: 'unsupported-type' | 'malformed' };

/** The media types stripImageMetadata handles. */
export const STRIPPABLE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** Joins byte ranges into one new buffer. */
const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/**
 * A copy of an image with EXIF (GPS, time, device), XMP, IPTC, comments and text chunks removed.
 * Never throws and never returns the input's buffer; the pixel data is copied byte for byte.
 */
export const stripImageMetadata = (bytes: Uint8Array, mediaType: string): StripResult => {
  try {
    const type = mediaType.trim().toLowerCase();
    if (type === 'image/jpeg') return stripJpeg(bytes);
    if (type === 'image/png') return stripPng(bytes);
    if (type === 'image/webp') return stripWebp(bytes);
    return { ok: false, reason: 'unsupported-type' };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
};

const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP13 = 0xed;
const APP14 = 0xee;
const COM = 0xfe;

/**
 * Which JPEG segments stay: everything that is not APPn or COM (tables, frame, restart interval),
 * JFIF (APP0), ICC colour profiles (APP2 "ICC_PROFILE") and Adobe's colour transform (APP14),
 * which decoders need to show the right colours. Every other APPn goes: vendors hide serial
 * numbers, face data and location in APP3–APP12 and APP15, and APP2 "MPF" points at the trailing
 * images we drop.
 */
const keepSegment = (bytes: Uint8Array, s: JpegSegment): StrippedItem | 'keep' => {
  const m = s.marker;
  if (m === COM) return 'comment';
  if (m < APP0 || m > 0xef) return 'keep';
  if (m === APP0 || m === APP14) return 'keep';
  const p = payload(bytes, s);
  if (m === APP2 && startsWithAscii(p, 'ICC_PROFILE\0')) return 'keep';
  if (m === APP1) return isExifPayload(p) ? 'exif' : 'xmp';
  if (m === APP13) return 'iptc';
  return 'vendor';
};

/** A minimal EXIF APP1 holding only Orientation, so a rotated photo still shows upright. */
const orientationSegment = (orientation: number): Uint8Array => {
  // "Exif\0\0", big-endian TIFF header, IFD0 with one SHORT entry, no next IFD.
  const tiff = [
    0x4d,
    0x4d,
    0,
    42,
    0,
    0,
    0,
    8,
    0,
    1,
    0x01,
    0x12,
    0,
    3,
    0,
    0,
    0,
    1,
    0,
    orientation,
    0,
    0,
    0,
    0,
    0,
    0,
  ];
  const body = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];
  const length = body.length + 2;
  return Uint8Array.from([0xff, APP1, length >> 8, length & 0xff, ...body]);
};

/**
 * The scan data from SOS to EOI, and any segments between progressive scans that must stay.
 * Entropy-coded data escapes 0xFF as FF 00 and uses FF D0–D7 for restarts, so any other FF xx is
 * a marker. Data after EOI (MPF secondary images with their own EXIF, vendor trailers) is dropped.
 */
const scanParts = (bytes: Uint8Array, start: number): { parts: Uint8Array[]; trailer: boolean } => {
  const parts: Uint8Array[] = [];
  let from = start;
  let at = start;
  while (at + 1 < bytes.length) {
    if (bytes[at] !== 0xff) {
      at++;
      continue;
    }
    const next = bytes[at + 1] ?? 0;
    if (next === 0 || next === 0xff || (next >= 0xd0 && next <= 0xd7)) {
      at += next === 0xff ? 1 : 2;
      continue;
    }
    if (next === EOI) {
      parts.push(bytes.subarray(from, at + 2));
      return { parts, trailer: at + 2 < bytes.length };
    }
    const length = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
    const isMeta = (next >= APP0 && next <= 0xef) || next === COM;
    if (isMeta) {
      // Metadata between scans is rare but legal; it goes like any other.
      parts.push(bytes.subarray(from, at));
      from = at + 2 + length;
    }
    // SOS, DHT, DQT, DRI…: skip the segment header; entropy-coded data follows an SOS.
    at += 2 + Math.max(length, 2);
  }
  parts.push(bytes.subarray(from, bytes.length));
  return { parts, trailer: false };
};

const stripJpeg = (bytes: Uint8Array): StripResult => {
  const layout = jpegLayout(bytes);
  if (layout === undefined) return { ok: false, reason: 'malformed' };
  const removed = new Set<StrippedItem>();
  const parts: Uint8Array[] = [bytes.subarray(0, 2)];
  let orientation: number | undefined;
  for (const s of layout.segments) {
    const verdict = keepSegment(bytes, s);
    if (verdict === 'keep') {
      parts.push(bytes.subarray(s.start, s.end));
      continue;
    }
    removed.add(verdict);
    if (verdict === 'exif')
      orientation ??= readExif(payload(bytes, s).subarray(6), new Warnings()).orientation;
  }
  // Orientation is how the camera was held, not who or where: keeping it keeps the copy upright.
  // JFIF wants its APP0 right after SOI, so the new segment goes after it when there is one.
  if (orientation !== undefined && orientation !== 1) {
    const first = layout.segments[0];
    const afterApp0 = first?.marker === APP0;
    parts.splice(afterApp0 ? 2 : 1, 0, orientationSegment(orientation));
  }
  const scan = scanParts(bytes, layout.scanStart);
  if (scan.trailer) removed.add('trailer');
  return { ok: true, bytes: concat([...parts, ...scan.parts]), removed: [...removed] };
};

/** PNG chunks that carry text, EXIF or time; all ancillary, so decoders do not need them. */
const PNG_DROP: Readonly<Record<string, StrippedItem>> = {
  tEXt: 'text',
  iTXt: 'text',
  zTXt: 'text',
  eXIf: 'exif',
  tIME: 'time',
};

const stripPng = (bytes: Uint8Array): StripResult => {
  const chunks = pngChunks(bytes);
  if (chunks === undefined || chunks.at(-1)?.type !== 'IEND')
    return { ok: false, reason: 'malformed' };
  const removed = new Set<StrippedItem>();
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  for (const c of chunks) {
    const drop = PNG_DROP[c.type];
    if (drop === undefined) parts.push(bytes.subarray(c.start, c.end));
    else removed.add(drop);
  }
  if ((chunks.at(-1)?.end ?? 0) < bytes.length) removed.add('trailer');
  return { ok: true, bytes: concat(parts), removed: [...removed] };
};

/** VP8X flag bits announcing EXIF and XMP chunks; cleared when the chunks go. */
const VP8X_EXIF = 0x08;
const VP8X_XMP = 0x04;

const stripWebp = (bytes: Uint8Array): StripResult => {
  const chunks = riffChunks(bytes);
  if (chunks === undefined || !startsWithAscii(bytes, 'WEBP', 8))
    return { ok: false, reason: 'malformed' };
  const removed = new Set<StrippedItem>();
  const parts: Uint8Array[] = [];
  for (const c of chunks) {
    if (c.id === 'EXIF' || c.id === 'XMP ') {
      removed.add(c.id === 'EXIF' ? 'exif' : 'xmp');
      continue;
    }
    const chunk = bytes.slice(c.start, Math.min(c.end, bytes.length));
    if (c.id === 'VP8X' && chunk.length > 8) chunk[8] = (chunk[8] ?? 0) & ~(VP8X_EXIF | VP8X_XMP);
    parts.push(chunk);
  }
  const body = concat(parts);
  // The RIFF size counts everything after itself: "WEBP" and the chunks.
  const header = Uint8Array.from([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]);
  new DataView(header.buffer).setUint32(4, body.length + 4, true);
  return { ok: true, bytes: concat([header, body]), removed: [...removed] };
};
