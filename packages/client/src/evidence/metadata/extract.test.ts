import { extractedMetadataSchema } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import {
  compressedPdfOf,
  heicOf,
  jpegOf,
  mp3Of,
  mp4Of,
  opusOf,
  pdfOf,
  pngOf,
  tiffOf,
  wavOf,
  webmOf,
  webpOf,
  type ExifSpec,
} from '../test-fixtures';
import { extractMetadata } from './extract';

const photoExif: ExifSpec = {
  make: 'Apple',
  model: 'iPhone 12',
  software: '17.4',
  orientation: 6,
  dateTimeOriginal: '2024:05:01 12:34:56',
  offsetTimeOriginal: '+03:00',
  gps: {
    lat: [55, 45, 21],
    latRef: 'N',
    lon: [37, 37, 3],
    lonRef: 'E',
    alt: 150.5,
    date: '2024:05:01',
    time: [9, 34, 50],
  },
};

/** Reads a whole in-memory file through extractMetadata, optionally passing only its head. */
const extract = (
  bytes: Uint8Array,
  extra: { head?: number; mediaType?: string; fileName?: string } = {},
) =>
  extractMetadata({
    bytes: extra.head === undefined ? bytes : bytes.subarray(0, extra.head),
    size: bytes.length,
    fileName: extra.fileName,
    mediaType: extra.mediaType,
    readRange: async (start, end) => bytes.slice(start, end),
  });

describe('extractMetadata on photos', () => {
  it('reads capture time with its zone, GPS, device, orientation and size from a JPEG', async () => {
    const meta = await extract(jpegOf({ exif: tiffOf(photoExif), width: 4, height: 3 }), {
      fileName: 'IMG_0001.JPG',
    });
    expect(meta).toMatchObject({
      mediaType: 'image/jpeg',
      fileName: 'IMG_0001.JPG',
      capturedAt: '2024-05-01T12:34:56+03:00',
      device: { make: 'Apple', model: 'iPhone 12', software: '17.4' },
      image: { width: 4, height: 3, orientation: 6 },
    });
    expect(meta.gps?.latitude).toBeCloseTo(55 + 45 / 60 + 21 / 3600, 6);
    expect(meta.gps?.longitude).toBeCloseTo(37 + 37 / 60 + 3 / 3600, 6);
    expect(meta.gps?.altitude).toBeCloseTo(150.5, 3);
    expect(meta.gps?.fixedAt).toBe('2024-05-01T09:34:50Z');
    expect(extractedMetadataSchema.safeParse(meta).success).toBe(true);
  });

  it('keeps a capture time without offset as local time and signs southern and western GPS', async () => {
    const exif = tiffOf({
      dateTimeOriginal: '2023:01:02 03:04:05',
      gps: { lat: [33, 30, 0], latRef: 'S', lon: [70, 15, 0], lonRef: 'W' },
    });
    const meta = await extract(jpegOf({ exif }));
    expect(meta.capturedAt).toBe('2023-01-02T03:04:05');
    expect(meta.gps).toEqual({ latitude: -33.5, longitude: -70.25 });
  });

  it('trusts the bytes over the declared type and the extension', async () => {
    const meta = await extract(pngOf({ width: 2, height: 5 }), {
      fileName: 'photo.jpg',
      mediaType: 'image/jpeg',
    });
    expect(meta.mediaType).toBe('image/png');
    expect(meta.declaredMediaType).toBe('image/jpeg');
    expect(meta.image).toEqual({ width: 2, height: 5 });
    expect(meta.warnings?.some((w) => w.includes('differs'))).toBe(true);
  });

  it('reads EXIF from a PNG eXIf chunk, a WebP EXIF chunk and a TIFF file', async () => {
    const exif = tiffOf(photoExif);
    const png = await extract(pngOf({ width: 7, height: 8, exif }));
    expect(png.gps?.latitude).toBeCloseTo(55.7558, 3);
    const webp = await extract(webpOf({ width: 640, height: 480, exif }));
    expect(webp).toMatchObject({ mediaType: 'image/webp', image: { width: 640, height: 480 } });
    expect(webp.capturedAt).toBe('2024-05-01T12:34:56+03:00');
    const tiff = await extract(exif);
    expect(tiff).toMatchObject({ mediaType: 'image/tiff', device: { make: 'Apple' } });
  });

  it('reads EXIF and size from a HEIC through its item location table', async () => {
    const meta = await extract(heicOf(tiffOf(photoExif), 4032, 3024));
    expect(meta).toMatchObject({
      mediaType: 'image/heic',
      capturedAt: '2024-05-01T12:34:56+03:00',
      image: { width: 4032, height: 3024, orientation: 6 },
    });
    expect(meta.gps?.longitude).toBeCloseTo(37.6175, 3);
  });
});

