import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFPage, type RGB } from 'pdf-lib';
import type { Block, ReportDocument, Section } from './document';
import {
  BAR,
  FontSet,
  HEAD_FILL,
  INK,
  MUTED,
  RULE,
  TOTAL_FILL,
  type ReportFonts,
} from './pdf-text';

/**
 * Reports as PDF (pdf-lib), A4 portrait: headings, wrapped text, facts, tables whose header is
 * repeated on each page, horizontal bar charts drawn as vectors, a footer with page numbers. The
 * fonts are given by the caller (the web app fetches them from its own origin, the CLI reads them
 * from node_modules), so nothing is downloaded and Cyrillic is drawn with an embedded font.
 */

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { left: 56, right: 56, top: 60, bottom: 64 };
const CONTENT = PAGE.width - MARGIN.left - MARGIN.right;
const BODY = 9.5;
const SMALL = 8;
const LINE = 1.38;
const CELL_PAD = 4;

interface Style {
  readonly font: FontSet;
  readonly size: number;
  readonly color: RGB;
}

/** Every string of a document, to know which font files to embed before drawing. */
const textsOf = (doc: ReportDocument): string[] => {
  const out = [doc.title, doc.subtitle ?? '', doc.footer, '–…?0123456789 /'];
  for (const m of doc.meta) out.push(m.label, m.value);
  const visit = (s: Section) => {
    out.push(s.title);
    for (const b of s.blocks) {
      switch (b.type) {
        case 'paragraph':
          out.push(b.text);
          break;
        case 'list':
          out.push(...b.items);
          break;
        case 'facts':
          for (const f of b.items) out.push(f.label, f.value);
          break;
        case 'table':
          out.push(b.caption, ...b.head, ...b.rows.flatMap((r) => r.cells), ...(b.notes ?? []));
          break;
        case 'bars':
          out.push(b.caption, b.suppressedText, ...b.bars.map((x) => x.label));
          break;
        case 'field':
          out.push(b.label, b.text);
          break;
      }
    }
    for (const sub of s.subsections ?? []) visit(sub);
  };
  doc.sections.forEach(visit);
  return out;
};

/** Lays a document out page by page. */
class Layout {
  page: PDFPage;
  y = 0;

  constructor(
    private readonly pdf: PDFDocument,
    readonly regular: FontSet,
    readonly bold: FontSet,
  ) {
    this.page = this.newPage();
  }

  newPage(): PDFPage {
    this.page = this.pdf.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - MARGIN.top;
    return this.page;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }

  lineHeight(size: number): number {
    return size * LINE;
  }

  /** Wrapped text from the left margin (plus `indent`), then `after` points of space. */
  text(text: string, style: Style, indent = 0, after = 4): void {
    const lh = this.lineHeight(style.size);
    for (const line of style.font.wrap(text, style.size, CONTENT - indent)) {
      this.ensure(lh);
      style.font.draw(
        this.page,
        line,
        MARGIN.left + indent,
        this.y - style.size,
        style.size,
        style.color,
      );
      this.y -= lh;
    }
    this.y -= after;
  }

  /** The last heading drawn: a table captioned with the same words does not repeat them. */
  private lastHeading = '';

  heading(text: string, size: number, before: number): void {
    this.lastHeading = text;
    this.y -= before;
    // Keep a heading with at least three lines of what follows it.
    this.ensure(this.lineHeight(size) + 3 * this.lineHeight(BODY));
    this.text(text, { font: this.bold, size, color: INK }, 0, 3);
  }

