import { describe, expect, it } from 'vitest';
import {
  MAX_METADATA_LABEL,
  evidenceKindOf,
  evidenceLineageSchema,
  evidenceMetadataSchema,
  extractedMetadataSchema,
} from './index';

const sha256 = 'a'.repeat(64);

describe('evidenceKindOf', () => {
  it('guesses photo, video and audio from the top-level media type', () => {
    expect(evidenceKindOf('image/jpeg')).toBe('photo');
    expect(evidenceKindOf('VIDEO/mp4')).toBe('video');
    expect(evidenceKindOf('audio/ogg')).toBe('audio');
  });

  it('leaves medical reports and official records to a person and defaults to document', () => {
    expect(evidenceKindOf('application/pdf')).toBe('document');
    expect(evidenceKindOf('application/octet-stream')).toBe('document');
    expect(evidenceKindOf('')).toBe('document');
  });
});

describe('evidenceMetadataSchema', () => {
  it('accepts full metadata of a photo with GPS and a local capture time', () => {
    const parsed = evidenceMetadataSchema.parse({
      mediaType: 'image/jpeg',
      fileName: 'IMG_0001.JPG',
      size: 1234,
      sha256,
      capturedAt: '2024-05-01T12:34:56',
      gps: { latitude: 55.75, longitude: 37.62, altitude: 150, fixedAt: '2024-05-01T09:34:50Z' },
      device: { make: 'Apple', model: 'iPhone 12' },
      image: { width: 4032, height: 3024, orientation: 6 },
      warnings: [],
    });
    expect(parsed.gps?.latitude).toBe(55.75);
  });

  it('rejects unknown fields, out-of-range coordinates and oversized labels', () => {
    const base = { mediaType: 'image/png', size: 1, sha256 };
    expect(evidenceMetadataSchema.safeParse({ ...base, extra: 1 }).success).toBe(false);
    expect(
      evidenceMetadataSchema.safeParse({ ...base, gps: { latitude: 91, longitude: 0 } }).success,
    ).toBe(false);
    expect(
      evidenceMetadataSchema.safeParse({
        ...base,
        device: { make: 'x'.repeat(MAX_METADATA_LABEL + 1) },
      }).success,
    ).toBe(false);
  });

  it('requires a lower-case hex SHA-256 in the sealed form but not in the extracted form', () => {
    const base = { mediaType: 'application/pdf', size: 10 };
    expect(evidenceMetadataSchema.safeParse(base).success).toBe(false);
    expect(evidenceMetadataSchema.safeParse({ ...base, sha256: 'A'.repeat(64) }).success).toBe(
      false,
    );
    expect(extractedMetadataSchema.safeParse(base).success).toBe(true);
  });

  it('rejects a media type that is not type/subtype', () => {
    expect(extractedMetadataSchema.safeParse({ mediaType: 'jpeg', size: 1 }).success).toBe(false);
  });
});

describe('evidenceLineageSchema', () => {
  it('names the original and the operation of a working copy', () => {
    const lineage = {
      derivedFrom: '01890a5d-ac96-774b-bcce-b302099a8057',
      operation: 'strip-metadata',
      note: 'GPS removed before sharing with a journalist',
    };
    expect(evidenceLineageSchema.parse(lineage)).toEqual(lineage);
  });

  it('rejects an unknown operation and an id that is not a UUID', () => {
    const derivedFrom = '01890a5d-ac96-774b-bcce-b302099a8057';
    expect(evidenceLineageSchema.safeParse({ derivedFrom, operation: 'crop' }).success).toBe(false);
    expect(evidenceLineageSchema.safeParse({ derivedFrom: 'x', operation: 'redact' }).success).toBe(
      false,
    );
  });
});
