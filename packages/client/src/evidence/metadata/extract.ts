// extractMetadata: what a file says about itself, read on the client before it is encrypted. The
// result is sealed with the file; nothing here is sent anywhere in the clear.
import { extractedMetadataSchema, mediaTypeSchema, type ExtractedMetadata } from '@vigil/core';
import { cleanText, fileSource, Warnings, type FileSource } from './bytes';
import { ebmlDuration, mp3Duration, oggDuration, wavDuration } from './audio';
import { loadTopLevelBox, readHeifMeta, readMoov } from './bmff';
import { readExif, type ExifFacts } from './exif';
import { isExifPayload, jpegLayout, jpegSize, payload } from './jpeg';
import { readPdf } from './pdf';
import { sniffMediaType, type SniffedType } from './sniff';
import { gifSize, pngChunks, riffChunks, webpSize } from './still';

/** The file to read: its head (or all of it), its size, and a way to read other ranges. */
export interface ExtractMetadataInput {
  /** The first bytes of the file, or the whole file when it is small. */
  readonly bytes: Uint8Array;
  /** The whole file's size in bytes. */
  readonly size: number;
  readonly fileName?: string;
  /** The type the browser or the user claimed; recorded, never trusted. */
  readonly mediaType?: string;
  /** Reads bytes `[start, end)`; lets trailers (PDF) and late boxes (MP4 `moov`) be found. */
  readonly readRange?: (start: number, end: number) => Promise<Uint8Array>;
}

/** How much of the head a caller should pass: enough for headers of every supported format. */
export const METADATA_HEAD_BYTES = 1024 * 1024;

type Draft = Omit<
  ExtractedMetadata,
  'mediaType' | 'size' | 'fileName' | 'declaredMediaType' | 'warnings'
>;

/**
 * Reads the metadata of a file from its bytes. Never throws: what cannot be read is left out and
 * explained in `warnings`. The media type is sniffed from the content, not taken from the name.
 */
export const extractMetadata = async (input: ExtractMetadataInput): Promise<ExtractedMetadata> => {
  const warnings = new Warnings();
  const size =
    Number.isSafeInteger(input.size) && input.size >= 0 ? input.size : input.bytes.length;
  const source = fileSource(input.bytes, size, input.readRange);
  const sniffed = sniffMediaType(input.bytes);
  let draft: Draft = {};
  try {
    if (sniffed !== undefined) draft = await readByType(sniffed, source, warnings);
    else warnings.add('format not recognised from its content');
  } catch {
    // The readers are written not to throw; this is the last line, not the plan.
    warnings.add('reading stopped on malformed data');
  }
  const mediaType = sniffed ?? 'application/octet-stream';
  const result: ExtractedMetadata = { mediaType, size, ...draft };
  const fileName = cleanText(input.fileName, 255);
  if (fileName !== undefined) result.fileName = fileName;
  const declared = input.mediaType?.trim().toLowerCase();
  if (
    declared !== undefined &&
    declared !== mediaType &&
    mediaTypeSchema.safeParse(declared).success
  ) {
    result.declaredMediaType = declared;
    if (sniffed !== undefined) warnings.add(`declared type ${declared} differs from the content`);
  }
  return validated(result, warnings);
};

/** Drops any field the schema refuses (a reader's mistake must not lose the rest) and notes it. */
const validated = (result: ExtractedMetadata, warnings: Warnings): ExtractedMetadata => {
  let current: Record<string, unknown> = { ...result };
  for (let i = 0; i < 8; i++) {
    const parsed = extractedMetadataSchema.safeParse({ ...current, warnings: warnings.list });
    if (parsed.success) {
      if (parsed.data.warnings?.length === 0) delete parsed.data.warnings;
      return parsed.data;
    }
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      if (typeof key === 'string' && key !== 'mediaType' && key !== 'size' && key !== 'warnings') {
        current = Object.fromEntries(Object.entries(current).filter(([k]) => k !== key));
        warnings.add(`${key}: value out of range, left out`);
      }
    }
  }
  return { mediaType: result.mediaType, size: result.size, warnings: warnings.list };
};

const readByType = async (
  type: SniffedType,
  source: FileSource,
  warnings: Warnings,
): Promise<Draft> => {
  const head = source.head;
  switch (type) {
    case 'image/jpeg':
      return readJpeg(head, warnings);
    case 'image/tiff':
      return fromExif(readExif(head, warnings), undefined);
    case 'image/png':
      return readPng(head, warnings);
    case 'image/webp':
      return readWebp(head, warnings);
    case 'image/gif':
      return { ...withImage(gifSize(head)) };
    case 'image/heic':
    case 'image/avif':
      return readHeif(source, warnings);
    case 'application/pdf': {
      const pdf = await readPdf(source, warnings);
      return pdf === undefined ? {} : { pdf };
    }
    case 'video/mp4':
    case 'video/quicktime':
    case 'video/3gpp':
    case 'audio/mp4':
      return readMp4(source, warnings);
    case 'audio/wav':
      return withDuration(wavDuration(head, source.size, warnings));
    case 'audio/mpeg':
      return withDuration(mp3Duration(head, source.size, warnings));
    case 'audio/ogg':
    case 'video/ogg':
      return withDuration(await oggDuration(source, warnings));
    case 'video/webm':
    case 'video/x-matroska':
      return withDuration(ebmlDuration(head, warnings));
    case 'audio/flac':
      warnings.add('flac: duration not read');
      return {};
  }
};

