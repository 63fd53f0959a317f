// Best-effort PDF reader for the document information dictionary, XMP dates and page count. It
// follows the cross-reference data from the end of the file (tables or, from PDF 1.5, compressed
// xref and object streams) and reads only the few objects it needs.
import { MAX_METADATA_TEXT, type ExtractedMetadata } from '@vigil/core';
import {
  cleanText,
  indexOfAscii,
  lastIndexOfAscii,
  latin1,
  type FileSource,
  type Warnings,
} from './bytes';
import { inflate } from './inflate';
import { PdfLexer, pdfDate, pdfText, type PdfValue } from './pdf-syntax';
import { xmpDates } from './xmp';

type PdfFacts = NonNullable<ExtractedMetadata['pdf']>;
type Entry = { kind: 'at'; offset: number } | { kind: 'in'; stream: number; index: number };
type Dict = Map<string, PdfValue>;
interface Loaded {
  readonly value: PdfValue;
  readonly stream?: Uint8Array;
  /** Where the stream's data lies in the file when it runs past the bytes read so far. */
  readonly streamAt?: { readonly from: number; readonly to: number };
}
interface ObjectStream {
  readonly data: Uint8Array;
  readonly first: number;
}

const TAIL = 64 * 1024;
const OBJECT_WINDOW = 64 * 1024;
const MAX_XREF_BYTES = 8 * 1024 * 1024;
const MAX_ENTRIES = 500_000;
const MAX_STREAM = 16 * 1024 * 1024;
const MAX_LOADS = 64;
const MAX_PREV = 8;

const num = (v: PdfValue | undefined): number | undefined => (v?.t === 'num' ? v.v : undefined);
const dictOf = (v: PdfValue | undefined): Dict | undefined => (v?.t === 'dict' ? v.v : undefined);

/** Reads objects of one PDF through its cross-reference data; every failure is a warning. */
class PdfFile {
  readonly entries = new Map<number, Entry>();
  trailer: Dict | undefined;
  private loads = 0;
  private readonly objectStreams = new Map<number, ObjectStream | undefined>();
  compressed = false;

  constructor(
    readonly source: FileSource,
    readonly warnings: Warnings,
  ) {}

  /** Loads the xref section at `offset` and those before it (`/Prev`), newest entries winning. */
  async loadXref(offset: number): Promise<void> {
    const seen = new Set<number>();
    let at: number | undefined = offset;
    for (let hop = 0; at !== undefined && hop < MAX_PREV && !seen.has(at); hop++) {
      seen.add(at);
      const dict = await this.xrefSection(at);
      if (dict === undefined) return;
      this.trailer ??= dict;
      at = num(dict.get('Prev'));
    }
  }

  private async xrefSection(offset: number): Promise<Dict | undefined> {
    const bytes = await this.source.read(offset, offset + MAX_XREF_BYTES);
    if (bytes === undefined) return undefined;
    const lex = new PdfLexer(bytes);
    if (lex.word() === 'xref') return this.xrefTable(lex);
    const loaded = this.parseObject(bytes, 0, offset);
    const dict = dictOf(loaded?.value);
    if (dict === undefined || dict.get('Type')?.t !== 'name') return undefined;
    this.compressed = true;
    const raw =
      loaded?.stream ??
      (loaded?.streamAt && (await this.source.read(loaded.streamAt.from, loaded.streamAt.to)));
    const data = raw && (await this.decode(dict, raw));
    if (data === undefined) {
      this.warnings.add('pdf: compressed cross-reference stream could not be read');
      return dict;
    }
    this.xrefStream(dict, data);
    return dict;
  }

