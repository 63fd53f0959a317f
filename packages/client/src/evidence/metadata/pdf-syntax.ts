// A small reader for PDF object syntax (ISO 32000 §7.3): enough to read a trailer, the document
// information dictionary, the catalog and page tree, and stream dictionaries. Depth and size are
// capped because the input may be built to exhaust the stack or the heap.

/** A PDF value. Strings stay bytes until we know how they are encoded. */
export type PdfValue =
  | { t: 'num'; v: number }
  | { t: 'name'; v: string }
  | { t: 'str'; v: Uint8Array }
  | { t: 'ref'; num: number; gen: number }
  | { t: 'arr'; v: PdfValue[] }
  | { t: 'dict'; v: Map<string, PdfValue> }
  | { t: 'other' };

const MAX_DEPTH = 32;
const MAX_ITEMS = 10_000;
const MAX_STRING = 64 * 1024;

const isWhite = (c: number | undefined): boolean =>
  c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
const isDelim = (c: number | undefined): boolean =>
  c === undefined || isWhite(c) || '()<>[]{}/%'.includes(String.fromCharCode(c));

/** A cursor over PDF bytes. Every method returns `undefined` on malformed syntax. */
export class PdfLexer {
  pos: number;
  private items = 0;
  constructor(
    readonly bytes: Uint8Array,
    start = 0,
  ) {
    this.pos = start;
  }

  /** Skips white space and comments. */
  skip(): void {
    for (;;) {
      const c = this.bytes[this.pos];
      if (isWhite(c)) this.pos++;
      else if (c === 0x25) {
        while (
          this.pos < this.bytes.length &&
          this.bytes[this.pos] !== 0x0a &&
          this.bytes[this.pos] !== 0x0d
        )
          this.pos++;
      } else return;
    }
  }

  /** A bare keyword or number token (`obj`, `R`, `12`, `-3.5`). */
  word(): string {
    this.skip();
    const start = this.pos;
    while (!isDelim(this.bytes[this.pos])) this.pos++;
    return String.fromCharCode(...this.bytes.subarray(start, Math.min(this.pos, start + 64)));
  }

  /** The next value, with `n g R` read as a reference. */
  value(depth = 0): PdfValue | undefined {
    if (depth > MAX_DEPTH || ++this.items > MAX_ITEMS) return undefined;
    this.skip();
    const c = this.bytes[this.pos];
    if (c === undefined) return undefined;
    if (c === 0x2f) return this.name();
    if (c === 0x28) return this.literal();
    if (c === 0x3c && this.bytes[this.pos + 1] === 0x3c) return this.dict(depth);
    if (c === 0x3c) return this.hex();
    if (c === 0x5b) return this.array(depth);
    const word = this.word();
    if (word === '') {
      this.pos++;
      return { t: 'other' };
    }
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) return { t: 'other' };
    const num = Number(word);
    // Look ahead for "gen R" without consuming it unless it is there.
    const save = this.pos;
    const gen = this.word();
    const r = this.word();
    if (/^\d+$/.test(word) && /^\d+$/.test(gen) && r === 'R')
      return { t: 'ref', num, gen: Number(gen) };
    this.pos = save;
    return { t: 'num', v: num };
  }

  private name(): PdfValue {
    this.pos++;
    const start = this.pos;
    while (!isDelim(this.bytes[this.pos])) this.pos++;
    const raw = String.fromCharCode(...this.bytes.subarray(start, Math.min(this.pos, start + 128)));
    return {
      t: 'name',
      v: raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
    };
  }

  private literal(): PdfValue | undefined {
    this.pos++;
    const out: number[] = [];
    let depth = 1;
    while (this.pos < this.bytes.length) {
      const c = this.bytes[this.pos++] ?? 0;
      if (c === 0x5c) {
        const e = this.bytes[this.pos++] ?? 0;
        const simple: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12 };
        if (simple[e] !== undefined) out.push(simple[e]);
        else if (e >= 0x30 && e <= 0x37) {
          let v = e - 0x30;
          for (
            let k = 0;
            k < 2 && (this.bytes[this.pos] ?? 0) >= 0x30 && (this.bytes[this.pos] ?? 0) <= 0x37;
            k++
          ) {
            v = v * 8 + ((this.bytes[this.pos++] ?? 0) - 0x30);
          }
          out.push(v & 0xff);
        } else if (e === 0x0d) {
          if (this.bytes[this.pos] === 0x0a) this.pos++;
        } else if (e !== 0x0a) out.push(e);
      } else if (c === 0x28) {
        depth++;
        out.push(c);
      } else if (c === 0x29) {
        if (--depth === 0) return { t: 'str', v: Uint8Array.from(out.slice(0, MAX_STRING)) };
        out.push(c);
      } else if (out.length < MAX_STRING) out.push(c);
    }
    return undefined;
  }

  private hex(): PdfValue | undefined {
    this.pos++;
    const digits: number[] = [];
    while (this.pos < this.bytes.length) {
      const c = this.bytes[this.pos++] ?? 0;
      if (c === 0x3e) {
        if (digits.length % 2 === 1) digits.push(0);
        const out = new Uint8Array(Math.min(digits.length / 2, MAX_STRING));
        for (let i = 0; i < out.length; i++)
          out[i] = ((digits[2 * i] ?? 0) << 4) | (digits[2 * i + 1] ?? 0);
        return { t: 'str', v: out };
      }
      const d = parseInt(String.fromCharCode(c), 16);
      if (!Number.isNaN(d) && digits.length < 2 * MAX_STRING) digits.push(d);
    }
    return undefined;
  }

  private array(depth: number): PdfValue | undefined {
    this.pos++;
    const v: PdfValue[] = [];
    for (;;) {
      this.skip();
      if (this.bytes[this.pos] === 0x5d) {
        this.pos++;
        return { t: 'arr', v };
      }
      const item = this.value(depth + 1);
      if (item === undefined) return undefined;
      v.push(item);
    }
  }

  private dict(depth: number): PdfValue | undefined {
    this.pos += 2;
    const v = new Map<string, PdfValue>();
    for (;;) {
      this.skip();
      if (this.bytes[this.pos] === 0x3e && this.bytes[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return { t: 'dict', v };
      }
      const key = this.value(depth + 1);
      if (key?.t !== 'name') return undefined;
      const item = this.value(depth + 1);
      if (item === undefined) return undefined;
      v.set(key.v, item);
    }
  }
}

/** A text string: UTF-16BE with a BOM, UTF-8 with a BOM (PDF 2.0), else PDFDocEncoding. */
export const pdfText = (bytes: Uint8Array): string => {
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  // PDFDocEncoding equals Latin-1 outside 0x80–0x9F (typographic marks, dropped later as controls).
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
};

/** A PDF date `D:YYYYMMDDHHmmSSOHH'mm'` as ISO 8601; fields after the year are optional. */
export const pdfDate = (text: string): string | undefined => {
  const m =
    /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz])|([+-])(\d{2})'?(\d{2})?'?)?/.exec(
      text.trim(),
    );
  if (m === null) return undefined;
  const [, y = '', mo = '01', d = '01', h = '00', mi = '00', s = '00', z, sign, oh, om = '00'] = m;
  const ok = +mo >= 1 && +mo <= 12 && +d >= 1 && +d <= 31 && +h <= 23 && +mi <= 59 && +s <= 59;
  if (!ok || +y < 1900) return undefined;
  const zone =
    z !== undefined ? 'Z' : sign !== undefined && oh !== undefined ? `${sign}${oh}:${om}` : '';
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`;
};
