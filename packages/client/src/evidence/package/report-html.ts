import type { ReportModel } from './report';
import { TIMELINE_COLUMNS } from './report';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const rows = (pairs: readonly (readonly [string, string])[]): string =>
  pairs.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('');

// Inline CSS only: the report must open the same way offline, years later, with no request out.
const STYLE = `body{font-family:system-ui,sans-serif;margin:2em;color:#111;max-width:70em}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #999}
table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #bbb;padding:.25em .5em;
text-align:left;vertical-align:top}th{background:#f2f2f2}code,.mono{font-family:monospace;
word-break:break-all}@media print{body{margin:0}}`;

/** The custody report as one self-contained HTML page: inline CSS, no scripts, no links out. */
export const reportHtml = (model: ReportModel): string => {
  const items = model.items
    .map(
      (item) =>
        `<h2>${escapeHtml(item.heading)}</h2><table class="mono">${rows(item.facts)}</table>` +
        `<table><thead><tr>${TIMELINE_COLUMNS.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}` +
        `</tr></thead><tbody>${item.timeline
          .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`,
    )
    .join('');
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<title>${escapeHtml(model.title)}</title><style>${STYLE}</style></head><body>` +
    `<h1>${escapeHtml(model.title)}</h1><table>${rows(model.summary)}</table>${items}` +
    `<h2>Signers</h2><p>Account → Ed25519 signing key: fingerprint (SHA-256, first 16 hex digits) and the key.</p>` +
    `<table class="mono">${rows(model.signers)}</table>` +
    `<h2>How to verify this package</h2>${model.howToVerify.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}` +
    `</body></html>\n`
  );
};
