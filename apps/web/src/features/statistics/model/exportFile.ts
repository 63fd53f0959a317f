import type { StatsView } from './view';

/**
 * What a download of a chart is made of: the file name (what is counted and the day, nothing
 * about the vault or anyone in it) and, for images, a stand-alone SVG document with the chart's
 * title above and the note on what is counted below, so a picture lifted off a report still says
 * what its numbers are.
 */

export type ExportFormat = 'png' | 'svg' | 'csv';

/** "statistics-incidents-year-by-method-2025-06-01.csv". */
export const exportName = (view: StatsView, format: ExportFormat, day: string): string =>
  [
    'statistics',
    view.measure,
    view.rows,
    ...(view.columns === undefined ? [] : ['by', view.columns]),
    day,
  ].join('-') + `.${format}`;

/** Text made safe for XML content and attribute values. */
export const escapeXml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** Room above the chart for its title, and below it for the note. */
export const TITLE_HEIGHT = 34;
export const NOTE_HEIGHT = 26;

/** The font of exported images: the system's, as on screen (nothing is embedded or fetched). */
const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', sans-serif";

/**
 * A stand-alone SVG document: white background, the title, the chart's own markup (`inner`,
 * already serialised) moved below it, and the note; with its width and height in CSS pixels.
 */
export const svgDocument = (
  inner: string,
  size: { readonly width: number; readonly height: number },
  title: string,
  note: string,
): { readonly text: string; readonly width: number; readonly height: number } => {
  // Wide enough for the title and the note, whatever the chart's own width.
  const width = Math.ceil(Math.max(size.width, title.length * 8.8 + 16, note.length * 6.4 + 16));
  const height = Math.ceil(size.height) + TITLE_HEIGHT + NOTE_HEIGHT;
  const text = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="8" y="22" font-size="15" font-weight="700" fill="#1c2430">${escapeXml(title)}</text>`,
    `<g transform="translate(0 ${TITLE_HEIGHT})">${inner}</g>`,
    `<text x="8" y="${height - 9}" font-size="11" fill="#5b6675">${escapeXml(note)}</text>`,
    '</svg>',
  ].join('');
  return { text, width, height };
};
