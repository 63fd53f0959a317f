import fontkit from '@pdf-lib/fontkit';
import { rgb, type PDFDocument, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import type { ReportFonts } from './fonts';

export type { ReportFonts };

/**
 * Text for the PDF renderer: fonts with fallback (each font file covers a few scripts, as the
 * Noto Sans files of @fontsource do: Latin, Latin Extended, Cyrillic, Cyrillic Extended), text
 * split into runs per font, measured, wrapped and drawn. A character no font has is drawn as "?".
 */

/** Plain text as drawn: tabs as spaces, other control characters dropped, line ends as \n. */
export const cleanText = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\ufeff]/g, '');

/** One typeface (regular or bold): files in fallback order, embedded when a character needs them. */
export class FontSet {
  private readonly covers: ReadonlySet<number>[];
  private readonly embedded: (PDFFont | undefined)[];

  private constructor(
    private readonly files: readonly Uint8Array[],
    covers: ReadonlySet<number>[],
  ) {
    this.covers = covers;
    this.embedded = files.map(() => undefined);
  }

  /** Reads which characters each file covers. */
  static of(files: readonly Uint8Array[]): FontSet {
    if (files.length === 0) throw new TypeError('a report font needs at least one file');
    return new FontSet(
      files,
      files.map((bytes) => new Set(fontkit.create(bytes).characterSet)),
    );
  }

  /** The file index that draws a code point: the first that has it, -1 when none. */
  fontFor(codePoint: number): number {
    return this.covers.findIndex((c) => c.has(codePoint));
  }

  /** Embeds (subset) every file some character of `texts` needs; call before measuring. */
  async embedFor(doc: PDFDocument, texts: Iterable<string>): Promise<void> {
    const needed = new Set<number>([0]);
    for (const text of texts) {
      for (const ch of text) needed.add(Math.max(0, this.fontFor(ch.codePointAt(0) ?? 0)));
    }
    for (const i of needed) {
      const bytes = this.files[i];
      if (bytes !== undefined && this.embedded[i] === undefined) {
        this.embedded[i] = await doc.embedFont(bytes, { subset: true });
      }
    }
  }

  /** The text in runs of one embedded font each. */
  runs(text: string): { font: PDFFont; text: string }[] {
    const out: { font: PDFFont; text: string }[] = [];
    for (const ch of text) {
      let index = this.fontFor(ch.codePointAt(0) ?? 0);
      let drawn = ch;
      if (index < 0 || this.embedded[index] === undefined) {
        index = 0;
        drawn = '?';
      }
      const font = this.embedded[index] as PDFFont;
      const last = out[out.length - 1];
      if (last !== undefined && last.font === font) last.text += drawn;
      else out.push({ font, text: drawn });
    }
    return out;
  }

  private readonly widths = new Map<string, number>();

  /** Width of a line of text at a size, in points (remembered: wrapping asks again and again). */
  width(text: string, size: number): number {
    const key = `${size}\u0000${text}`;
    const known = this.widths.get(key);
    if (known !== undefined) return known;
    const w = this.runs(text).reduce((sum, r) => sum + r.font.widthOfTextAtSize(r.text, size), 0);
    if (this.widths.size > 20_000) this.widths.clear();
    this.widths.set(key, w);
    return w;
  }

  /** Draws one line starting at (x, y) (baseline). */
  draw(page: PDFPage, text: string, x: number, y: number, size: number, color: RGB): void {
    let at = x;
    for (const run of this.runs(text)) {
      page.drawText(run.text, { x: at, y, size, font: run.font, color });
      at += run.font.widthOfTextAtSize(run.text, size);
    }
  }

  /** Wraps text to a width: paragraphs at \n, words at spaces, an over-long word at any character. */
  wrap(text: string, size: number, maxWidth: number): string[] {
    const out: string[] = [];
    for (const paragraph of cleanText(text).split('\n')) {
      let line = '';
      for (const word of paragraph.split(' ')) {
        const candidate = line === '' ? word : `${line} ${word}`;
        if (this.width(candidate, size) <= maxWidth) {
          line = candidate;
          continue;
        }
        if (line !== '') out.push(line);
        line = '';
        let rest = word;
        while (this.width(rest, size) > maxWidth) {
          let cut = rest.length - 1;
          while (cut > 1 && this.width(rest.slice(0, cut), size) > maxWidth) cut -= 1;
          out.push(rest.slice(0, cut));
          rest = rest.slice(cut);
        }
        line = rest;
      }
      out.push(line);
    }
    return out;
  }

  /** The text cut to fit a width, ending in "…" when cut. */
  fit(text: string, size: number, maxWidth: number): string {
    const clean = cleanText(text).replace(/\n/g, ' ');
    if (this.width(clean, size) <= maxWidth) return clean;
    let cut = clean.length;
    while (cut > 0 && this.width(`${clean.slice(0, cut)}…`, size) > maxWidth) cut -= 1;
    return `${clean.slice(0, cut)}…`;
  }
}

export const INK = rgb(0.1, 0.1, 0.1);
export const MUTED = rgb(0.38, 0.38, 0.38);
export const RULE = rgb(0.78, 0.78, 0.78);
export const HEAD_FILL = rgb(0.93, 0.945, 0.96);
export const TOTAL_FILL = rgb(0.965, 0.965, 0.965);
export const BAR = rgb(0.23, 0.43, 0.65);
