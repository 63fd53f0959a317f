// Loaded on demand (dynamic import) when a PDF is asked for: the PDF renderer and its font engine
// are large, and most visits to the page never need them.
export { renderPdf } from '@vigil/client/report-pdf';