const withImage = (
  size: { width: number; height: number } | undefined,
  orientation?: number,
): Draft => {
  if (size === undefined) return {};
  return { image: orientation === undefined ? size : { ...size, orientation } };
};

const withDuration = (durationSeconds: number | undefined): Draft =>
  durationSeconds === undefined || !Number.isFinite(durationSeconds)
    ? {}
    : { media: { durationSeconds } };

/** Merges EXIF facts with a size read from the image structure (which wins: it is what decodes). */
const fromExif = (exif: ExifFacts, size: { width: number; height: number } | undefined): Draft => {
  const draft: Draft = {};
  if (exif.capturedAt !== undefined) draft.capturedAt = exif.capturedAt;
  if (exif.gps !== undefined) draft.gps = exif.gps;
  if (exif.device !== undefined) draft.device = exif.device;
  const dims =
    size ?? (exif.width && exif.height ? { width: exif.width, height: exif.height } : undefined);
  return { ...draft, ...withImage(dims, exif.orientation) };
};

const readJpeg = (head: Uint8Array, warnings: Warnings): Draft => {
  const layout = jpegLayout(head);
  if (layout === undefined) {
    warnings.add('jpeg: segment structure damaged');
    return {};
  }
  const app1 = layout.segments.find((s) => s.marker === 0xe1 && isExifPayload(payload(head, s)));
  const exif = app1 === undefined ? {} : readExif(payload(head, app1).subarray(6), warnings);
  return fromExif(exif, jpegSize(head, layout));
};

const readPng = (head: Uint8Array, warnings: Warnings): Draft => {
  const chunks = pngChunks(head) ?? [];
  const ihdr = chunks[0]?.type === 'IHDR' ? chunks[0] : undefined;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const size =
    ihdr !== undefined && ihdr.dataEnd - ihdr.dataStart >= 8
      ? { width: view.getUint32(ihdr.dataStart), height: view.getUint32(ihdr.dataStart + 4) }
      : undefined;
  if (size === undefined) warnings.add('png: no image header');
  const exif = chunks.find((c) => c.type === 'eXIf');
  const facts =
    exif === undefined ? {} : readExif(head.subarray(exif.dataStart, exif.dataEnd), warnings);
  return fromExif(facts, size);
};

const readWebp = (head: Uint8Array, warnings: Warnings): Draft => {
  const chunks = riffChunks(head, true) ?? [];
  const exif = chunks.find((c) => c.id === 'EXIF' && c.dataEnd <= head.length);
  let tiff = exif === undefined ? undefined : head.subarray(exif.dataStart, exif.dataEnd);
  // Some writers keep the JPEG-style "Exif\0\0" prefix inside the chunk.
  if (tiff !== undefined && isExifPayload(tiff)) tiff = tiff.subarray(6);
  return fromExif(tiff === undefined ? {} : readExif(tiff, warnings), webpSize(head, chunks));
};

const readHeif = async (source: FileSource, warnings: Warnings): Promise<Draft> => {
  const meta = await loadTopLevelBox(source, 'meta', warnings);
  if (meta === undefined) return {};
  const heif = readHeifMeta(meta, warnings);
  let exif: ExifFacts = {};
  if (heif.exif !== undefined) {
    const item = await source.read(heif.exif.offset, heif.exif.offset + heif.exif.length);
    // The item starts with a 4-byte offset to the TIFF header (past an "Exif\0\0" prefix).
    const skip =
      item && item.length >= 4
        ? new DataView(item.buffer, item.byteOffset).getUint32(0)
        : undefined;
    if (item !== undefined && skip !== undefined && skip < item.length) {
      exif = readExif(item.subarray(4 + skip), warnings);
    } else warnings.add('heic: EXIF item not readable');
  }
  const size = heif.width && heif.height ? { width: heif.width, height: heif.height } : undefined;
  // HEIF rotates with an `irot` property rather than EXIF Orientation; only EXIF's is reported.
  return fromExif(exif, size);
};

const readMp4 = async (source: FileSource, warnings: Warnings): Promise<Draft> => {
  const moov = await loadTopLevelBox(source, 'moov', warnings);
  if (moov === undefined) {
    warnings.add('mp4: no movie header found');
    return {};
  }
  const facts = readMoov(moov);
  const media: NonNullable<Draft['media']> = {};
  if (facts.durationSeconds !== undefined) media.durationSeconds = facts.durationSeconds;
  if (facts.createdAt !== undefined) media.createdAt = facts.createdAt;
  if (facts.width !== undefined && facts.height !== undefined) {
    media.width = facts.width;
    media.height = facts.height;
  }
  const draft: Draft = Object.keys(media).length > 0 ? { media } : {};
  if (facts.createdAt !== undefined) draft.capturedAt = facts.createdAt;
  return draft;
};
