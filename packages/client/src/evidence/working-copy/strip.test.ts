import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../metadata/extract';
import { JPEG_SCAN, jpegOf, pngOf, tiffOf, webpOf, type ExifSpec } from '../test-fixtures';
import { stripImageMetadata } from './strip';

const exif = tiffOf({
  make: 'Samsung',
  model: 'SM-A525F',
  orientation: 6,
  dateTimeOriginal: '2024:05:01 12:34:56',
  gps: { lat: [55, 45, 21], latRef: 'N', lon: [37, 37, 3], lonRef: 'E' },
} satisfies ExifSpec);

const metaOf = (bytes: Uint8Array) => extractMetadata({ bytes, size: bytes.length });

/** Whether `needle` occurs in `hay`. */
const contains = (hay: Uint8Array, needle: string): boolean =>
  new TextDecoder('latin1').decode(hay).includes(needle);

/** Unwraps a successful strip, failing the test otherwise. */
const stripped = (bytes: Uint8Array, type: string) => {
  const result = stripImageMetadata(bytes, type);
  if (!result.ok) throw new Error(`strip failed: ${result.reason}`);
  return result;
};

describe('stripImageMetadata on JPEG', () => {
  const original = jpegOf({ exif, extras: true });

  it('removes GPS, time and device while the scan data from SOS onward stays identical', async () => {
    const before = await metaOf(original);
    expect(before.gps).toBeDefined();
    const copy = stripped(original, 'image/jpeg');
    const after = await metaOf(copy.bytes);
    expect(after.gps).toBeUndefined();
    expect(after.capturedAt).toBeUndefined();
    expect(after.device).toBeUndefined();
    expect(copy.bytes.subarray(copy.bytes.length - JPEG_SCAN.length)).toEqual(JPEG_SCAN);
    expect(copy.removed).toEqual(expect.arrayContaining(['exif', 'xmp', 'iptc', 'comment']));
  });

  it('keeps the orientation so the copy is shown upright, and keeps the ICC profile', async () => {
    const copy = stripped(original, 'image/jpeg');
    expect((await metaOf(copy.bytes)).image).toEqual({ width: 4, height: 3, orientation: 6 });
    expect(contains(copy.bytes, 'ICC_PROFILE')).toBe(true);
    expect(contains(copy.bytes, 'taken at IK-6')).toBe(false);
    expect(contains(copy.bytes, 'Samsung')).toBe(false);
  });

  it('puts the orientation-only EXIF after the JFIF segment, which must follow SOI', () => {
    const copy = stripped(original, 'image/jpeg');
    expect([...copy.bytes.subarray(0, 4)]).toEqual([0xff, 0xd8, 0xff, 0xe0]);
    expect(contains(copy.bytes.subarray(0, 60), 'Exif')).toBe(true);
  });

  it('never modifies the original and returns a buffer of its own', () => {
    const snapshot = original.slice();
    const copy = stripped(original, 'image/jpeg');
    expect(original).toEqual(snapshot);
    expect(copy.bytes.buffer).not.toBe(original.buffer);
  });

  it('drops data after the end of the image, where secondary images carry their own EXIF', () => {
    const trailer = jpegOf({ exif });
    const copy = stripped(jpegOf({ trailer }), 'image/jpeg');
    expect(copy.removed).toContain('trailer');
    expect(contains(copy.bytes, 'Exif')).toBe(false);
  });

  it('refuses a JPEG whose segments cannot be walked rather than return it unstripped', () => {
    const broken = original.slice(0, 30);
    expect(stripImageMetadata(broken, 'image/jpeg')).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('stripImageMetadata on PNG and WebP', () => {
  it('drops text, time and eXIf chunks of a PNG and keeps the image chunks', async () => {
    const png = pngOf({ width: 3, height: 2, exif, text: 'Moscow, SIZO-1' });
    const copy = stripped(png, 'image/png');
    expect(contains(copy.bytes, 'SIZO-1')).toBe(false);
    expect(contains(copy.bytes, 'tIME')).toBe(false);
    expect(contains(copy.bytes, 'IDAT')).toBe(true);
    const after = await metaOf(copy.bytes);
    expect(after.gps).toBeUndefined();
    expect(after.image).toEqual({ width: 3, height: 2 });
  });

  it('drops EXIF and XMP chunks of a WebP, clears their flags and fixes the RIFF size', async () => {
    const webp = webpOf({ width: 10, height: 20, exif, xmp: '<x:xmpmeta/>' });
    const copy = stripped(webp, 'image/webp');
    const view = new DataView(copy.bytes.buffer);
    expect(view.getUint32(4, true)).toBe(copy.bytes.length - 8);
    expect(copy.bytes[20]).toBe(0);
    const after = await metaOf(copy.bytes);
    expect(after.gps).toBeUndefined();
    expect(after.image).toEqual({ width: 10, height: 20 });
  });

  it('refuses types it cannot strip', () => {
    expect(stripImageMetadata(new Uint8Array(8), 'image/heic')).toEqual({
      ok: false,
      reason: 'unsupported-type',
    });
  });
});

describe('properties on random and corrupted input', () => {
  const samples = [
    jpegOf({ exif, extras: true }),
    pngOf({ width: 3, height: 2, exif, text: 'x' }),
    webpOf({ width: 4, height: 4, exif }),
  ];
  const types = ['image/jpeg', 'image/png', 'image/webp'];

  /** A sample with some bytes overwritten, or cut short. */
  const corrupted = fc
    .tuple(
      fc.integer({ min: 0, max: samples.length - 1 }),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
      fc.option(fc.nat()),
    )
    .map(([i, edits, cut]) => {
      const bytes = (samples[i] as Uint8Array).slice();
      for (const [at, v] of edits) bytes[at % bytes.length] = v;
      return {
        bytes: cut === null ? bytes : bytes.slice(0, cut % (bytes.length + 1)),
        type: types[i] as string,
      };
    });

  it('stripImageMetadata never throws and never hands back the input buffer', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          corrupted,
          fc.record({ bytes: fc.uint8Array({ maxLength: 512 }), type: fc.constantFrom(...types) }),
        ),
        ({ bytes, type }) => {
          const result = stripImageMetadata(bytes, type);
          if (result.ok) {
            expect(result.bytes).not.toBe(bytes);
            expect(result.bytes.buffer).not.toBe(bytes.buffer);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('extractMetadata never throws on random or corrupted bytes and always fits the schema', async () => {
    const { extractedMetadataSchema } = await import('@vigil/core');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          corrupted.map((c) => c.bytes),
          fc.uint8Array({ maxLength: 512 }),
        ),
        async (bytes) => {
          const meta = await extractMetadata({
            bytes,
            size: bytes.length,
            readRange: async (s, e) => bytes.slice(s, e),
          });
          expect(extractedMetadataSchema.safeParse(meta).success).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('extractMetadata stays bounded when a hostile range reader answers any range with junk', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          ...samples.map((b) => b.subarray(0, 16)),
          Uint8Array.from([0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70]),
        ),
        fc.uint8Array({ minLength: 1, maxLength: 256 }),
        fc.integer({ min: 0, max: 2 ** 45 }),
        async (head, junk, size) => {
          let calls = 0;
          const readRange = async () => {
            calls++;
            return junk;
          };
          const meta = await extractMetadata({ bytes: head, size, readRange });
          expect(meta.size).toBe(size);
          expect(calls).toBeLessThan(1000);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a successful strip of a corrupted JPEG never shows GPS', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 2, max: 200 }), fc.integer({ min: 0, max: 255 })), {
          maxLength: 4,
        }),
        async (edits) => {
          const bytes = (samples[0] as Uint8Array).slice();
          for (const [at, v] of edits) bytes[at] = v;
          const result = stripImageMetadata(bytes, 'image/jpeg');
          if (!result.ok) return;
          expect((await metaOf(result.bytes)).gps).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });
});
