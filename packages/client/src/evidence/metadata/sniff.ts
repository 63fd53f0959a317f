// The real type of a file from its first bytes. The name and the browser's claimed type are
// whatever the sender chose; the magic numbers are what the decoders will act on.
import { Bytes, indexOfAscii, startsWithAscii } from './bytes';

/** The media types Vigil recognises from content. */
export const SNIFFED_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/tiff',
  'image/heic',
  'image/avif',
  'application/pdf',
  'video/mp4',
  'video/quicktime',
  'video/3gpp',
  'audio/mp4',
  'audio/mpeg',
  'audio/wav',
  'audio/flac',
  'audio/ogg',
  'video/ogg',
  'video/webm',
  'video/x-matroska',
] as const;
export type SniffedType = (typeof SNIFFED_TYPES)[number];

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

/** The ISO BMFF brand family: HEIC/AVIF stills, QuickTime, 3GP, M4A, else MP4. */
const sniffBmff = (b: Bytes): SniffedType => {
  const major = b.latin1(8, 4) ?? '';
  const boxSize = Math.min(b.u32(0) ?? 0, b.length, 256);
  const brands = [major];
  for (let o = 16; o + 4 <= boxSize; o += 4) brands.push(b.latin1(o, 4) ?? '');
  if (major === 'avif' || major === 'avis') return 'image/avif';
  if (HEIF_BRANDS.has(major)) return brands.includes('avif') ? 'image/avif' : 'image/heic';
  if (major === 'qt  ') return 'video/quicktime';
  if (major.startsWith('3g')) return 'video/3gpp';
  if (major === 'M4A ' || major === 'M4B ') return 'audio/mp4';
  return 'video/mp4';
};

/** An MPEG audio frame header: sync bits, a valid layer, bit rate and sample rate index. */
export const isMpegFrameHeader = (b: Bytes, offset: number): boolean => {
  const h = b.u32(offset);
  if (h === undefined) return false;
  const sync = h >>> 21 === 0x7ff;
  const version = (h >>> 19) & 3;
  const layer = (h >>> 17) & 3;
  const bitrate = (h >>> 12) & 15;
  const rate = (h >>> 10) & 3;
  return sync && version !== 1 && layer !== 0 && bitrate !== 0 && bitrate !== 15 && rate !== 3;
};

/** The EBML DocType ("webm" or "matroska") from the header at the start of the file. */
const sniffEbml = (bytes: Uint8Array): SniffedType =>
  indexOfAscii(bytes.subarray(0, 64), 'webm') >= 0 ? 'video/webm' : 'video/x-matroska';

/** The media type the bytes say, or `undefined` when the format is not one Vigil reads. */
export const sniffMediaType = (bytes: Uint8Array): SniffedType | undefined => {
  const b = new Bytes(bytes);
  const at = (s: string, o = 0) => startsWithAscii(bytes, s, o);
  if (b.u8(0) === 0xff && b.u8(1) === 0xd8 && b.u8(2) === 0xff) return 'image/jpeg';
  if (b.u32(0) === 0x89504e47 && b.u32(4) === 0x0d0a1a0a) return 'image/png';
  if (at('RIFF') && at('WEBP', 8)) return 'image/webp';
  if (at('RIFF') && at('WAVE', 8)) return 'audio/wav';
  if (at('GIF87a') || at('GIF89a')) return 'image/gif';
  if ((at('II') && b.u16(2, true) === 42) || (at('MM') && b.u16(2) === 42)) return 'image/tiff';
  // Readers accept a PDF header anywhere in the first KiB, so a file may hide one behind junk.
  if (indexOfAscii(bytes.subarray(0, 1024), '%PDF-') >= 0) return 'application/pdf';
  if (at('ftyp', 4)) return sniffBmff(b);
  if (at('OggS'))
    return indexOfAscii(bytes.subarray(0, 128), 'theora') >= 0 ? 'video/ogg' : 'audio/ogg';
  if (b.u32(0) === 0x1a45dfa3) return sniffEbml(bytes);
  if (at('fLaC')) return 'audio/flac';
  if (at('ID3') || isMpegFrameHeader(b, 0)) return 'audio/mpeg';
  return undefined;
};