  /** A classic table: subsections of `first count` and 20-byte entries, then `trailer << >>`. */
  private xrefTable(lex: PdfLexer): Dict | undefined {
    for (let s = 0; s < 10_000; s++) {
      const save = lex.pos;
      const first = lex.word();
      if (first === 'trailer') return dictOf(lex.value());
      const count = Number(lex.word());
      if (!/^\d+$/.test(first) || !Number.isSafeInteger(count)) {
        lex.pos = save;
        return undefined;
      }
      lex.skip();
      for (let i = 0; i < count && i < MAX_ENTRIES; i++) {
        const line = latin1(lex.bytes.subarray(lex.pos, lex.pos + 20));
        const m = /^(\d{10}) (\d{5}) ([nf])/.exec(line);
        if (m === null) return undefined;
        const id = Number(first) + i;
        if (m[3] === 'n' && !this.entries.has(id))
          this.entries.set(id, { kind: 'at', offset: Number(m[1]) });
        lex.pos += 20;
      }
    }
    return undefined;
  }

  /** An xref stream: rows of `/W` widths over the `/Index` ranges. */
  private xrefStream(dict: Dict, data: Uint8Array): void {
    const w = dict.get('W');
    const widths = w?.t === 'arr' ? w.v.map((x) => num(x) ?? -1) : [];
    if (widths.length !== 3 || widths.some((x) => x < 0 || x > 8)) return;
    const [w0 = 0, w1 = 0, w2 = 0] = widths;
    const row = w0 + w1 + w2;
    const index = dict.get('Index');
    const ranges =
      index?.t === 'arr' ? index.v.map((x) => num(x) ?? 0) : [0, num(dict.get('Size')) ?? 0];
    let at = 0;
    const field = (from: number, width: number, fallback: number): number => {
      if (width === 0) return fallback;
      let v = 0;
      for (let k = 0; k < width; k++) v = v * 256 + (data[from + k] ?? 0);
      return v;
    };
    for (let r = 0; r + 1 < ranges.length; r += 2) {
      const first = ranges[r] ?? 0;
      for (
        let i = 0;
        i < (ranges[r + 1] ?? 0) && at + row <= data.length && this.entries.size < MAX_ENTRIES;
        i++
      ) {
        const type = field(at, w0, 1);
        const a = field(at + w0, w1, 0);
        const b = field(at + w0 + w1, w2, 0);
        at += row;
        const id = first + i;
        if (this.entries.has(id)) continue;
        if (type === 1) this.entries.set(id, { kind: 'at', offset: a });
        else if (type === 2) this.entries.set(id, { kind: 'in', stream: a, index: b });
      }
    }
  }

  /** `n g obj value [stream … ]` at `at` in `bytes`; `base` is `bytes`' offset in the file. */
  private parseObject(bytes: Uint8Array, at: number, base: number): Loaded | undefined {
    const lex = new PdfLexer(bytes, at);
    if (!/^\d+$/.test(lex.word()) || !/^\d+$/.test(lex.word()) || lex.word() !== 'obj')
      return undefined;
    const value = lex.value();
    if (value === undefined) return undefined;
    const save = lex.pos;
    if (value.t !== 'dict' || lex.word() !== 'stream') {
      lex.pos = save;
      return { value };
    }
    // The stream keyword is followed by CRLF or LF, then the data.
    if (bytes[lex.pos] === 0x0d) lex.pos++;
    if (bytes[lex.pos] === 0x0a) lex.pos++;
    const length = num(value.v.get('Length'));
    const start = lex.pos;
    const end =
      length !== undefined && length >= 0
        ? start + length
        : indexOfAscii(bytes, 'endstream', start);
    if (end < start || end - start > MAX_STREAM) return { value };
    if (end <= bytes.length) return { value, stream: bytes.subarray(start, end) };
    return { value, streamAt: { from: base + start, to: base + end } };
  }

  /** Decodes a stream's data: FlateDecode (with PNG predictors) or none; others are not read. */
  async decode(dict: Dict, data: Uint8Array): Promise<Uint8Array | undefined> {
    const filter = dict.get('Filter');
    const names =
      filter?.t === 'name'
        ? [filter.v]
        : filter?.t === 'arr'
          ? filter.v.map((f) => (f.t === 'name' ? f.v : '?'))
          : [];
    if (names.length === 0) return data;
    if (names.length > 1 || names[0] !== 'FlateDecode') return undefined;
    const inflated = await inflate(data, MAX_STREAM);
    if (inflated === undefined) return undefined;
    const parms = dictOf(dict.get('DecodeParms'));
    const predictor = num(parms?.get('Predictor')) ?? 1;
    if (predictor < 10) return predictor === 1 ? inflated : undefined;
    return unpredictPng(inflated, num(parms?.get('Columns')) ?? 1);
  }

