// EXIF (a TIFF structure) as found in JPEG APP1, TIFF files and HEIC Exif items. Only the tags that
// matter for court are read: capture time and zone, GPS, device, orientation and size.
import { MAX_METADATA_LABEL, type ExtractedMetadata } from '@vigil/core';
import { Bytes, cleanText, type Warnings } from './bytes';

/** What EXIF contributes to the metadata. */
export interface ExifFacts {
  capturedAt?: string;
  gps?: NonNullable<ExtractedMetadata['gps']>;
  device?: NonNullable<ExtractedMetadata['device']>;
  orientation?: number;
  width?: number;
  height?: number;
}

/** One IFD entry's value, already decoded from its TIFF type. */
type Value = { kind: 'text'; text: string } | { kind: 'numbers'; numbers: number[] };

// A crafted IFD can claim 65,535 entries or values of gigabytes; real ones are far smaller.
const MAX_ENTRIES = 1024;
const MAX_VALUES = 64;
const TYPE_SIZES: Readonly<Record<number, number>> = {
  1: 1,
  2: 1,
  3: 2,
  4: 4,
  5: 8,
  7: 1,
  9: 4,
  10: 8,
};

const TAG = {
  imageWidth: 0x0100,
  imageHeight: 0x0101,
  make: 0x010f,
  model: 0x0110,
  orientation: 0x0112,
  software: 0x0131,
  exifIfd: 0x8769,
  gpsIfd: 0x8825,
  dateTimeOriginal: 0x9003,
  offsetTimeOriginal: 0x9011,
  pixelWidth: 0xa002,
  pixelHeight: 0xa003,
} as const;
const GPS = {
  latRef: 1,
  lat: 2,
  lonRef: 3,
  lon: 4,
  altRef: 5,
  alt: 6,
  time: 7,
  date: 0x1d,
} as const;

/** Reads one IFD at `ifd` (relative to the TIFF header) into a map of tag → value. */
const readIfd = (b: Bytes, ifd: number, le: boolean, warnings: Warnings): Map<number, Value> => {
  const tags = new Map<number, Value>();
  const count = b.u16(ifd, le);
  if (count === undefined) {
    warnings.add('exif: directory outside the data');
    return tags;
  }
  for (let i = 0; i < Math.min(count, MAX_ENTRIES); i++) {
    const entry = ifd + 2 + i * 12;
    const tag = b.u16(entry, le);
    const type = b.u16(entry + 2, le);
    const n = b.u32(entry + 4, le);
    if (tag === undefined || type === undefined || n === undefined) {
      warnings.add('exif: directory cut short');
      break;
    }
    const size = TYPE_SIZES[type];
    if (size === undefined) continue;
    const inline = size * n <= 4;
    const at = inline ? entry + 8 : b.u32(entry + 8, le);
    if (at === undefined) continue;
    if (type === 2 || type === 7) {
      const raw = b.slice(at, Math.min(n, 256));
      if (raw !== undefined) tags.set(tag, { kind: 'text', text: decodeAscii(raw) });
      continue;
    }
    const numbers: number[] = [];
    for (let k = 0; k < Math.min(n, MAX_VALUES); k++) {
      const v = readNumber(b, at + k * size, type, le);
      if (v === undefined) break;
      numbers.push(v);
    }
    tags.set(tag, { kind: 'numbers', numbers });
  }
  return tags;
};

const decodeAscii = (raw: Uint8Array): string => {
  const end = raw.indexOf(0);
  return new TextDecoder('utf-8').decode(end >= 0 ? raw.subarray(0, end) : raw);
};

const readNumber = (b: Bytes, at: number, type: number, le: boolean): number | undefined => {
  switch (type) {
    case 1:
      return b.u8(at);
    case 3:
      return b.u16(at, le);
    case 4:
      return b.u32(at, le);
    case 9:
      return b.i32(at, le);
    case 5:
    case 10: {
      const num = type === 5 ? b.u32(at, le) : b.i32(at, le);
      const den = type === 5 ? b.u32(at + 4, le) : b.i32(at + 4, le);
      return num === undefined || den === undefined || den === 0 ? undefined : num / den;
    }
    default:
      return undefined;
  }
};

const text = (tags: Map<number, Value>, tag: number): string | undefined => {
  const v = tags.get(tag);
  return v?.kind === 'text' ? cleanText(v.text, MAX_METADATA_LABEL) : undefined;
};

const numbers = (tags: Map<number, Value>, tag: number): number[] => {
  const v = tags.get(tag);
  return v?.kind === 'numbers' ? v.numbers : [];
};

const positiveInt = (n: number | undefined): number | undefined =>
  n !== undefined && Number.isInteger(n) && n >= 1 && n <= 1_000_000 ? n : undefined;

