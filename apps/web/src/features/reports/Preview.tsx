import { REPORT_CSS } from '@vigil/client';
import { useEffect, useRef } from 'react';

let sheet: CSSStyleSheet | null = null;
/** The report's stylesheet as a constructed sheet: the app's CSP forbids inline <style>. */
const reportSheet = (): CSSStyleSheet => {
  if (sheet === null) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(REPORT_CSS);
  }
  return sheet;
};

/**
 * The report's HTML shown in the page, inside a shadow root so that its styles and the app's do
 * not meet. `html` comes from the report renderer, which escapes every text it is given.
 */
export function Preview({ html, label }: { readonly html: string; readonly label: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (el === null) return;
    const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [reportSheet()];
    root.innerHTML = html;
  }, [html]);
  return (
    <div
      ref={host}
      className="report-preview"
      role="document"
      aria-label={label}
      data-testid="report-preview"
    />
  );
}