  /** The object `id`, from its offset or from inside an object stream. */
  async object(id: number): Promise<Loaded | undefined> {
    if (++this.loads > MAX_LOADS) return undefined;
    const entry = this.entries.get(id);
    if (entry?.kind === 'at') {
      const bytes = await this.source.read(entry.offset, entry.offset + OBJECT_WINDOW);
      const loaded = bytes && this.parseObject(bytes, 0, entry.offset);
      if (loaded?.streamAt === undefined) return loaded;
      const data = await this.source.read(loaded.streamAt.from, loaded.streamAt.to);
      return data === undefined ? { value: loaded.value } : { value: loaded.value, stream: data };
    }
    if (entry?.kind === 'in') return this.fromObjectStream(entry.stream, entry.index);
    return this.scanFor(id);
  }

  private async fromObjectStream(streamId: number, index: number): Promise<Loaded | undefined> {
    this.compressed = true;
    if (!this.objectStreams.has(streamId)) {
      const holder =
        this.entries.get(streamId)?.kind === 'at' ? await this.object(streamId) : undefined;
      const dict = dictOf(holder?.value);
      const data = dict && holder?.stream ? await this.decode(dict, holder.stream) : undefined;
      const first = num(dict?.get('First'));
      const ok = data !== undefined && first !== undefined && first >= 0;
      this.objectStreams.set(streamId, ok ? { data, first } : undefined);
      if (!ok) this.warnings.add('pdf: compressed object stream could not be read');
    }
    const stream = this.objectStreams.get(streamId);
    if (stream === undefined) return undefined;
    // Header: pairs of object number and offset (from /First), in index order.
    const lex = new PdfLexer(stream.data);
    let offset: number | undefined;
    for (let i = 0; i <= index && i < MAX_ENTRIES; i++) {
      lex.word();
      offset = Number(lex.word());
    }
    if (offset === undefined || !Number.isSafeInteger(offset) || offset < 0) return undefined;
    const value = new PdfLexer(stream.data, stream.first + offset).value();
    return value === undefined ? undefined : { value };
  }

  /** Without usable xref data: the object's `n g obj` header found in the bytes at hand. */
  private async scanFor(id: number): Promise<Loaded | undefined> {
    const head = this.source.head;
    const at = findObjectHeader(head, id);
    return at < 0 ? undefined : this.parseObject(head, at, 0);
  }

  /** Follows a reference (once) to its value. */
  async resolve(v: PdfValue | undefined): Promise<PdfValue | undefined> {
    if (v?.t !== 'ref') return v;
    return (await this.object(v.num))?.value;
  }
}

/** `id 0 obj` at a token boundary in `bytes`, or -1. */
const findObjectHeader = (bytes: Uint8Array, id: number): number => {
  const pattern = `${id} 0 obj`;
  for (let at = indexOfAscii(bytes, pattern); at >= 0; at = indexOfAscii(bytes, pattern, at + 1)) {
    const before = bytes[at - 1];
    if (at === 0 || before === 0x0a || before === 0x0d || before === 0x20) return at;
  }
  return -1;
};

/** Undoes PNG row predictors (PDF DecodeParms /Predictor ≥ 10) as used by xref streams. */
const unpredictPng = (data: Uint8Array, columns: number): Uint8Array | undefined => {
  if (columns < 1 || columns > 1024) return undefined;
  const rows = Math.floor(data.length / (columns + 1));
  const out = new Uint8Array(rows * columns);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (columns + 1)];
    for (let c = 0; c < columns; c++) {
      const raw = data[r * (columns + 1) + 1 + c] ?? 0;
      const left = c > 0 ? (out[r * columns + c - 1] ?? 0) : 0;
      const up = r > 0 ? (out[(r - 1) * columns + c] ?? 0) : 0;
      const upLeft = r > 0 && c > 0 ? (out[(r - 1) * columns + c - 1] ?? 0) : 0;
      let v = raw;
      if (type === 1) v = raw + left;
      else if (type === 2) v = raw + up;
      else if (type === 3) v = raw + ((left + up) >> 1);
      else if (type === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        v = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
      }
      out[r * columns + c] = v & 0xff;
    }
  }
  return out;
};