  facts(items: readonly { label: string; value: string }[]): void {
    const labelWidth = Math.min(
      CONTENT * 0.45,
      Math.max(80, ...items.map((f) => this.bold.width(f.label, BODY) + 10)),
    );
    const lh = this.lineHeight(BODY);
    for (const f of items) {
      const labels = this.bold.wrap(f.label, BODY, labelWidth - 10);
      const values = this.regular.wrap(f.value, BODY, CONTENT - labelWidth);
      const rows = Math.max(labels.length, values.length);
      this.ensure(Math.min(rows, 3) * lh);
      for (let i = 0; i < rows; i += 1) {
        this.ensure(lh);
        const y = this.y - BODY;
        const label = labels[i];
        const value = values[i];
        if (label !== undefined) this.bold.draw(this.page, label, MARGIN.left, y, BODY, INK);
        if (value !== undefined)
          this.regular.draw(this.page, value, MARGIN.left + labelWidth, y, BODY, INK);
        this.y -= lh;
      }
    }
    this.y -= 6;
  }

  table(block: Extract<Block, { type: 'table' }>): void {
    const columns = block.head.length;
    const natural = block.head.map(
      (h, i) =>
        Math.max(
          this.bold.width(h, SMALL + 0.5),
          ...block.rows.map((r) => this.regular.width(r.cells[i] ?? '', SMALL + 0.5)),
        ) +
        2 * CELL_PAD,
    );
    const numericWidth = (i: number) => Math.min(natural[i] ?? 40, 90);
    const fixed = block.numeric.reduce((s, n, i) => s + (n ? numericWidth(i) : 0), 0);
    const textColumns = block.numeric.map((n, i) => (n ? 0 : Math.max(natural[i] ?? 40, 40)));
    const textTotal = textColumns.reduce((s, w) => s + w, 0);
    const room = CONTENT - fixed;
    const widths = block.numeric.map((n, i) =>
      n
        ? numericWidth(i)
        : textTotal <= room
          ? (textColumns[i] ?? 0)
          : ((textColumns[i] ?? 0) / textTotal) * room,
    );
    const size = SMALL + 0.5;
    const lh = this.lineHeight(size);
    const drawRow = (cells: readonly string[], font: FontSet, fill?: RGB) => {
      const wrapped = cells.map((c, i) => font.wrap(c, size, (widths[i] ?? 40) - 2 * CELL_PAD));
      const height = Math.max(1, ...wrapped.map((w) => w.length)) * lh + 2 * CELL_PAD - (lh - size);
      const fresh = this.y - height < MARGIN.bottom;
      if (fresh) {
        this.newPage();
        if (font === this.regular) drawRow(block.head, this.bold, HEAD_FILL);
      }
      let x = MARGIN.left;
      const top = this.y;
      for (let i = 0; i < columns; i += 1) {
        const w = widths[i] ?? 40;
        this.page.drawRectangle({
          x,
          y: top - height,
          width: w,
          height,
          borderColor: RULE,
          borderWidth: 0.5,
          ...(fill === undefined ? {} : { color: fill }),
        });
        (wrapped[i] ?? []).forEach((line, j) => {
          const lineWidth = font.width(line, size);
          const at = block.numeric[i] === true ? x + w - CELL_PAD - lineWidth : x + CELL_PAD;
          font.draw(this.page, line, at, top - CELL_PAD - size - j * lh + 1, size, INK);
        });
        x += w;
      }
      this.y -= height;
    };
    this.ensure(this.lineHeight(BODY) + 3 * lh + 4 * CELL_PAD);
    if (block.caption !== this.lastHeading) {
      this.text(block.caption, { font: this.bold, size: BODY, color: INK }, 0, 2);
    }
    drawRow(block.head, this.bold, HEAD_FILL);
    for (const row of block.rows) {
      drawRow(
        row.cells,
        row.total === true ? this.bold : this.regular,
        row.total === true ? TOTAL_FILL : undefined,
      );
    }
    this.y -= 4;
    for (const note of block.notes ?? [])
      this.text(note, { font: this.regular, size: SMALL, color: MUTED }, 0, 1);
    this.y -= 6;
  }