describe('extractMetadata on PDF documents', () => {
  const info =
    '<< /Title (Medical report \\(draft\\)) /Author <FEFF0412044004300447> /Producer (LibreOffice 7.6) ' +
    "/CreationDate (D:20240501123456+03'00') /ModDate (D:20240502) >>";

  it('reads the information dictionary, dates and page count through the xref table', async () => {
    const meta = await extract(pdfOf(info, 3));
    expect(meta.mediaType).toBe('application/pdf');
    expect(meta.pdf).toEqual({
      title: 'Medical report (draft)',
      author: 'Врач',
      producer: 'LibreOffice 7.6',
      createdAt: '2024-05-01T12:34:56+03:00',
      modifiedAt: '2024-05-02T00:00:00',
      pageCount: 3,
    });
  });

  it('reads the trailer from the end of a large file through readRange', async () => {
    const pdf = pdfOf(info, 12);
    const meta = await extract(pdf, { head: 16 });
    expect(meta.pdf?.pageCount).toBe(12);
    expect(meta.pdf?.title).toBe('Medical report (draft)');
  });

  it('takes dates from XMP when the information dictionary has none', async () => {
    const xmp =
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description xmp:CreateDate="2023-11-05T08:00:00Z">' +
      '<xmp:ModifyDate>2023-11-06T09:30:00+02:00</xmp:ModifyDate></rdf:Description></x:xmpmeta>';
    const meta = await extract(pdfOf('<< /Title (Scan) >>', 1, xmp));
    expect(meta.pdf).toMatchObject({
      title: 'Scan',
      createdAt: '2023-11-05T08:00:00Z',
      modifiedAt: '2023-11-06T09:30:00+02:00',
    });
  });

  it('reads Info and page count from compressed object and xref streams', async () => {
    const meta = await extract(await compressedPdfOf(info, 5));
    expect(meta.pdf).toMatchObject({ title: 'Medical report (draft)', pageCount: 5 });
  });

  it('warns instead of failing when the cross-reference data is missing', async () => {
    const text = '%PDF-1.7\n1 0 obj\n<< /Title (x) >>\nendobj\n';
    const meta = await extract(Uint8Array.from([...text].map((c) => c.charCodeAt(0))));
    expect(meta.mediaType).toBe('application/pdf');
    expect(meta.warnings?.length).toBeGreaterThan(0);
  });
});

describe('extractMetadata on audio and video', () => {
  it('reads duration, creation time and frame size from an MP4 whose moov is after mdat', async () => {
    // 2024-05-01T09:34:56Z in seconds since 1904.
    const created = Date.UTC(2024, 4, 1, 9, 34, 56) / 1000 + 2_082_844_800;
    const mp4 = mp4Of({ timescale: 600, duration: 600 * 42, created, mdatBytes: 5000 });
    const meta = await extract(mp4, { head: 64 });
    expect(meta).toMatchObject({
      mediaType: 'video/mp4',
      capturedAt: '2024-05-01T09:34:56Z',
      media: { durationSeconds: 42, createdAt: '2024-05-01T09:34:56Z', width: 1920, height: 1080 },
    });
  });

  it('warns when the moov box is beyond the head and no range reader is given', async () => {
    const mp4 = mp4Of({ timescale: 1000, duration: 1000, created: 0, mdatBytes: 5000 });
    const meta = await extractMetadata({ bytes: mp4.subarray(0, 64), size: mp4.length });
    expect(meta.media).toBeUndefined();
    expect(meta.warnings?.length).toBeGreaterThan(0);
  });

  it('reads the duration of a WAV from its header', async () => {
    const meta = await extract(wavOf(8000, 3), { head: 44 });
    expect(meta).toMatchObject({ mediaType: 'audio/wav', media: { durationSeconds: 3 } });
  });

  it('reads an MP3 duration from its Xing frame count, and estimates it for constant bit rate', async () => {
    const vbr = await extract(mp3Of({ frames: 100, size: 4000 }));
    expect(vbr.mediaType).toBe('audio/mpeg');
    expect(vbr.media?.durationSeconds).toBeCloseTo((100 * 1152) / 44100, 6);
    const cbr = await extract(mp3Of({ size: 16_020 }));
    expect(cbr.media?.durationSeconds).toBeCloseTo(1, 6);
    expect(cbr.warnings?.some((w) => w.includes('estimated'))).toBe(true);
  });

  it('reads an Ogg Opus duration from the last page, less the pre-skip', async () => {
    const meta = await extract(opusOf(48000 * 7));
    expect(meta).toMatchObject({ mediaType: 'audio/ogg', media: { durationSeconds: 7 } });
  });

  it('reads a WebM duration from the segment info', async () => {
    const meta = await extract(webmOf(12_500));
    expect(meta).toMatchObject({ mediaType: 'video/webm', media: { durationSeconds: 12.5 } });
  });
});

describe('extractMetadata on unknown and hostile input', () => {
  it('calls an unrecognised file application/octet-stream with a warning', async () => {
    const meta = await extract(Uint8Array.from([1, 2, 3, 4]), { mediaType: 'image/jpeg' });
    expect(meta.mediaType).toBe('application/octet-stream');
    expect(meta.declaredMediaType).toBe('image/jpeg');
    expect(meta.warnings).toContain('format not recognised from its content');
  });

  it('does not follow an EXIF offset pointing outside the data', async () => {
    const exif = tiffOf(photoExif);
    // Point IFD0 far past the end.
    new DataView(exif.buffer).setUint32(4, 0x7fffffff);
    const meta = await extract(jpegOf({ exif }));
    expect(meta.gps).toBeUndefined();
    expect(meta.image).toEqual({ width: 4, height: 3 });
    expect(meta.warnings?.length).toBeGreaterThan(0);
  });

  it('survives a range reader that throws', async () => {
    const pdf = pdfOf('<< /Title (x) >>', 1);
    const meta = await extractMetadata({
      bytes: pdf.subarray(0, 16),
      size: pdf.length,
      readRange: () => Promise.reject(new Error('disk gone')),
    });
    expect(meta.mediaType).toBe('application/pdf');
  });
});
