// Reports made on the client from opened records (issue 6 point 4): the statistical annex of a
// UNCAT shadow report, a draft communication to the UN Special Rapporteur on torture, and a
// facility report in CPT structure; each as a model (pure), a document, HTML and PDF.
export * from './document';
export { REPORT_LANGS, reportLangOf, type ReportLang } from './labels';
export { reportText, type ExcludedItem } from './text';
export {
  ANNEX_DIMENSIONS,
  annexDocument,
  buildAnnex,
  type AnnexDimension,
  type AnnexInput,
  type AnnexModel,
  type AnnexRow,
  type AnnexTable,
} from './annex';
export {
  COMMUNICATION_PURPOSE,
  COMMUNICATION_SECTIONS,
  buildCommunication,
  communicationDocument,
  withEdits,
  type CommunicationField,
  type CommunicationInput,
  type CommunicationModel,
  type CommunicationSection,
  type CommunicationSectionId,
} from './communication';
export {
  FACILITY_CHAPTERS,
  buildFacilityReport,
  facilityDocument,
  type FacilityReportInput,
  type FacilityReportModel,
} from './facility';
export { loadAnnexInput, loadCommunicationInput, loadFacilityInput } from './load';
export { REPORT_CSP, REPORT_CSS, escapeHtml, renderHtml, renderHtmlBody } from './html';
export { REPORT_FONT_FILES, type ReportFonts } from './fonts';
// renderPdf is its own entry, '@vigil/client/report-pdf': pdf-lib loads only where it is used.
