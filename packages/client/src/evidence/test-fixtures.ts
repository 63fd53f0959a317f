// Small files built byte by byte for the evidence tests: no binary fixtures from anywhere.

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const u16be = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const u32be = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const u16le = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const u32le = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];

/** zlib-compresses bytes with the platform's CompressionStream (as PDF FlateDecode expects). */
const deflate = async (data: Uint8Array): Promise<Uint8Array> =>
  new Uint8Array(
    await new Response(
      new Blob([new Uint8Array(data)]).stream().pipeThrough(new CompressionStream('deflate')),
    ).arrayBuffer(),
  );

/** Joins byte arrays. */
export const bytesOf = (...parts: (number[] | Uint8Array)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => [...p]));

type Entry = { tag: number; type: 2 | 3 | 4 | 5; values: number[] | string };

/** Writes one IFD at `at` (TIFF-relative), its out-of-line values after it. Big-endian. */
const ifd = (entries: Entry[], at: number, subIfds: Map<number, number> = new Map()): number[] => {
  const head: number[] = [...u16be(entries.length)];
  const dataStart = at + 2 + entries.length * 12 + 4;
  const data: number[] = [];
  for (const e of [...entries].sort((a, b) => a.tag - b.tag)) {
    const raw: number[] =
      typeof e.values === 'string'
        ? [...ascii(e.values), 0]
        : e.type === 3
          ? e.values.flatMap(u16be)
          : e.type === 4
            ? e.values.map((v) => subIfds.get(e.tag) ?? v).flatMap(u32be)
            : e.values.flatMap((v) => [...u32be(Math.round(v * 10000)), ...u32be(10000)]);
    const count = typeof e.values === 'string' ? raw.length : e.values.length;
    head.push(...u16be(e.tag), ...u16be(e.type), ...u32be(count));
    if (raw.length <= 4) head.push(...raw, ...new Array<number>(4 - raw.length).fill(0));
    else {
      head.push(...u32be(dataStart + data.length));
      data.push(...raw);
      if (data.length % 2) data.push(0);
    }
  }
  return [...head, 0, 0, 0, 0, ...data];
};

export interface ExifSpec {
  make?: string;
  model?: string;
  software?: string;
  orientation?: number;
  dateTimeOriginal?: string;
  offsetTimeOriginal?: string;
  gps?: {
    lat: [number, number, number];
    latRef: string;
    lon: [number, number, number];
    lonRef: string;
    alt?: number;
    date?: string;
    time?: [number, number, number];
  };
}

/** A big-endian TIFF structure with IFD0, an EXIF IFD and a GPS IFD. */
export const tiffOf = (spec: ExifSpec): Uint8Array => {
  const exifEntries: Entry[] = [];
  if (spec.dateTimeOriginal)
    exifEntries.push({ tag: 0x9003, type: 2, values: spec.dateTimeOriginal });
  if (spec.offsetTimeOriginal)
    exifEntries.push({ tag: 0x9011, type: 2, values: spec.offsetTimeOriginal });
  const gpsEntries: Entry[] = [];
  const g = spec.gps;
  if (g) {
    gpsEntries.push(
      { tag: 1, type: 2, values: g.latRef },
      { tag: 2, type: 5, values: g.lat },
      { tag: 3, type: 2, values: g.lonRef },
      { tag: 4, type: 5, values: g.lon },
    );
    if (g.alt !== undefined) gpsEntries.push({ tag: 6, type: 5, values: [g.alt] });
    if (g.time) gpsEntries.push({ tag: 7, type: 5, values: g.time });
    if (g.date) gpsEntries.push({ tag: 0x1d, type: 2, values: g.date });
  }
  const ifd0: Entry[] = [];
  if (spec.make) ifd0.push({ tag: 0x010f, type: 2, values: spec.make });
  if (spec.model) ifd0.push({ tag: 0x0110, type: 2, values: spec.model });
  if (spec.software) ifd0.push({ tag: 0x0131, type: 2, values: spec.software });
  if (spec.orientation) ifd0.push({ tag: 0x0112, type: 3, values: [spec.orientation] });
  ifd0.push({ tag: 0x8769, type: 4, values: [0] });
  if (g) ifd0.push({ tag: 0x8825, type: 4, values: [0] });
  // Lay out IFD0 first to learn where the sub-IFDs go, then write it with their offsets.
  const size0 = ifd(ifd0, 8).length;
  const exifAt = 8 + size0;
  const exifBytes = ifd(exifEntries, exifAt);
  const gpsAt = exifAt + exifBytes.length;
  const subs = new Map([
    [0x8769, exifAt],
    [0x8825, gpsAt],
  ]);
  return bytesOf(
    ascii('MM'),
    u16be(42),
    u32be(8),
    ifd(ifd0, 8, subs),
    exifBytes,
    ifd(gpsEntries, gpsAt),
  );
};

