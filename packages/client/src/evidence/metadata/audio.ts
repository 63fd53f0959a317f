// Playing time of audio and video containers without a demuxer: WAV from its header, MP3 from a
// Xing/VBRI header or a constant-bit-rate estimate, Ogg from the last page's granule position,
// WebM/Matroska from the Segment Info's Duration.
import { Bytes, lastIndexOfAscii, startsWithAscii, type FileSource, type Warnings } from './bytes';
import { isMpegFrameHeader } from './sniff';
import { riffChunks } from './still';

/** WAV duration: data size over byte rate (the data size is the file's rest when unset). */
export const wavDuration = (
  head: Uint8Array,
  size: number,
  warnings: Warnings,
): number | undefined => {
  const chunks = riffChunks(head, true) ?? [];
  const b = new Bytes(head);
  const fmt = chunks.find((c) => c.id === 'fmt ');
  const data = chunks.find((c) => c.id === 'data');
  const byteRate = fmt && b.u32(fmt.dataStart + 8, true);
  if (!byteRate || data === undefined) {
    warnings.add('wav: no format or data chunk in the header');
    return undefined;
  }
  // Recorders that are stopped abruptly leave 0 or 0xFFFFFFFF as the data size.
  const declared = data.dataEnd - data.dataStart;
  const rest = size - data.dataStart;
  const bytes = declared > 0 && declared !== 0xffffffff && declared <= rest ? declared : rest;
  return bytes > 0 ? bytes / byteRate : undefined;
};

const MPEG1_L3_KBPS = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const MPEG2_L3_KBPS = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const RATES: Readonly<Record<number, readonly number[]>> = {
  3: [44100, 48000, 32000],
  2: [22050, 24000, 16000],
  0: [11025, 12000, 8000],
};

/** MP3 duration from the first frame: exact with a Xing/Info or VBRI frame count, else CBR. */
export const mp3Duration = (
  head: Uint8Array,
  size: number,
  warnings: Warnings,
): number | undefined => {
  const b = new Bytes(head);
  let at = 0;
  if (startsWithAscii(head, 'ID3')) {
    // A syncsafe size: 7 bits per byte.
    const s = [6, 7, 8, 9].map((i) => (b.u8(i) ?? 0) & 0x7f);
    at = 10 + ((s[0] ?? 0) << 21) + ((s[1] ?? 0) << 14) + ((s[2] ?? 0) << 7) + (s[3] ?? 0);
    if (((b.u8(5) ?? 0) & 0x10) !== 0) at += 10;
  }
  // Some encoders pad before the first frame; look a little way, not through the whole file.
  const limit = Math.min(head.length - 4, at + 4096);
  while (at <= limit && !isMpegFrameHeader(b, at)) at++;
  if (at > limit) {
    warnings.add('mp3: no frame header in the part of the file that was read');
    return undefined;
  }
  const h = b.u32(at) ?? 0;
  const version = (h >>> 19) & 3; // 3 = MPEG 1, 2 = MPEG 2, 0 = MPEG 2.5
  const layer = (h >>> 17) & 3; // 1 = Layer III
  const rate = RATES[version]?.[(h >>> 10) & 3];
  const mono = ((h >>> 6) & 3) === 3;
  if (layer !== 1 || rate === undefined) {
    warnings.add('mp3: not MPEG layer III');
    return undefined;
  }
  const samplesPerFrame = version === 3 ? 1152 : 576;
  const sideInfo = version === 3 ? (mono ? 17 : 32) : mono ? 9 : 17;
  const xing = at + 4 + sideInfo;
  if (startsWithAscii(head, 'Xing', xing) || startsWithAscii(head, 'Info', xing)) {
    const flags = b.u32(xing + 4) ?? 0;
    const frames = (flags & 1) !== 0 ? b.u32(xing + 8) : undefined;
    if (frames) return (frames * samplesPerFrame) / rate;
  }
  if (startsWithAscii(head, 'VBRI', at + 36)) {
    const frames = b.u32(at + 36 + 14);
    if (frames) return (frames * samplesPerFrame) / rate;
  }
  const kbps = (version === 3 ? MPEG1_L3_KBPS : MPEG2_L3_KBPS)[(h >>> 12) & 15];
  if (!kbps) return undefined;
  warnings.add('mp3: duration estimated from the bit rate');
  return ((size - at) * 8) / (kbps * 1000);
};