const INFO_TEXT = {
  Title: 'title',
  Author: 'author',
  Subject: 'subject',
  Creator: 'creator',
  Producer: 'producer',
} as const;

/** The document information, XMP dates and page count of a PDF; `undefined` when nothing was read. */
export const readPdf = async (
  source: FileSource,
  warnings: Warnings,
): Promise<PdfFacts | undefined> => {
  const tail = (await source.read(Math.max(0, source.size - TAIL), source.size)) ?? source.head;
  const file = new PdfFile(source, warnings);
  const sx = lastIndexOfAscii(tail, 'startxref');
  const offset = sx >= 0 ? Number(new PdfLexer(tail, sx + 9).word()) : NaN;
  if (Number.isSafeInteger(offset) && offset >= 0) await file.loadXref(offset);
  if (file.trailer === undefined) {
    // A damaged or linearised file: take the last trailer dictionary in the bytes at hand.
    const t = lastIndexOfAscii(tail, 'trailer');
    file.trailer = t >= 0 ? dictOf(new PdfLexer(tail, t + 7).value()) : undefined;
    warnings.add('pdf: cross-reference data unreadable; read by scanning');
  }
  const trailer = file.trailer ?? new Map<string, PdfValue>();
  const facts: PdfFacts = {};
  const encrypted = trailer.has('Encrypt');
  if (encrypted) warnings.add('pdf: encrypted; document information not readable');
  const info = encrypted ? undefined : dictOf(await file.resolve(trailer.get('Info')));
  for (const [key, field] of Object.entries(INFO_TEXT)) {
    const v = await file.resolve(info?.get(key));
    const text = v?.t === 'str' ? cleanText(pdfText(v.v), MAX_METADATA_TEXT) : undefined;
    if (text !== undefined) facts[field] = text;
  }
  const date = async (key: string) => {
    const v = await file.resolve(info?.get(key));
    return v?.t === 'str' ? pdfDate(pdfText(v.v)) : undefined;
  };
  const createdAt = await date('CreationDate');
  const modifiedAt = await date('ModDate');
  const root = dictOf(await file.resolve(trailer.get('Root')));
  const pages = dictOf(await file.resolve(root?.get('Pages')));
  const count = num(await file.resolve(pages?.get('Count')));
  if (count !== undefined && Number.isInteger(count) && count >= 0 && count <= 10_000_000)
    facts.pageCount = count;
  const xmp = encrypted ? undefined : await readXmp(file, root?.get('Metadata'));
  const fromXmp = xmp === undefined ? {} : xmpDates(xmp);
  // The information dictionary is deprecated in PDF 2.0 in favour of XMP; either may be stale, and
  // the Info dates are the ones most tools show, so they win when both are there.
  const created = createdAt ?? fromXmp.createdAt;
  const modified = modifiedAt ?? fromXmp.modifiedAt;
  if (created !== undefined) facts.createdAt = created;
  if (modified !== undefined) facts.modifiedAt = modified;
  if (file.compressed && (info === undefined || facts.pageCount === undefined)) {
    warnings.add('pdf: compressed object streams; some fields could not be read');
  }
  return Object.keys(facts).length > 0 ? facts : undefined;
};

/** The XMP packet of the catalog's /Metadata stream, as text. */
const readXmp = async (file: PdfFile, ref: PdfValue | undefined): Promise<string | undefined> => {
  if (ref?.t !== 'ref') return undefined;
  const loaded = await file.object(ref.num);
  const dict = dictOf(loaded?.value);
  if (dict === undefined || loaded?.stream === undefined) return undefined;
  const data = await file.decode(dict, loaded.stream);
  return data === undefined
    ? undefined
    : new TextDecoder('utf-8').decode(data.subarray(0, 1024 * 1024));
};
