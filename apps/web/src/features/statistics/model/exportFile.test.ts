import { describe, expect, it } from 'vitest';
import { escapeXml, exportName, NOTE_HEIGHT, svgDocument, TITLE_HEIGHT } from './exportFile';
import { DEFAULT_VIEW } from './view';

describe('downloads of a chart', () => {
  it('are named by what they count and the day, nothing else', () => {
    expect(exportName({ ...DEFAULT_VIEW, columns: 'method' }, 'csv', '2025-06-01')).toBe(
      'statistics-incidents-year-by-method-2025-06-01.csv',
    );
    expect(
      exportName({ ...DEFAULT_VIEW, measure: 'victims', rows: 'region' }, 'png', '2025-06-01'),
    ).toBe('statistics-victims-region-2025-06-01.png');
  });

  it('escape text for XML', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });

  it('are wide enough for a long title', () => {
    const doc = svgDocument('', { width: 100, height: 50 }, 'x'.repeat(100), 'note');
    expect(doc.width).toBe(897);
    expect(doc.text).toMatch(/^<svg [^>]*width="897"/);
  });

  it('wrap the drawing with a white background, its title above and the note below', () => {
    const { text, width } = svgDocument(
      '<rect width="10" height="10"/>',
      { width: 100.2, height: 50 },
      'A & B',
      'Counts <only>',
    );
    const height = 50 + TITLE_HEIGHT + NOTE_HEIGHT;
    expect(width).toBe(101);
    expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="101"')).toBe(true);
    expect(text).toContain(`height="${height}" viewBox="0 0 101 ${height}"`);
    expect(text).toContain('<title>A &amp; B</title>');
    expect(text).toContain('fill="#ffffff"');
    expect(text).toContain(
      `<g transform="translate(0 ${TITLE_HEIGHT})"><rect width="10" height="10"/></g>`,
    );
    expect(text).toContain('>Counts &lt;only&gt;</text>');
    expect(text.endsWith('</svg>')).toBe(true);
  });
});
