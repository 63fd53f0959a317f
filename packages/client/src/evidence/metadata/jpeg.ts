// JPEG structure: the marker segments before the first scan (SOS). Shared by metadata extraction
// and by stripping, so both agree on what a segment is.
import { Bytes, startsWithAscii } from './bytes';

/** One marker segment: `start` at its 0xFF, `end` after its payload. */
export interface JpegSegment {
  readonly marker: number;
  readonly start: number;
  readonly end: number;
}

/** The segments before the first scan, and where that scan starts; `undefined` when malformed. */
export interface JpegLayout {
  readonly segments: readonly JpegSegment[];
  /** Offset of the SOS marker, or the end of the data when the file has no scan. */
  readonly scanStart: number;
}

export const SOS = 0xda;
export const EOI = 0xd9;
/** Start-of-frame markers (baseline, progressive, lossless, arithmetic), not DHT/JPG/DAC. */
export const isSof = (m: number): boolean =>
  m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;
/** Markers without a length field. */
const standalone = (m: number): boolean => m === 0x01 || (m >= 0xd0 && m <= 0xd8);

/** Walks the segments after SOI up to SOS. Each step advances, so the loop ends by itself. */
export const jpegLayout = (bytes: Uint8Array): JpegLayout | undefined => {
  const b = new Bytes(bytes);
  if (b.u16(0) !== 0xffd8) return undefined;
  const segments: JpegSegment[] = [];
  let at = 2;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    // Fill bytes: any number of 0xFF may precede a marker.
    let m = at + 1;
    while (bytes[m] === 0xff) m++;
    const marker = b.u8(m);
    if (marker === undefined) return undefined;
    if (marker === SOS || marker === EOI) return { segments, scanStart: at };
    if (standalone(marker)) {
      segments.push({ marker, start: at, end: m + 1 });
      at = m + 1;
      continue;
    }
    const length = b.u16(m + 1);
    if (length === undefined || length < 2 || m + 1 + length > bytes.length) return undefined;
    segments.push({ marker, start: at, end: m + 1 + length });
    at = m + 1 + length;
  }
  return { segments, scanStart: bytes.length };
};

/** The payload of a segment (after marker and length). */
export const payload = (bytes: Uint8Array, s: JpegSegment): Uint8Array =>
  bytes.subarray(Math.min(s.end, s.start + 4), s.end);

/** Whether an APP1 payload is EXIF (`Exif\0\0` then a TIFF header). */
export const isExifPayload = (p: Uint8Array): boolean => startsWithAscii(p, 'Exif\0\0');

/** Width and height from the first start-of-frame segment. */
export const jpegSize = (
  bytes: Uint8Array,
  layout: JpegLayout,
): { width: number; height: number } | undefined => {
  const sof = layout.segments.find((s) => isSof(s.marker));
  if (sof === undefined) return undefined;
  const b = new Bytes(payload(bytes, sof));
  const height = b.u16(1);
  const width = b.u16(3);
  return width && height ? { width, height } : undefined;
};
