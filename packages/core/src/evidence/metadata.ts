import { z } from 'zod';

// Everything here is sealed (SECURITY.md "Data classes": evidence files and their metadata). It is
// read from files an adversary may have crafted, so every string and list has a bound and every
// object is strict: an oversized or unexpected field fails validation instead of being stored.

/** Longest free-text value kept from a file (titles, authors); extractors truncate to it. */
export const MAX_METADATA_TEXT = 512;
/** Longest short label kept from a file (camera make, model, software). */
export const MAX_METADATA_LABEL = 128;
/** Most warnings kept for one file; extractors stop adding past it. */
export const MAX_METADATA_WARNINGS = 32;

const text = z.string().max(MAX_METADATA_TEXT);
const label = z.string().max(MAX_METADATA_LABEL);

/**
 * A date-time read from a file. With an offset (`Z` or `±hh:mm`) it is an instant; without one it
 * is the device's local clock in an unknown zone (EXIF without OffsetTimeOriginal), and must be
 * presented as such rather than as UTC.
 */
export const metadataDateTimeSchema = z.iso.datetime({ offset: true, local: true });

/** A media type as `type/subtype`, lower case, e.g. `image/jpeg`. */
export const mediaTypeSchema = z
  .string()
  .max(127)
  .regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/, 'must be a media type');

/** Where the device says it was: EXIF GPS, WGS 84 degrees. */
export const gpsSchema = z.strictObject({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  /** Metres above sea level (negative below). */
  altitude: z.number().min(-20_000).max(100_000).optional(),
  /** When the fix was taken, by the satellites' clock (UTC): harder to fake than the camera clock. */
  fixedAt: metadataDateTimeSchema.optional(),
});

/** The device that made the file, as the file states it. */
export const deviceSchema = z.strictObject({
  make: label.optional(),
  model: label.optional(),
  /** Firmware or editing software; an editor's name here is a sign the file was processed. */
  software: label.optional(),
});

/** Pixel size and EXIF orientation of an image. */
export const imageInfoSchema = z.strictObject({
  width: z.number().int().min(1).max(1_000_000),
  height: z.number().int().min(1).max(1_000_000),
  /** EXIF Orientation 1–8 (1 = as stored). */
  orientation: z.number().int().min(1).max(8).optional(),
});

/** A PDF's document information dictionary, XMP dates and page count. */
export const pdfInfoSchema = z.strictObject({
  title: text.optional(),
  author: text.optional(),
  subject: text.optional(),
  creator: text.optional(),
  producer: text.optional(),
  createdAt: metadataDateTimeSchema.optional(),
  modifiedAt: metadataDateTimeSchema.optional(),
  pageCount: z.number().int().min(0).max(10_000_000).optional(),
});

/** Audio and video facts. */
export const mediaInfoSchema = z.strictObject({
  /** Playing time in seconds; an estimate for constant-bit-rate MP3 without a header. */
  durationSeconds: z.number().min(0).max(1e8).optional(),
  /** When the container says the recording was made (MP4 `mvhd` creation time, UTC). */
  createdAt: metadataDateTimeSchema.optional(),
  /** Frame size of the first video track, when the container states it. */
  width: z.number().int().min(1).max(1_000_000).optional(),
  height: z.number().int().min(1).max(1_000_000).optional(),
});

/** The shape of the metadata fields, shared by the extracted form and the sealed form. */
const metadataFields = {
  /** The type read from the file's own bytes; `application/octet-stream` when not recognised. */
  mediaType: mediaTypeSchema,
  /** The type the browser or user claimed, kept when it differs from what the bytes say. */
  declaredMediaType: mediaTypeSchema.optional(),
  /** The file name as uploaded (sealed: names can identify people). */
  fileName: z.string().min(1).max(255).optional(),
  /** Size in bytes. */
  size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  /** When it was captured, by the device's account (EXIF DateTimeOriginal, else container time). */
  capturedAt: metadataDateTimeSchema.optional(),
  gps: gpsSchema.optional(),
  device: deviceSchema.optional(),
  image: imageInfoSchema.optional(),
  pdf: pdfInfoSchema.optional(),
  media: mediaInfoSchema.optional(),
  /** What could not be read, for a person to judge (e.g. "pdf: compressed object streams"). */
  warnings: z.array(text).max(MAX_METADATA_WARNINGS).optional(),
};

/** Metadata as extracted on the client, before the plaintext hash is known. */
export const extractedMetadataSchema = z.strictObject(metadataFields);
export type ExtractedMetadata = z.infer<typeof extractedMetadataSchema>;

/** The sealed metadata of an evidence file (Berkeley Protocol: what matters for court). */
export const evidenceMetadataSchema = z.strictObject({
  ...metadataFields,
  /** SHA-256 of the plaintext file, lower-case hex; also in the signed custody event. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be lower-case hex SHA-256'),
});
export type EvidenceMetadata = z.infer<typeof evidenceMetadataSchema>;
