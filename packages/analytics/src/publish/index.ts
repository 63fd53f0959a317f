// Public statistics that identify no one: the tables (small categories merged, small cells
// suppressed with the auditor's proof) and the static site made of them.
export {
  DEFAULT_PUBLICATION,
  OTHER,
  WITHHELD_REASONS,
  publicationOf,
  type Publication,
  type PublicationOptions,
  type PublicCrossTable,
  type PublicList,
  type PublicSeries,
  type PublicTable,
  type Withheld,
  type WithheldReason,
} from './tables';
export { csvField, escapeHtml, publicSite, type SiteLang, type SiteOptions } from './site';
