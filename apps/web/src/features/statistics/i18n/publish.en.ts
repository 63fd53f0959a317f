// English messages of the dialog that publishes public statistics; spread into statisticsEn.
// publish.ru.ts and publish.uk.ts must have the same keys and placeholders (catalogs.test.ts).
export const publishEn = {
  'statistics.publish.open': 'Publish public statistics…',
  'statistics.publish.title': 'Publish public statistics',
  'statistics.publish.explain':
    'Only aggregate counts of documented incidents are published: no names, no free text, nothing of any single record. Every figure counts at least {threshold} incidents of at least {threshold} people; smaller categories are merged into “other”, and some cells of two-way tables are suppressed, with a proof that they cannot be worked out from the totals. The site (a page, its stylesheet and a CSV file per table) is made in this browser and downloaded as a ZIP file; it goes online only where you put it.',
  'statistics.publish.k': 'Smallest group (k)',
  'statistics.publish.kHint': 'From 2 to 100. A larger k shows less and protects more.',
  'statistics.publish.kProblem': 'Enter a whole number from 2 to 100.',
  'statistics.publish.periodHint':
    'Both empty: all dates. With a period, incidents without a date are left out.',
  'statistics.publish.lang': 'Language of the site',
  'statistics.publish.siteTitle': 'Title of the site',
  'statistics.publish.titleProblem': 'Enter a title of at most 200 characters.',
  'statistics.publish.prepare': 'Show what will be published',
  'statistics.publish.loading': 'The server is computing the tables…',

  'statistics.publish.preview': 'What will be published',
  'statistics.publish.summary':
    '{count, plural, one {# documented incident} other {# documented incidents}}; period: {period}; k = {threshold}.',
  'statistics.publish.allDates': 'all dates',
  'statistics.publish.tables': 'Tables',
  'statistics.publish.table.one': 'Incidents by {name}',
  'statistics.publish.table.two': 'Incidents by {name} and {value}',
  'statistics.publish.categories': '{count, plural, one {# category} other {# categories}}',
  'statistics.publish.merged':
    '{count, plural, one {# small category merged into “other”} other {# small categories merged into “other”}}',
  'statistics.publish.cells': '{count, plural, one {# cell} other {# cells}}',
  'statistics.publish.suppressed':
    '{count, plural, one {# suppressed, proven impossible to work out} other {# suppressed, proven impossible to work out}}',
  'statistics.publish.hidden':
    '{count, plural, one {# category of fewer than {threshold} left out} other {# categories of fewer than {threshold} left out}}',
  'statistics.publish.withheld': 'Not published',
  'statistics.publish.withheldNone': 'Every table could be published.',
  'statistics.publish.withheldItem': '{name}: {reason}',
  'statistics.publish.everything': 'Everything',
  'statistics.publish.why.tooFew': 'fewer than {threshold} incidents or people in the period',
  'statistics.publish.why.margin': 'protecting its small cells would have meant hiding a total',
  'statistics.publish.why.audit': 'the audit found a small cell that could be worked out',
  'statistics.publish.files': 'In the ZIP file: {name}',
  'statistics.publish.download': 'Download the ZIP file',
  'statistics.publish.downloaded':
    'Downloaded {name}. Look it over, then put it online where you choose.',
  'statistics.publish.failed': 'This browser could not make the ZIP file.',
  'statistics.publish.change': 'Change the settings',
  'statistics.publish.close': 'Close',
  'statistics.publish.nothing.title': 'Nothing can be published yet',
  'statistics.publish.nothing.body':
    'Public statistics need at least {threshold} incidents of at least {threshold} people in the period, in categories at least that large: with fewer, a figure could point at someone. Document more incidents, or choose a longer period.',
} as const satisfies Record<string, string>;
