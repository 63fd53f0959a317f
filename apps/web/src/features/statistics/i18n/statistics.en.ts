import { publishEn } from './publish.en';

// English messages of the statistics page; merged into the app catalog (app/i18n/en.ts).
// statistics.ru.ts and statistics.uk.ts must have the same keys and placeholders
// (catalogs.test.ts). Values of dimensions are labelled by core's statValueLabel and the
// records pages' own labels, not here.
export const statisticsEn = {
  'statistics.nav': 'Statistics',
  'statistics.title': 'Statistics',
  'statistics.intro':
    'Incidents recorded in the vault, and the people they happened to, counted from the coded fields of their records. Choose what to count by; every figure opens the records behind it.',

  'statistics.controls.title': 'What to count',
  'statistics.controls.rows': 'Count by',
  'statistics.controls.columns': 'Then by',
  'statistics.controls.none': 'Nothing else',
  'statistics.controls.measure': 'Count',
  'statistics.controls.swap': 'Swap the two',
  'statistics.measure.incidents': 'Incidents',
  'statistics.measure.victims': 'Distinct victims',
  'statistics.controls.rate': 'Show as rate',
  'statistics.rate.none': 'Counts',
  'statistics.rate.capacity': 'per 1,000 places (capacity)',
  'statistics.rate.detentions': 'per 100 documented detentions',
  'statistics.rate.hint':
    'Offered where a denominator exists: capacity by facility, type or region; detentions also by month, quarter or year.',
  'statistics.rate.title': '{name} {unit} by {first}',
  'statistics.rate.denominator.capacity': 'Places',
  'statistics.rate.denominator.detentions': 'Documented detentions',
  'statistics.rate.missing': 'Facilities without a stated capacity',
  'statistics.rate.denominatorIs': 'Denominator: {name}.',
  'statistics.rate.missingNote':
    '{count} facilities of the register state no capacity: they are left out of the denominators.',
  'statistics.rate.noneNote': 'No denominator (not shown in the chart): {name}.',
  'statistics.rate.noChart': 'Rates by two dimensions are in the table below.',

  'statistics.period.title': 'Period',
  'statistics.period.from': 'From',
  'statistics.period.to': 'To',
  'statistics.period.apply': 'Apply',
  'statistics.period.clear': 'All dates',
  'statistics.period.badDay': 'Enter a day as YYYY-MM-DD, e.g. 2024-05-01.',
  'statistics.period.reversed': 'The end of the period is before its start.',
  'statistics.period.undatedOut': 'With a period chosen, incidents without a date are left out.',
  'statistics.period.quarter': 'Q{quarter} {year}',

  'statistics.filter.title': 'Filters',
  'statistics.filter.dimension': 'Filter by',
  'statistics.filter.value': 'Value',
  'statistics.filter.choose': 'Choose a value',
  'statistics.filter.add': 'Add filter',
  'statistics.filter.none': 'No filters: every incident of the vault is counted.',
  'statistics.filter.hint':
    'Several values of one kind: incidents with any of them. Values of different kinds: incidents with all of them.',
  'statistics.filter.chip': '{name}: {value}',
  'statistics.filter.remove': 'Remove the filter {name}',
  'statistics.filter.clearAll': 'Remove all filters',
  'statistics.filter.noValues': 'The vault has no values of this kind yet.',
  'statistics.filter.valueCount': '{name} ({count})',

  'statistics.dimension.month': 'Month',
  'statistics.dimension.quarter': 'Quarter',
  'statistics.dimension.year': 'Year',
  'statistics.dimension.region': 'Region',
  'statistics.dimension.facility': 'Facility',
  'statistics.dimension.facility-type': 'Facility type',
  'statistics.dimension.method': 'Method of violence',
  'statistics.dimension.perpetrator-agency': 'Perpetrator agency',
  'statistics.dimension.act-type': 'Type of act',
  'statistics.dimension.group': 'Group at risk',
  'statistics.dimension.sex': 'Sex of the victim',
  'statistics.dimension.age-band': 'Age of the victim',
  'statistics.dimension.intervention-outcome': 'Outcome of interventions',
  'statistics.value.undated': 'Undated',
  'statistics.value.unknown': 'Unknown',
  'statistics.value.none': 'None recorded',

  'statistics.figure.one': '{name} by {first}',
  'statistics.figure.two': '{name} by {first} and {last}',
  'statistics.figure.incidents':
    '{name}: {count, plural, one {# incident} other {# incidents}}. Show the records.',
  'statistics.figure.victims':
    '{name}: {count, plural, one {# distinct victim} other {# distinct victims}}. Show the records.',
  'statistics.figure.pair': '{name}, {value}',
  'statistics.figure.totals':
    'Counted: {count, plural, one {# incident} other {# incidents}}; distinct victims: {value}.',
  'statistics.figure.basis':
    'The vault holds {count, plural, one {# incident} other {# incidents}} in all; the period and the filters choose among them.',
  'statistics.figure.undated':
    '{count, plural, one {# undated incident is} other {# undated incidents are}} not on the time axis; the table counts them.',
  'statistics.figure.scroll': 'The chart is wider than the page: scroll it sideways.',

  'statistics.people.linkRun':
    'Distinct victims are people after linkage run {seq}: person records linked as one person count once.',
  'statistics.people.records':
    'Distinct victims are person records: no linkage is saved, so two records of one person count twice.',
  'statistics.note.documented': 'Counts of documented incidents, not of all that happened.',
  'statistics.note.victims':
    'Distinct victims: people named as victims of the incidents counted, each once per figure; incidents without a known victim add none.',
  'statistics.note.multiValued':
    'An incident can have several values of {name}. It counts under each of them, so the figures of a row or column may add up to more than its total; totals count each incident once.',
  'statistics.note.unknown': '“Unknown” counts incidents whose records do not say.',
  'statistics.note.none':
    '“None recorded” counts incidents no intervention with an outcome was recorded for.',

  'statistics.display.title': 'Show as',
  'statistics.display.bars': 'Bars',
  'statistics.display.map': 'Map',
  'statistics.map.legend': '{name} in a region',
  'statistics.map.noData': 'Nothing documented',
  'statistics.map.zero': 'Zero',
  'statistics.map.unknown': 'Region unknown',
  'statistics.map.notOnMap': '{name} (not on the map)',
  'statistics.note.map':
    'Grey regions have nothing documented in this vault for this choice, which does not mean that nothing happened there.',

  'statistics.legend.title': '{name} in a cell',
  'statistics.legend.between': '{value}–{count}',
  'statistics.legend.zero': 'None',

  'statistics.table.title': 'The table behind the chart',
  'statistics.table.total': 'Total',

  'statistics.export.title': 'Download',
  'statistics.export.png': 'PNG image',
  'statistics.export.svg': 'SVG drawing',
  'statistics.export.csv': 'CSV table',
  'statistics.export.hint': 'Made in this browser; nothing is sent anywhere.',
  'statistics.export.failed': 'This browser could not make the image. The SVG drawing may work.',

  'statistics.behind.title': 'Records behind: {name}',
  'statistics.behind.all': 'all incidents counted',
  'statistics.behind.count': '{count, plural, one {# incident} other {# incidents}}',
  'statistics.behind.cannotOpen': 'This record cannot be opened here.',
  'statistics.behind.close': 'Close',
  'statistics.behind.list': 'Records',

  'statistics.empty.title': 'No incidents yet',
  'statistics.empty.body':
    'Statistics count the incident records of this vault, and it has none yet. Add incidents in the vault’s records, or create a vault of made-up demonstration data from the command line (vigil demo) to see what the page does.',
  'statistics.empty.add': 'Go to the vault’s records',
  'statistics.empty.filtered': 'No incident matches this period and these filters.',

  ...publishEn,
} as const satisfies Record<string, string>;