/** How much of an Ogg file's end is read to find its last page (pages are at most ~64 KiB). */
const OGG_TAIL = 70 * 1024;

/** Ogg Opus or Vorbis duration: the last page's granule position over the sample rate. */
export const oggDuration = async (
  source: FileSource,
  warnings: Warnings,
): Promise<number | undefined> => {
  const head = source.head;
  const b = new Bytes(head);
  const packet = 27 + (b.u8(26) ?? 0);
  let rate: number | undefined;
  let preSkip = 0;
  if (startsWithAscii(head, 'OpusHead', packet)) {
    rate = 48000; // Opus granule positions always count 48 kHz samples.
    preSkip = b.u16(packet + 10, true) ?? 0;
  } else if (startsWithAscii(head, '\x01vorbis', packet)) {
    rate = b.u32(packet + 12, true);
  }
  if (!rate) {
    warnings.add('ogg: codec not Opus or Vorbis; no duration');
    return undefined;
  }
  const tail = await source.read(Math.max(0, source.size - OGG_TAIL), source.size);
  const last = tail === undefined ? -1 : lastIndexOfAscii(tail, 'OggS');
  const granule = tail && last >= 0 ? new Bytes(tail).u64(last + 6, true) : undefined;
  if (granule === undefined || granule >= 2 ** 53) {
    warnings.add('ogg: end of file not readable; no duration');
    return undefined;
  }
  return Math.max(0, granule - preSkip) / rate;
};

// EBML element ids (with their length marker bits, as written).
const EBML = { segment: 0x18538067, info: 0x1549a966, scale: 0x2ad7b1, duration: 0x4489 } as const;
const MAX_ELEMENTS = 4096;

/** An EBML variable-length integer: its value (marker bit kept for ids) and byte length. */
const vint = (
  b: Bytes,
  at: number,
  keepMarker: boolean,
): { value: number; length: number } | undefined => {
  const first = b.u8(at);
  if (first === undefined || first === 0) return undefined;
  const length = Math.clz32(first) - 23;
  if (length > 8 || !b.has(at, length)) return undefined;
  let value = keepMarker ? first : first & (0xff >> length);
  for (let i = 1; i < length; i++) value = value * 256 + (b.u8(at + i) ?? 0);
  // All ones means "unknown size" (live recordings); treated as "to the end".
  const unknown = !keepMarker && value === 2 ** (7 * length) - 1;
  return { value: unknown ? Number.POSITIVE_INFINITY : value, length };
};

/** WebM/Matroska duration from Segment → Info, in the head of the file. */
export const ebmlDuration = (head: Uint8Array, warnings: Warnings): number | undefined => {
  const b = new Bytes(head);
  let at = 0;
  let end = head.length;
  let scale = 1_000_000;
  let duration: number | undefined;
  for (let i = 0; i < MAX_ELEMENTS && at < end; i++) {
    const id = vint(b, at, true);
    const size = id && vint(b, at + id.length, false);
    if (id === undefined || size === undefined) break;
    const content = at + id.length + size.length;
    const next = content + size.value;
    if (id.value === EBML.segment || id.value === EBML.info) {
      // Containers we want to look into: step inside instead of over.
      end = Math.min(end, next);
      at = content;
      continue;
    }
    if (id.value === EBML.scale && size.value <= 8) {
      let v = 0;
      for (let k = 0; k < size.value; k++) v = v * 256 + (b.u8(content + k) ?? 0);
      if (v > 0) scale = v;
    } else if (id.value === EBML.duration) {
      duration = size.value === 4 ? b.f32(content) : size.value === 8 ? b.f64(content) : undefined;
    }
    at = next;
  }
  if (duration === undefined || !Number.isFinite(duration) || duration < 0) {
    warnings.add('webm: no duration in the segment info (live recordings have none)');
    return undefined;
  }
  return (duration * scale) / 1e9;
};