const segment = (marker: number, body: number[] | Uint8Array): number[] => [
  0xff,
  marker,
  ...u16be(body.length + 2),
  ...body,
];

/** The scan of the test JPEGs: an SOS header and entropy data with stuffed and restart bytes. */
export const JPEG_SCAN = bytesOf(
  segment(0xda, [1, 1, 0, 0, 63, 0]),
  [0x12, 0x34, 0xff, 0x00, 0x56, 0xff, 0xd0, 0x78, 0x9a],
  [0xff, 0xd9],
);

/** A minimal JPEG: JFIF, optional EXIF, XMP, IPTC and comment, a frame of `width`×`height`, a scan. */
export const jpegOf = (opts: {
  exif?: Uint8Array;
  width?: number;
  height?: number;
  extras?: boolean;
  trailer?: Uint8Array;
}): Uint8Array =>
  bytesOf(
    [0xff, 0xd8],
    segment(0xe0, [...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    opts.exif ? segment(0xe1, [...ascii('Exif'), 0, 0, ...opts.exif]) : [],
    opts.extras ? segment(0xe1, ascii('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>')) : [],
    opts.extras ? segment(0xed, ascii('Photoshop 3.0\0 8BIM')) : [],
    opts.extras ? segment(0xfe, ascii('taken at IK-6')) : [],
    opts.extras ? segment(0xe2, ascii('ICC_PROFILE\0\x01\x01profile')) : [],
    segment(0xdb, [0, ...new Array<number>(64).fill(1)]),
    segment(0xc0, [8, ...u16be(opts.height ?? 3), ...u16be(opts.width ?? 4), 1, 1, 0x11, 0]),
    segment(0xc4, [0, ...new Array<number>(16).fill(0)]),
    JPEG_SCAN,
    opts.trailer ?? [],
  );

const pngChunk = (type: string, data: number[] | Uint8Array): number[] => [
  ...u32be(data.length),
  ...ascii(type),
  ...data,
  0,
  0,
  0,
  0,
];

/** A PNG with IHDR, optional text and eXIf chunks, one IDAT and IEND (CRCs are not checked here). */
export const pngOf = (opts: {
  width: number;
  height: number;
  exif?: Uint8Array;
  text?: string;
}): Uint8Array =>
  bytesOf(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    pngChunk('IHDR', [...u32be(opts.width), ...u32be(opts.height), 8, 2, 0, 0, 0]),
    opts.text ? pngChunk('tEXt', ascii(`Comment\0${opts.text}`)) : [],
    opts.text ? pngChunk('tIME', [7, 232, 5, 1, 12, 0, 0]) : [],
    opts.exif ? pngChunk('eXIf', opts.exif) : [],
    pngChunk('IDAT', [1, 2, 3, 4, 5]),
    pngChunk('IEND', []),
  );

const riffChunk = (id: string, data: number[] | Uint8Array): number[] => [
  ...ascii(id),
  ...u32le(data.length),
  ...data,
  ...(data.length % 2 ? [0] : []),
];

/** An extended WebP (VP8X) of `width`×`height` with an optional EXIF chunk and XMP chunk. */
export const webpOf = (opts: {
  width: number;
  height: number;
  exif?: Uint8Array;
  xmp?: string;
}): Uint8Array => {
  const flags = (opts.exif ? 0x08 : 0) | (opts.xmp ? 0x04 : 0);
  const w = opts.width - 1;
  const h = opts.height - 1;
  const body = bytesOf(
    ascii('WEBP'),
    riffChunk('VP8X', [
      flags,
      0,
      0,
      0,
      w & 0xff,
      (w >> 8) & 0xff,
      w >> 16,
      h & 0xff,
      (h >> 8) & 0xff,
      h >> 16,
    ]),
    riffChunk('VP8L', [0x2f, 0, 0, 0, 0]),
    opts.exif ? riffChunk('EXIF', opts.exif) : [],
    opts.xmp ? riffChunk('XMP ', ascii(opts.xmp)) : [],
  );
  return bytesOf(ascii('RIFF'), u32le(body.length), body);
};

/** A PDF 1.4 with a classic xref table, an Info dictionary and a page tree of `pages` pages. */
export const pdfOf = (info: string, pages: number, xmp?: string): Uint8Array => {
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R${xmp ? ' /Metadata 4 0 R' : ''} >>`,
    `<< /Type /Pages /Count ${pages} /Kids [] >>`,
    info,
    ...(xmp
      ? [`<< /Type /Metadata /Subtype /XML /Length ${xmp.length} >>\nstream\n${xmp}\nendstream`]
      : []),
  ];
  let text = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(text.length);
    text += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) text += `${String(o).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 3 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
};

/** A PDF 1.5 whose catalog, pages and Info live in a compressed object stream, with an xref stream. */
export const compressedPdfOf = async (info: string, pages: number): Promise<Uint8Array> => {
  const inner = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Count ${pages} /Kids [] >>`,
    info,
  ];
  let header = '';
  let body = '';
  inner.forEach((o, i) => {
    header += `${i + 1} ${body.length} `;
    body += `${o}\n`;
  });
  const objstm = await deflate(Uint8Array.from(ascii(header + body)));
  let head = '%PDF-1.5\n';
  const objstmAt = head.length;
  const objstmHead = `4 0 obj\n<< /Type /ObjStm /N 3 /First ${header.length} /Filter /FlateDecode /Length ${objstm.length} >>\nstream\n`;
  const afterObjstm = objstmAt + objstmHead.length + objstm.length + '\nendstream\nendobj\n'.length;
  // xref stream rows, W [1 4 2]: type, offset or stream number, generation or index.
  const row = (t: number, a: number, b: number) => [t, ...u32be(a), ...u16be(b)];
  const rows = bytesOf(
    row(0, 0, 65535),
    row(2, 4, 0),
    row(2, 4, 1),
    row(2, 4, 2),
    row(1, objstmAt, 0),
    row(1, afterObjstm, 0),
  );
  const xrefData = await deflate(rows);
  const xrefHead = `5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /Info 3 0 R /Filter /FlateDecode /Length ${xrefData.length} >>\nstream\n`;
  head += objstmHead;
  return bytesOf(
    ascii(head),
    objstm,
    ascii('\nendstream\nendobj\n'),
    ascii(xrefHead),
    xrefData,
    ascii(`\nendstream\nendobj\nstartxref\n${afterObjstm}\n%%EOF\n`),
  );
};

const box = (type: string, ...content: (number[] | Uint8Array)[]): number[] => {
  const body = content.flatMap((c) => [...c]);
  return [...u32be(body.length + 8), ...ascii(type), ...body];
};

/** An MP4 with ftyp, a large mdat and then moov (as QuickTime writes it): mvhd v0 and one video track. */
export const mp4Of = (opts: {
  timescale: number;
  duration: number;
  created: number;
  mdatBytes: number;
}): Uint8Array => {
  const mvhd = box(
    'mvhd',
    [0, 0, 0, 0],
    u32be(opts.created),
    u32be(opts.created),
    u32be(opts.timescale),
    u32be(opts.duration),
    new Array<number>(80).fill(0),
  );
  const tkhd = box(
    'tkhd',
    [0, 0, 0, 3],
    new Array<number>(72).fill(0),
    u32be(1920 << 16),
    u32be(1080 << 16),
  );
  return bytesOf(
    box('ftyp', ascii('isom'), u32be(512), ascii('isomiso2mp41')),
    box('mdat', new Array<number>(opts.mdatBytes).fill(0xaa)),
    box('moov', mvhd, box('trak', tkhd)),
  );
};

/** A HEIC: ftyp, meta (iinf with an Exif item, iloc, ispe) and mdat holding the EXIF item. */
export const heicOf = (exif: Uint8Array, width: number, height: number): Uint8Array => {
  const item = bytesOf(u32be(6), ascii('Exif'), [0, 0], exif);
  const infe = box('infe', [2, 0, 0, 0], u16be(1), u16be(0), ascii('Exif'));
  const iinf = box('iinf', [0, 0, 0, 0], u16be(1), infe);
  const ispe = box('ispe', [0, 0, 0, 0], u32be(width), u32be(height));
  const iprp = box('iprp', box('ipco', ispe));
  const ftyp = box('ftyp', ascii('heic'), u32be(0), ascii('mif1heic'));
  const hdlr = box('hdlr', [0, 0, 0, 0], u32be(0), ascii('pict'), new Array<number>(13).fill(0));
  // iloc v0, offset_size 4, length_size 4, base_offset_size 0: one item, one extent.
  const ilocFor = (offset: number) =>
    box(
      'iloc',
      [0, 0, 0, 0],
      [0x44, 0x00],
      u16be(1),
      u16be(1),
      u16be(0),
      u16be(1),
      u32be(offset),
      u32be(item.length),
    );
  const metaFor = (offset: number) => box('meta', [0, 0, 0, 0], hdlr, iinf, ilocFor(offset), iprp);
  const before = ftyp.length + metaFor(0).length + 8;
  return bytesOf(ftyp, metaFor(before), box('mdat', item));
};

/** A PCM WAV header for `seconds` of 16-bit stereo at `rate`, with its data. */
export const wavOf = (rate: number, seconds: number): Uint8Array => {
  const byteRate = rate * 4;
  const data = new Array<number>(byteRate * seconds).fill(0);
  const fmt = [
    ...u16le(1),
    ...u16le(2),
    ...u32le(rate),
    ...u32le(byteRate),
    ...u16le(4),
    ...u16le(16),
  ];
  const body = bytesOf(ascii('WAVE'), riffChunk('fmt ', fmt), riffChunk('data', data));
  return bytesOf(ascii('RIFF'), u32le(body.length), body);
};

/** An MPEG-1 layer III stream at 128 kbit/s, 44.1 kHz, stereo: a Xing header frame when `frames`. */
export const mp3Of = (opts: { frames?: number; size: number }): Uint8Array => {
  const header = [0xff, 0xfb, 0x90, 0x00];
  const out = new Uint8Array(opts.size);
  out.set(bytesOf(ascii('ID3'), [4, 0, 0, 0, 0, 0, 10], new Array<number>(10).fill(0)));
  out.set(header, 20);
  if (opts.frames !== undefined)
    out.set(bytesOf(ascii('Xing'), u32be(1), u32be(opts.frames)), 20 + 4 + 32);
  return out;
};

const oggPage = (granule: number, packet: number[]): number[] => [
  ...ascii('OggS'),
  0,
  0,
  ...u32le(granule),
  ...u32le(0),
  ...u32le(1),
  ...u32le(0),
  ...u32le(0),
  1,
  packet.length,
  ...packet,
];

/** An Ogg Opus stream whose last page ends at `samples48k` (after a pre-skip of 312). */
export const opusOf = (samples48k: number): Uint8Array =>
  bytesOf(
    oggPage(0, [...ascii('OpusHead'), 1, 2, ...u16le(312), ...u32le(48000), 0, 0, 0]),
    oggPage(0, [...ascii('OpusTags'), 0, 0, 0, 0, 0, 0, 0, 0]),
    oggPage(samples48k + 312, [1, 2, 3]),
  );

/** A WebM: EBML header with DocType webm, then Segment → Info with TimecodeScale and Duration. */
export const webmOf = (durationMs: number): Uint8Array => {
  const el = (id: number[], body: number[]) => [...id, 0x80 | body.length, ...body];
  const f64 = new Uint8Array(8);
  new DataView(f64.buffer).setFloat64(0, durationMs);
  const header = el([0x1a, 0x45, 0xdf, 0xa3], el([0x42, 0x82], ascii('webm')));
  const info = el(
    [0x15, 0x49, 0xa9, 0x66],
    [...el([0x2a, 0xd7, 0xb1], u32be(1_000_000).slice(1)), ...el([0x44, 0x89], [...f64])],
  );
  // Segment of unknown size (all ones), as live writers emit.
  return bytesOf(
    header,
    [0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
    info,
  );
};
