// English messages of the reports page; merged into the app catalog (app/i18n/en.ts).
// reports.ru.ts and reports.uk.ts must have the same keys and placeholders (catalogs.test.ts).
// The reports' own words (headings, methodology) come from @vigil/client, in the report's language.
export const reportsEn = {
  'reports.nav': 'Reports',
  'reports.title': 'Reports',
  'reports.intro':
    'Made on this device from the vault’s records: a statistical annex for a shadow report to the UN Committee against Torture, a draft communication to the UN Special Rapporteur on torture, or a facility report in the structure of a CPT visit report. Nothing of a report is sent to the server.',
  'reports.form.title': 'What to make',
  'reports.kind.label': 'Report',
  'reports.kind.annex': 'Statistical annex (UNCAT shadow report)',
  'reports.kind.communication': 'Communication to the UN Special Rapporteur on torture',
  'reports.kind.facility': 'Facility report (CPT structure)',
  'reports.kind.annex.hint':
    'Tables and charts of documented incidents and victims for the period; counts from 1 to 4 are suppressed.',
  'reports.kind.communication.hint':
    'One person’s case, filled from their records; what their consent does not allow for UN bodies is left out and listed.',
  'reports.kind.facility.hint':
    'Findings of the monitoring reports under the CPT headings, with follow-up and indicators.',
  'reports.from': 'From',
  'reports.to': 'To',
  'reports.unrecorded': 'Include incidents without recorded consent (aggregate figures only)',
  'reports.unrecorded.hint':
    'By default the annex counts an incident only when one of its sources consented to use by UN bodies or to publication. Strictly confidential incidents are never counted. The annex says how many incidents consent left out, and why.',
  'reports.period.hint': 'Leave empty for all dates.',
  'reports.period.reversed': 'The end of the period is before its start.',
  'reports.person': 'Person',
  'reports.person.choose': 'Choose a person…',
  'reports.person.none': 'No people in this vault yet.',
  'reports.person.unnamed': 'Unnamed person ({name})',
  'reports.facility': 'Facility',
  'reports.facility.choose': 'Choose a facility…',
  'reports.lang': 'Language of the report',
  'reports.lang.en': 'English',
  'reports.lang.ru': 'Russian',
  'reports.lang.uk': 'Ukrainian',
  'reports.make': 'Make the report',
  'reports.making': 'Opening the records and making the report…',
  'reports.preview.title': 'Preview',
  'reports.preview.label': 'Preview of the report',
  'reports.edit.title': 'Edit the draft',
  'reports.edit.hint':
    'Your changes stay in this page’s memory: they are never saved or sent to the server, and are lost when you leave. Download the report when it is ready.',
  'reports.edit.reset': 'Undo my changes',
  'reports.download.html': 'Download HTML',
  'reports.download.pdf': 'Download PDF',
  'reports.download.pdfPending': 'Making the PDF…',
  'reports.excluded':
    '{count, plural, =0 {Consent left nothing out.} one {Consent left # record out: it is listed at the end of the report.} other {Consent left # records out: they are listed at the end of the report.}}',
  'reports.excludedIncidents':
    '{count, plural, =0 {Consent left nothing out.} one {Consent left # incident out of the figures: the report says why, at the end.} other {Consent left # incidents out of the figures: the report says how many for each reason, at the end.}}',
} as const;