/** "YYYY:MM:DD HH:MM:SS" plus an optional "+hh:mm" as ISO 8601; undefined if not a real time. */
export const exifDateTime = (value: string | undefined, offset?: string): string | undefined => {
  const m = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value ?? '');
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (y < 1900 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59)
    return undefined;
  const zone = offset !== undefined && /^[+-]\d{2}:\d{2}$/.test(offset) ? offset : '';
  return `${value?.slice(0, 4)}-${value?.slice(5, 7)}-${value?.slice(8, 10)}T${value?.slice(11, 19)}${zone}`;
};

/** Degrees, minutes, seconds and a hemisphere letter as signed decimal degrees. */
const degrees = (dms: number[], ref: string | undefined, limit: number): number | undefined => {
  const [d, m = 0, s = 0] = dms;
  if (d === undefined) return undefined;
  const value = d + m / 60 + s / 3600;
  if (!Number.isFinite(value) || value > limit) return undefined;
  return ref === 'S' || ref === 'W' ? -value : value;
};

const readGps = (tags: Map<number, Value>, warnings: Warnings): ExifFacts['gps'] => {
  const latitude = degrees(numbers(tags, GPS.lat), text(tags, GPS.latRef), 90);
  const longitude = degrees(numbers(tags, GPS.lon), text(tags, GPS.lonRef), 180);
  if (latitude === undefined || longitude === undefined) {
    if (tags.size > 0 && (tags.has(GPS.lat) || tags.has(GPS.lon)))
      warnings.add('exif: GPS position unreadable');
    return undefined;
  }
  const gps: NonNullable<ExifFacts['gps']> = { latitude, longitude };
  const alt = numbers(tags, GPS.alt)[0];
  // AltitudeRef 1 means below sea level.
  if (alt !== undefined && alt <= 100_000)
    gps.altitude = numbers(tags, GPS.altRef)[0] === 1 ? -alt : alt;
  const [h, mi, s] = numbers(tags, GPS.time);
  const date = text(tags, GPS.date);
  if (date !== undefined && h !== undefined && mi !== undefined && s !== undefined) {
    const two = (n: number) => String(Math.floor(n)).padStart(2, '0');
    const fixed = exifDateTime(`${date} ${two(h)}:${two(mi)}:${two(s)}`, '+00:00');
    if (fixed !== undefined) gps.fixedAt = fixed.replace(/\+00:00$/, 'Z');
  }
  return gps;
};

/** Reads EXIF from a TIFF structure starting at `tiff` in `bytes`; never throws. */
export const readExif = (bytes: Uint8Array, warnings: Warnings): ExifFacts => {
  const b = new Bytes(bytes);
  const order = b.latin1(0, 2);
  const le = order === 'II';
  if ((order !== 'II' && order !== 'MM') || b.u16(2, le) !== 42) {
    warnings.add('exif: not a TIFF header');
    return {};
  }
  const ifd0 = readIfd(b, b.u32(4, le) ?? -1, le, warnings);
  // Only IFD0 and its EXIF and GPS sub-directories: no chains, so no loops to guard.
  const exifAt = numbers(ifd0, TAG.exifIfd)[0];
  const gpsAt = numbers(ifd0, TAG.gpsIfd)[0];
  const exif = exifAt === undefined ? new Map<number, Value>() : readIfd(b, exifAt, le, warnings);
  const gpsTags = gpsAt === undefined ? new Map<number, Value>() : readIfd(b, gpsAt, le, warnings);

  const facts: ExifFacts = {};
  const offset = exif.get(TAG.offsetTimeOriginal);
  const captured = text(exif, TAG.dateTimeOriginal);
  facts.capturedAt = exifDateTime(
    captured,
    offset?.kind === 'text' ? offset.text.trim() : undefined,
  );
  if (captured !== undefined && facts.capturedAt === undefined)
    warnings.add('exif: capture time unreadable');
  const gps = readGps(gpsTags, warnings);
  if (gps !== undefined) facts.gps = gps;
  const device = {
    make: text(ifd0, TAG.make),
    model: text(ifd0, TAG.model),
    software: text(ifd0, TAG.software),
  };
  if (device.make !== undefined || device.model !== undefined || device.software !== undefined) {
    facts.device = Object.fromEntries(Object.entries(device).filter(([, v]) => v !== undefined));
  }
  const orientation = numbers(ifd0, TAG.orientation)[0];
  if (
    orientation !== undefined &&
    Number.isInteger(orientation) &&
    orientation >= 1 &&
    orientation <= 8
  ) {
    facts.orientation = orientation;
  }
  facts.width = positiveInt(numbers(exif, TAG.pixelWidth)[0] ?? numbers(ifd0, TAG.imageWidth)[0]);
  facts.height = positiveInt(
    numbers(exif, TAG.pixelHeight)[0] ?? numbers(ifd0, TAG.imageHeight)[0],
  );
  if (facts.capturedAt === undefined) delete facts.capturedAt;
  if (facts.width === undefined) delete facts.width;
  if (facts.height === undefined) delete facts.height;
  return facts;
};
