import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { ReportDocument } from './document';
import { escapeHtml, renderHtml, renderHtmlBody } from './html';
import { renderPdf } from './pdf';
import { REPORT_FONT_FILES, type ReportFonts } from './fonts';

const require = createRequire(import.meta.url);
const fonts: ReportFonts = {
  regular: REPORT_FONT_FILES.regular.map((f) => new Uint8Array(readFileSync(require.resolve(f)))),
  bold: REPORT_FONT_FILES.bold.map((f) => new Uint8Array(readFileSync(require.resolve(f)))),
};

const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes"';

/** A document with every kind of block, a hostile record text in each place text can go. */
const doc = (lang: 'en' | 'ru', rows = 3): ReportDocument => ({
  kind: 'communication',
  lang,
  title: lang === 'ru' ? 'Проект сообщения' : 'Draft communication',
  subtitle: HOSTILE,
  meta: [{ label: 'Generated on', value: '2025-06-01' }],
  sections: [
    {
      id: 'identity',
      title: lang === 'ru' ? '1. Личность пострадавшего' : '1. Identity',
      blocks: [
        { type: 'paragraph', text: HOSTILE },
        { type: 'list', items: [HOSTILE, 'Украина: Ґ, Є, Ї, І; Čeština'] },
        { type: 'facts', items: [{ label: HOSTILE, value: 'Иван Петров' }] },
        {
          type: 'field',
          id: 'identity.names',
          label: 'Name(s)',
          text: `Иван Петров\n${HOSTILE}\n${'очень длинное слово'.repeat(20)}`,
        },
      ],
      subsections: [
        {
          id: 'sub',
          title: 'Sub',
          blocks: [
            {
              type: 'table',
              caption: HOSTILE,
              head: ['Method', 'Incidents'],
              numeric: [false, true],
              rows: [
                ...Array.from({ length: rows }, (_, i) => ({
                  cells: [`${HOSTILE} ${i}`, String(i)],
                })),
                { cells: ['Total', '–'], total: true },
              ],
              notes: ['– : suppressed'],
            },
            {
              type: 'bars',
              caption: 'Incidents',
              bars: [
                { label: HOSTILE, value: 12 },
                { label: 'Изоляция', value: null },
              ],
              suppressedText: 'suppressed',
            },
          ],
        },
      ],
    },
  ],
  footer: 'Vigil · draft',
});

describe('renderHtml', () => {
  it('escapes a record holding <script> wherever text goes: no element or attribute comes from it', () => {
    const html = renderHtml(doc('en'));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain(escapeHtml(HOSTILE));
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('is self-contained: one inline stylesheet, a policy forbidding scripts and requests, no outside address', () => {
    const html = renderHtml(doc('ru'));
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<link|<[a-z]+[^>]*\s(?:src|href)=|url\(/);
    // Only the SVG namespace looks like an address, and it is never fetched.
    expect(html.match(/https?:\/\/[^"]+/g)).toEqual(['http://www.w3.org/2000/svg']);
    expect(html).toContain('<svg');
    expect(html).toContain('data-field="identity.names"');
    expect(html).toContain('data-section="sub"');
  });

  it('uses no style attribute, so that a page forbidding inline styles can preview it', () => {
    expect(renderHtmlBody(doc('en'))).not.toMatch(/\sstyle=/);
  });
});

describe('renderPdf', () => {
  it('renders Russian and Ukrainian text, tables and bars to a PDF with an embedded font', async () => {
    const bytes = await renderPdf(doc('ru'), fonts);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getTitle()).toBe('Проект сообщения');
  });

  it('continues a long table on new pages, header repeated', async () => {
    const bytes = await renderPdf(doc('en', 150), fonts);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBeGreaterThan(2);
  });

  it('draws a character no font has as a question mark instead of failing', async () => {
    const odd: ReportDocument = { ...doc('en', 1), title: 'Chinese 中文 and emoji 🙂' };
    const bytes = await renderPdf(odd, fonts);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
  });
});
