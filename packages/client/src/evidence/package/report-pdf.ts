import { transliterate } from '@vigil/core';
import type { ReportModel } from './report';
import { TIMELINE_COLUMNS } from './report';

/*
 * A small hand-written PDF 1.4 writer for text-only pages (ADR 16): Courier and Courier-Bold,
 * two of the 14 fonts every PDF reader has, so nothing is embedded and nothing downloaded.
 * Those fonts cover Latin-1 only (WinAnsiEncoding): Cyrillic is transliterated (ICAO Doc 9303),
 * anything else outside Latin-1 is written as <U+XXXX>. The page says so; report.html and the
 * JSON files keep the exact text. Monospace makes line wrapping exact without font metrics.
 */

const PAGE_WIDTH = 595; // A4, in points
const PAGE_HEIGHT = 842;
const MARGIN = 50;
const BODY_SIZE = 8;
const HEADING_SIZE = 11;
/** Courier's advance is 0.6 em for every glyph. */
const columnsAt = (size: number) => Math.floor((PAGE_WIDTH - 2 * MARGIN) / (0.6 * size));

interface Line {
  readonly text: string;
  readonly bold: boolean;
  readonly size: number;
}

/** Text in Latin-1: Cyrillic transliterated, other code points named. */
export const toLatin1 = (text: string): string =>
  transliterate(text, 'iuliia:icao_doc_9303').replace(/[^\n\u0020-\u00ff]/gu, (c) => {
    const code = c.codePointAt(0) ?? 0;
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });

const wrap = (text: string, width: number, indent = ''): string[] => {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let rest = paragraph;
    let first = true;
    do {
      const room = first ? width : width - indent.length;
      let cut = rest.length <= room ? rest.length : rest.lastIndexOf(' ', room);
      if (cut <= 0) cut = Math.min(room, rest.length);
      out.push((first ? '' : indent) + rest.slice(0, cut));
      rest = rest.slice(cut).replace(/^ /, '');
      first = false;
    } while (rest.length > 0);
  }
  return out;
};

const linesOf = (model: ReportModel): Line[] => {
  const body = columnsAt(BODY_SIZE);
  const lines: Line[] = [];
  const heading = (text: string) => {
    lines.push({ text: '', bold: false, size: BODY_SIZE });
    for (const t of wrap(toLatin1(text), columnsAt(HEADING_SIZE))) {
      lines.push({ text: t, bold: true, size: HEADING_SIZE });
    }
  };
  const para = (text: string, indent = '') => {
    for (const t of wrap(toLatin1(text), body, indent)) {
      lines.push({ text: t, bold: false, size: BODY_SIZE });
    }
  };
  heading(model.title);
  para('Non-Latin text below is transliterated (ICAO Doc 9303) or written as <U+code point>;');
  para('report.html and the JSON files in this package hold the exact text.');
  for (const [k, v] of model.summary) para(`${k}: ${v}`, '    ');
  for (const item of model.items) {
    heading(item.heading);
    for (const [k, v] of item.facts) para(`${k}: ${v}`, '    ');
    para('');
    para(`Custody (${TIMELINE_COLUMNS.join(' | ')}):`);
    for (const row of item.timeline) {
      const [seq, at, action, actor, key, note] = row;
      para(
        `${seq ?? ''}. ${at ?? ''}  ${action ?? ''}  by ${actor ?? ''}  key ${key ?? ''}`,
        '      ',
      );
      if (note !== undefined && note !== '') para(`note: ${note}`, '      ');
    }
  }
  heading('Signers (account: key fingerprint and key)');
  for (const [k, v] of model.signers) para(`${k}: ${v}`, '    ');
  heading('How to verify this package');
  for (const p of model.howToVerify) {
    para(p, '  ');
    para('');
  }
  return lines;
};

/** A PDF string literal: Latin-1 bytes, with parentheses, backslash and non-ASCII escaped. */
const pdfString = (text: string): string =>
  '(' +
  [...text]
    .map((c) => {
      const code = c.charCodeAt(0);
      if (c === '(' || c === ')' || c === '\\') return `\\${c}`;
      if (code < 0x20 || code > 0x7e) return `\\${code.toString(8).padStart(3, '0')}`;
      return c;
    })
    .join('') +
  ')';

const pages = (lines: readonly Line[]): string[] => {
  const streams: string[] = [];
  let ops: string[] = [];
  let y = PAGE_HEIGHT - MARGIN;
  const finish = () => {
    streams.push(ops.join('\n'));
    ops = [];
    y = PAGE_HEIGHT - MARGIN;
  };
  for (const line of lines) {
    const height = line.size * 1.35;
    if (y - height < MARGIN) finish();
    y -= height;
    if (line.text === '') continue;
    ops.push(
      `BT /${line.bold ? 'F2' : 'F1'} ${line.size} Tf ${MARGIN} ${y.toFixed(2)} Td ${pdfString(line.text)} Tj ET`,
    );
  }
  finish();
  return streams;
};

/** The custody report as a PDF (text only, ASCII bytes: escapes carry the Latin-1 letters). */
export const reportPdf = (model: ReportModel): Uint8Array => {
  const contents = pages(linesOf(model));
  const objects: string[] = [];
  const font = (name: string) =>
    `<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding /WinAnsiEncoding >>`;
  // 1 catalog, 2 page tree, 3-4 fonts, then a page and its content per page.
  const pageIds = contents.map((_, i) => 5 + 2 * i);
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`,
  );
  objects.push(font('Courier'), font('Courier-Bold'));
  contents.forEach((stream, i) => {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
        `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${6 + 2 * i} 0 R >>`,
    );
    objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  });
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Every character is below U+0100 (the binary marker of line 2 included): one byte each.
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
};
