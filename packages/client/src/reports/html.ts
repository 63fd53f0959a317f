import type { Bar, Block, ReportDocument, Section } from './document';

/**
 * Reports as self-contained HTML: styles inline in one `<style>` element, charts as inline SVG
 * drawn with presentation attributes, no script, no external address. Every text is escaped.
 * The document carries its own Content-Security-Policy, so even a copy opened from disk can
 * neither run a script nor fetch anything. `renderHtmlBody` gives the same content without the
 * page around it (the web app previews it under the app's own policy, which forbids inline
 * styles: no element here has a `style` attribute).
 */

/** Escapes text for HTML element content and quoted attribute values. */
export const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** The stylesheet of a report, every rule scoped to `.vr` (the article). */
export const REPORT_CSS = `
.vr { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #1a1a1a; line-height: 1.45; max-width: 52rem; margin: 0 auto; padding: 1.5rem; font-size: 0.95rem; }
.vr h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
.vr h2 { font-size: 1.2rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid #c8c8c8; padding-bottom: 0.2rem; }
.vr h3 { font-size: 1.05rem; margin: 1.25rem 0 0.4rem; }
.vr h4 { font-size: 0.95rem; margin: 1rem 0 0.25rem; }
.vr .vr-subtitle { color: #444; margin: 0 0 1rem; }
.vr .vr-meta, .vr .vr-facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0 1rem; }
.vr .vr-meta dt, .vr .vr-facts dt { font-weight: 600; }
.vr dd { margin: 0; }
.vr .vr-note { color: #555; font-size: 0.85rem; }
.vr .vr-pre { white-space: pre-wrap; margin: 0; }
.vr .vr-field { border-left: 3px solid #d0d7e2; padding: 0.1rem 0 0.1rem 0.75rem; margin: 0.75rem 0; }
.vr table { border-collapse: collapse; margin: 0.75rem 0 0.25rem; min-width: 60%; }
.vr caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
.vr th, .vr td { border: 1px solid #c8c8c8; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
.vr thead th { background: #eef1f5; }
.vr td.vr-num, .vr th.vr-num { text-align: right; font-variant-numeric: tabular-nums; }
.vr tr.vr-total td { font-weight: 700; background: #f6f6f6; }
.vr svg { display: block; max-width: 100%; height: auto; margin: 0.5rem 0 1rem; }
.vr footer { margin-top: 2rem; color: #666; font-size: 0.8rem; border-top: 1px solid #c8c8c8; padding-top: 0.5rem; }
@media print { .vr { max-width: none; padding: 0; } .vr h2 { break-after: avoid; } .vr table, .vr svg { break-inside: avoid; } }
`;

const BAR_ROW = 22;
const LABEL_WIDTH = 230;
const CHART_WIDTH = 640;
const MAX_LABEL = 36;

const shortLabel = (label: string): string =>
  label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;

/** A horizontal bar chart as inline SVG; suppressed bars say so instead of a length. */
export const barsSvg = (caption: string, bars: readonly Bar[], suppressedText: string): string => {
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const plot = CHART_WIDTH - LABEL_WIDTH - 60;
  const height = bars.length * BAR_ROW + 8;
  const rows = bars.map((b, i) => {
    const y = 4 + i * BAR_ROW;
    const label = `<text x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end" font-size="12" fill="#1a1a1a"><title>${escapeHtml(b.label)}</title>${escapeHtml(shortLabel(b.label))}</text>`;
    if (b.value === null) {
      return `${label}<text x="${LABEL_WIDTH + 4}" y="${y + 15}" font-size="11" font-style="italic" fill="#777777">${escapeHtml(suppressedText)}</text>`;
    }
    const width = Math.round((b.value / max) * plot);
    return `${label}<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${width}" height="${BAR_ROW - 6}" fill="#3b6ea5"/><text x="${LABEL_WIDTH + width + 4}" y="${y + 15}" font-size="11" fill="#1a1a1a">${b.value}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${CHART_WIDTH} ${height}" width="${CHART_WIDTH}" height="${height}" font-family="Noto Sans, DejaVu Sans, Arial, sans-serif"><title>${escapeHtml(caption)}</title>${rows.join('')}</svg>`;
};

const blockHtml = (block: Block): string => {
  switch (block.type) {
    case 'paragraph':
      return `<p class="${block.note === true ? 'vr-note' : 'vr-p'}">${escapeHtml(block.text)}</p>`;
    case 'list':
      return `<ul>${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
    case 'facts':
      return `<dl class="vr-facts">${block.items
        .map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`)
        .join('')}</dl>`;
    case 'table': {
      const cls = (i: number) => (block.numeric[i] === true ? ' class="vr-num"' : '');
      const head = block.head.map((h, i) => `<th${cls(i)}>${escapeHtml(h)}</th>`).join('');
      const rows = block.rows
        .map(
          (r) =>
            `<tr${r.total === true ? ' class="vr-total"' : ''}>${r.cells
              .map((c, i) => `<td${cls(i)}>${escapeHtml(c)}</td>`)
              .join('')}</tr>`,
        )
        .join('');
      const notes = (block.notes ?? [])
        .map((n) => `<p class="vr-note">${escapeHtml(n)}</p>`)
        .join('');
      return `<table><caption>${escapeHtml(block.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>${notes}`;
    }
    case 'bars':
      return barsSvg(block.caption, block.bars, block.suppressedText);
    case 'field':
      return `<div class="vr-field" data-field="${escapeHtml(block.id)}"><h4>${escapeHtml(block.label)}</h4><p class="vr-pre">${escapeHtml(block.text.trim() === '' ? '—' : block.text)}</p></div>`;
  }
};

const sectionHtml = (section: Section, level: 2 | 3): string =>
  `<section data-section="${escapeHtml(section.id)}"><h${level}>${escapeHtml(section.title)}</h${level}>${section.blocks
    .map(blockHtml)
    .join('')}${(section.subsections ?? []).map((s) => sectionHtml(s, 3)).join('')}</section>`;

/** The report's article (no page around it), for a preview inside another page. */
export const renderHtmlBody = (doc: ReportDocument): string =>
  `<article class="vr" lang="${doc.lang}" data-report="${doc.kind}"><header><h1>${escapeHtml(doc.title)}</h1>${
    doc.subtitle === undefined ? '' : `<p class="vr-subtitle">${escapeHtml(doc.subtitle)}</p>`
  }<dl class="vr-meta">${doc.meta
    .map((m) => `<dt>${escapeHtml(m.label)}</dt><dd>${escapeHtml(m.value)}</dd>`)
    .join(
      '',
    )}</dl></header>${doc.sections.map((s) => sectionHtml(s, 2)).join('')}<footer>${escapeHtml(doc.footer)}</footer></article>`;

/** The policy a saved report carries: no script, no request, only its own inline styles. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The report as one self-contained HTML file. */
export const renderHtml = (doc: ReportDocument): string =>
  `<!doctype html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(doc.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${renderHtmlBody(doc)}
</body>
</html>
`;