  bars(block: Extract<Block, { type: 'bars' }>): void {
    const labelWidth = 170;
    const plot = CONTENT - labelWidth - 40;
    const row = 13;
    const max = Math.max(1, ...block.bars.map((b) => b.value ?? 0));
    this.ensure(this.lineHeight(BODY) + Math.min(block.bars.length, 4) * row);
    this.text(block.caption, { font: this.bold, size: BODY, color: INK }, 0, 2);
    for (const bar of block.bars) {
      this.ensure(row);
      const base = this.y - row + 3;
      const label = this.regular.fit(bar.label, SMALL, labelWidth - 8);
      this.regular.draw(
        this.page,
        label,
        MARGIN.left + labelWidth - 8 - this.regular.width(label, SMALL),
        base,
        SMALL,
        INK,
      );
      const x = MARGIN.left + labelWidth;
      if (bar.value === null) {
        this.regular.draw(this.page, block.suppressedText, x + 2, base, SMALL, MUTED);
      } else {
        const w = (bar.value / max) * plot;
        if (w > 0)
          this.page.drawRectangle({ x, y: base - 1.5, width: w, height: row - 4, color: BAR });
        this.regular.draw(this.page, String(bar.value), x + w + 3, base, SMALL, INK);
      }
      this.y -= row;
    }
    this.y -= 8;
  }

  block(block: Block): void {
    const body: Style = { font: this.regular, size: BODY, color: INK };
    switch (block.type) {
      case 'paragraph':
        this.text(
          block.text,
          block.note === true ? { ...body, size: SMALL + 0.5, color: MUTED } : body,
          0,
          5,
        );
        break;
      case 'list':
        for (const item of block.items) this.text(`• ${item}`, body, 8, 2);
        this.y -= 4;
        break;
      case 'facts':
        this.facts(block.items);
        break;
      case 'table':
        this.table(block);
        break;
      case 'bars':
        this.bars(block);
        break;
      case 'field':
        this.ensure(3 * this.lineHeight(BODY));
        this.text(block.label, { font: this.bold, size: BODY, color: INK }, 0, 1);
        this.text(block.text.trim() === '' ? '—' : block.text, body, 10, 6);
        break;
    }
  }

  section(section: Section, level: 2 | 3): void {
    this.heading(section.title, level === 2 ? 13 : 11, level === 2 ? 12 : 6);
    for (const b of section.blocks) this.block(b);
    for (const sub of section.subsections ?? []) this.section(sub, 3);
  }
}

/** The report as a PDF; `fonts` must cover the report's language (Noto Sans: REPORT_FONT_FILES). */
export const renderPdf = async (doc: ReportDocument, fonts: ReportFonts): Promise<Uint8Array> => {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(doc.title);
  pdf.setLanguage(doc.lang);
  pdf.setCreator('Vigil');
  pdf.setProducer('Vigil (pdf-lib)');
  const regular = FontSet.of(fonts.regular);
  const bold = FontSet.of(fonts.bold);
  const texts = textsOf(doc);
  await regular.embedFor(pdf, texts);
  await bold.embedFor(pdf, texts);

  const layout = new Layout(pdf, regular, bold);
  layout.text(doc.title, { font: bold, size: 17, color: INK }, 0, 4);
  if (doc.subtitle !== undefined)
    layout.text(doc.subtitle, { font: regular, size: BODY + 0.5, color: MUTED }, 0, 8);
  layout.facts(doc.meta);
  for (const s of doc.sections) layout.section(s, 2);

  const pages = pdf.getPages();
  pages.forEach((page, i) => {
    const y = MARGIN.bottom - 28;
    page.drawLine({
      start: { x: MARGIN.left, y: y + 12 },
      end: { x: PAGE.width - MARGIN.right, y: y + 12 },
      thickness: 0.5,
      color: RULE,
    });
    const number = `${i + 1} / ${pages.length}`;
    const numberWidth = regular.width(number, SMALL - 0.5);
    const footer = regular.fit(doc.footer, SMALL - 0.5, CONTENT - numberWidth - 16);
    regular.draw(page, footer, MARGIN.left, y, SMALL - 0.5, MUTED);
    regular.draw(page, number, PAGE.width - MARGIN.right - numberWidth, y, SMALL - 0.5, MUTED);
  });
  return pdf.save();
};
