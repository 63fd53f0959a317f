import { ENUM_LABELS } from '@vigil/core';
import { enumMessages } from '../../../app/i18n/enumMessages';
// English messages of a vault's view of places of detention (facility sections, map colours,
// alerts, a person's path); merged into the app catalog (app/i18n/en.ts). monitoring.ru.ts and
// monitoring.uk.ts must have the same keys and placeholders (catalogs.test.ts). The methods are
// core's INDICATORS[…].method word for word (i18n.test.ts checks it).
export const monitoringEn = {
  'monitoring.vault.label': 'Vault',
  'monitoring.vault.none':
    'You are not an active member of any vault, so there is nothing of yours to show here.',
  'monitoring.vault.toVaults': 'Go to your vaults',

  'monitoring.facility.title': 'In your vault',
  'monitoring.facility.intro':
    'What the records of the vault say about this place. Only members of the vault see it; every number opens the records it counts.',
  'monitoring.facility.unknown': 'Facility not in the register',
  'monitoring.facility.merged':
    'Records of {count, plural, one {# facility} other {# facilities}} merged into this one are counted here too.',

  'monitoring.filter.title': 'Period',
  'monitoring.filter.from': 'From',
  'monitoring.filter.to': 'To',
  'monitoring.filter.bucket': 'Count by',
  'monitoring.filter.apply': 'Apply',
  'monitoring.filter.clear': 'All dates',
  'monitoring.filter.badDay': 'Enter a day as YYYY-MM-DD, e.g. 2024-05-01.',
  'monitoring.filter.reversed': 'The end of the period is before its start.',
  'monitoring.bucket.month': 'Month',
  'monitoring.bucket.quarter': 'Quarter',
  'monitoring.bucket.year': 'Year',
  'monitoring.period.quarter': 'Q{quarter} {year}',
  'monitoring.period.undated': 'Undated',
  'monitoring.span.between': '{day} – {value}',
  'monitoring.span.since': 'since {day}',
  'monitoring.span.until': 'until {day}',
  'monitoring.unit.squareMetres': '{value} m²',

  'monitoring.indicators.title': 'Conditions indicators',
  'monitoring.indicators.intro':
    'One chart per indicator with data. A period without data is a gap, not a zero. Choose a point (or open the table) to see the records behind it.',
  'monitoring.indicators.empty':
    'No indicator has a value here yet. Record incidents, detentions or monitoring reports at this facility.',
  'monitoring.indicators.chartLabel': '{name} over time',
  'monitoring.indicators.latest':
    'Latest: {value} ({period}), from {count, plural, one {# observation} other {# observations}}',
  'monitoring.indicators.onlyUndated': 'Only records without a date.',
  'monitoring.indicators.point':
    '{name}, {period}: {value}, from {count, plural, one {# observation} other {# observations}}',
  'monitoring.indicators.how': 'How it is computed:',
  'monitoring.indicators.worseLower': 'Lower is worse.',
  'monitoring.indicators.table': 'Values as a table',
  'monitoring.indicators.showRecords': 'Show {count, plural, one {# record} other {# records}}',
  'monitoring.indicators.openIncidents': 'Open these incidents in the records list',
  'monitoring.indicators.noRecords': 'No record to list',
  'monitoring.col.period': 'Period',
  'monitoring.col.value': 'Value',
  'monitoring.col.basis': 'Observations',
  'monitoring.col.records': 'Records',
  'monitoring.source.records': 'Source: the vault’s records.',
  'monitoring.source.reports': 'Source: monitoring reports.',
  'monitoring.source.records and reports': 'Source: the vault’s records and monitoring reports.',

  ...enumMessages('monitoring.indicator', ENUM_LABELS.en.indicator),
  ...enumMessages('monitoring.method', ENUM_LABELS.en.indicatorMethod),

  'monitoring.behind.title': '{name}, {period}: {value}',
  'monitoring.behind.basis':
    'Computed from {count, plural, one {# observation} other {# observations}}.',
  'monitoring.behind.listed.share': 'Listed: the records where access or contact was denied.',
  'monitoring.behind.listed.other': 'Listed: the records it counts.',
  'monitoring.behind.more':
    '{count, plural, one {# more record is} other {# more records are}} counted but not listed.',
  'monitoring.behind.close': 'Close',
  'monitoring.pager.label': 'Pages of {name}',
  'monitoring.pager.previous': 'Previous',
  'monitoring.pager.next': 'Next',
  'monitoring.pager.position': '{first}–{last} of {count}',

  'monitoring.incidents.title': 'Incidents',
  'monitoring.incidents.empty':
    'No incident at this facility is recorded in the vault for this period.',
  'monitoring.incidents.total':
    '{count, plural, one {# incident} other {# incidents}} recorded; distinct victims: {value}.',
  'monitoring.incidents.byPeriod': 'By period',
  'monitoring.incidents.byMethod': 'By method',
  'monitoring.incidents.bar':
    '{period}: {count, plural, one {# incident} other {# incidents}}, victims: {value}. Open them.',
  'monitoring.incidents.methodBar':
    '{name}: {count, plural, one {# incident} other {# incidents}}. Open them.',
  'monitoring.incidents.undated':
    '{count, plural, one {# incident has no date and is not} other {# incidents have no date and are not}} on the chart.',
  'monitoring.incidents.noMethods': 'No method of violence is recorded for these incidents.',

  'monitoring.transfers.title': 'Transfers',
  'monitoring.transfers.empty': 'No detention here records a transfer from or to another facility.',
  'monitoring.transfers.inbound': 'Transferred here from',
  'monitoring.transfers.outbound': 'Transferred from here to',
  'monitoring.transfers.none': 'None recorded.',
  'monitoring.transfers.people': '{count, plural, one {# detention} other {# detentions}}',
  'monitoring.transfers.mapLabel': 'Transfers to and from {name} on a map',
  'monitoring.transfers.unplaced':
    '{count, plural, one {# facility has no coordinates and is not} other {# facilities have no coordinates and are not}} on the map.',

  'monitoring.people.title': 'People held here',
  'monitoring.people.intro':
    'Names are opened on this device, for the page shown only. Each row is a detention.',
  'monitoring.people.now': 'Held now ({count})',
  'monitoring.people.before': 'Held before ({count})',
  'monitoring.people.noneNow': 'No one is recorded as held here now.',
  'monitoring.people.noneBefore': 'No earlier detention here is recorded.',
  'monitoring.people.noPerson': 'Person not recorded',
  'monitoring.people.cannotOpen': 'Cannot be opened',
  'monitoring.col.person': 'Person',
  'monitoring.col.held': 'Held',
  'monitoring.col.from': 'Transferred from',
  'monitoring.col.to': 'Transferred to',

  'monitoring.reports.title': 'Monitoring reports',
  'monitoring.reports.new': 'New monitoring report',
  'monitoring.reports.empty': 'No monitoring report on this facility in this period.',
  'monitoring.reports.item': 'Report, {period}',
  'monitoring.reports.noMethods': 'Methods not recorded',
  'monitoring.reports.findings': '{count, plural, one {# finding} other {# findings}}',

  'monitoring.findings.title': 'Findings and follow-up',
  'monitoring.findings.empty': 'No finding of a monitoring report on this facility yet.',
  'monitoring.findings.history':
    'Open a finding to see its text and the history of its follow-up (every change is a version).',
  'monitoring.findings.checked': 'checked {day}',

  'monitoring.map.register': 'Register',
  'monitoring.map.vault': 'In your vault: {name}',
  'monitoring.map.legendTitle': '{name} ({value})',
  'monitoring.map.noData': 'No data',
  'monitoring.map.noDataNote':
    'Grey points: the vault has no record counted here, which is not the same as a known zero.',
  'monitoring.map.between': '{value}–{count}',
  'monitoring.map.orMore': '{value} or more',

  'monitoring.alerts.nav': 'Alerts',
  'monitoring.alerts.badge': '{count, plural, one {# alert} other {# alerts}}',
  'monitoring.alerts.title': 'Alerts',
  'monitoring.alerts.intro':
    'People held where no one may reach them, people moved to a place no one recorded, and clusters of incidents at one facility. Raised from coded data; names are opened on this device.',
  'monitoring.alerts.on': '{count, plural, one {# alert} other {# alerts}} on {day}.',
  'monitoring.alerts.empty': 'No alerts on {day}',
  'monitoring.alerts.emptyBody':
    'No one in this vault is held incommunicado beyond the set number of days, moved to an unknown place, or at a facility with a cluster of incidents.',
  'monitoring.alerts.kind.incommunicado': 'Held incommunicado ({count})',
  'monitoring.alerts.kind.unknown-transfer': 'Moved to an unknown place ({count})',
  'monitoring.alerts.kind.incident-cluster': 'Clusters of incidents ({count})',
  'monitoring.alerts.explain.incommunicado':
    'Detentions that go on, whose whereabouts or access to counsel say no one may reach the person, for {count, plural, one {# day} other {# days}} or more.',
  'monitoring.alerts.explain.unknown-transfer':
    'Detentions that ended without a recorded destination, of a person still detained or missing, with no later detention recorded.',
  'monitoring.alerts.explain.incident-cluster':
    '{count, plural, one {# incident} other {# incidents}} or more at one facility within the last {window} days.',
  'monitoring.alerts.incommunicadoText':
    'held incommunicado for {count, plural, one {# day} other {# days}}, since {day}',
  'monitoring.alerts.unknownTransferText':
    'moved to a place no one recorded on {day}, {count, plural, one {# day} other {# days}} ago',
  'monitoring.alerts.clusterText':
    '{count, plural, one {# incident} other {# incidents}} between {day} and {value}',
  'monitoring.alerts.heldAt': 'Held at',
  'monitoring.alerts.lastAt': 'Last known place:',
  'monitoring.alerts.unknownFacility': 'a facility not recorded',
  'monitoring.alerts.detention': 'the detention record',
  'monitoring.alerts.openIncidents': 'Open these incidents',

  'monitoring.settings.title': 'When alerts are raised',
  'monitoring.settings.intro': 'For every member of this vault. Owners and admins can change it.',
  'monitoring.settings.incommunicadoDays': 'Days held incommunicado',
  'monitoring.settings.incommunicadoDaysHint': 'From 1 to 365.',
  'monitoring.settings.clusterWindowDays': 'Window for clusters, in days',
  'monitoring.settings.clusterWindowDaysHint': 'From 1 to 365.',
  'monitoring.settings.clusterThreshold': 'Incidents that make a cluster',
  'monitoring.settings.clusterThresholdHint': 'From 2 to 10,000.',
  'monitoring.settings.save': 'Save settings',
  'monitoring.settings.saved': 'Saved. The alerts follow the new settings.',
  'monitoring.settings.invalid': 'Some settings are not whole numbers in their range.',
  'monitoring.settings.readOnly':
    'Alerts are raised after {count, plural, one {# day} other {# days}} incommunicado, and for {threshold} incidents within {window} days. Owners and admins can change this.',

  'monitoring.path.title': 'Path through places of detention',
  'monitoring.path.empty': 'No detention of this person names a facility.',
  'monitoring.path.transferOnly': 'named as a transfer',
  'monitoring.path.mapLabel': 'The path on a map, {count} stops',
  'monitoring.path.unplaced':
    '{count, plural, one {# detention names no facility and is not} other {# detentions name no facility and are not}} on the path.',

  'form.facility.hint':
    'Type a name or alias in any script (“ИК-6”, “IK6”, “Melekhovo”); the register lists the place’s type and region.',
  'form.facility.loading': 'Loading the register…',
  'form.facility.failed': 'The register could not be loaded.',
  'form.facility.empty': 'The register is empty: add the facility first.',
} as const satisfies Record<string, string>;
