// English messages of the torture-risk index pages; merged into the app catalog (app/i18n/en.ts).
// riskIndex.ru.ts and riskIndex.uk.ts must have the same keys and placeholders (catalogs.test.ts).
// Indicator and pillar names are the catalogue's (@vigil/analytics INDICATORS, PILLAR_LABELS)
// word for word in English and Russian (labels.test.ts checks it).
export const riskIndexEn = {
  'riskIndex.nav': 'Risk index',
  'riskIndex.title': 'Torture-risk index',
  'riskIndex.intro':
    'How much the documented evidence points to a risk of torture and ill-treatment, and how weak the safeguards are, by country, region or facility: seven pillars after OMCT’s Global Torture Index, from 0 (lowest risk) to 1, each score with its 95 % interval.',
  'riskIndex.tabs': 'Risk index views',
  'riskIndex.tab.index': 'Index',
  'riskIndex.tab.methodology': 'Methodology',
  'riskIndex.level.country': 'Countries',
  'riskIndex.level.region': 'Regions',
  'riskIndex.level.facility': 'Facilities',
  'riskIndex.missing': 'missing',

  'riskIndex.controls.title': 'Level and period',
  'riskIndex.controls.level': 'Compare',
  'riskIndex.controls.from': 'From',
  'riskIndex.controls.to': 'To',
  'riskIndex.controls.apply': 'Apply',
  'riskIndex.controls.allDates': 'All dates',
  'riskIndex.controls.badDay': 'Enter a day as YYYY-MM-DD, e.g. 2024-05-01.',
  'riskIndex.controls.reversed': 'The end of the period is before its start.',

  'riskIndex.summary':
    'Methodology {version}, {level}, records from {from} to {to}, {draws} Monte Carlo draws, seed {seed}.',
  'riskIndex.notPrevalence':
    'Documented cases, not prevalence: where monitors cannot work, few cases are documented and a unit may look better than it is. Quote a score with its interval and coverage, a rank with its interval.',
  'riskIndex.empty.title': 'Nothing to score for this period',
  'riskIndex.empty.body':
    'No record of the vault and no expert value names a unit of this level in the period. Choose another level or period, or add records.',

  'riskIndex.scores.title': 'Scores',
  'riskIndex.scores.how':
    'Bars: the score from the data observed; lines: its 95 % interval; #: rank (1 = highest risk). A hatched band is a unit without a score: too little of it is covered by data. Choose a unit to see its pillars.',
  'riskIndex.chart.title': 'Scores of the units with their 95 % intervals',
  'riskIndex.chart.row': '{name}: score {score}, 95 % interval {interval}, rank {rank}',
  'riskIndex.chart.noScore': '{name}: no score, too little data',
  'riskIndex.chart.missing': 'no score: too little data',
  'riskIndex.table.caption': 'Scores, ranks and pillar scores of the units',
  'riskIndex.table.unit': 'Unit',
  'riskIndex.table.score': 'Score',
  'riskIndex.table.interval': '95 % interval',
  'riskIndex.table.rank': 'Rank',
  'riskIndex.table.rankInterval': 'Rank interval',
  'riskIndex.table.coverage': 'Coverage',
  'riskIndex.table.noPillar': 'This pillar is not scored at this level',

  'riskIndex.detail.score':
    'Score {score} (95 % interval {interval}); {coverage} of the pillar weight has data.',
  'riskIndex.detail.noScore':
    'No score: only {coverage} of the pillar weight has data, and at least half is needed. Missing data is not counted as zero.',
  'riskIndex.detail.pillar': '{score} ({interval}), coverage {coverage}',
  'riskIndex.detail.pillarMissing': 'missing: coverage {coverage}',
  'riskIndex.detail.indicator': 'Indicator',
  'riskIndex.detail.value': 'Value',
  'riskIndex.detail.risk': 'Risk (0–1)',
  'riskIndex.detail.source': 'From',
  'riskIndex.detail.noData': 'No data for this unit and period.',
  'riskIndex.detail.share': '{part} of {count}',
  'riskIndex.detail.count': '{count, plural, one {# counted} other {# counted}}',
  'riskIndex.detail.expert':
    'Expert rating for {from} – {to}, {confidence} confidence. Evidence (stored in plaintext):',
  'riskIndex.detail.showRecords': 'Show {count, plural, one {the record} other {the # records}}',
  'riskIndex.detail.hideRecords': 'Hide {count, plural, one {the record} other {the # records}}',
  'riskIndex.detail.more': 'and {count} more',
  'riskIndex.detail.cannotOpen': 'This record cannot be opened here.',
  'riskIndex.detail.close': 'Close',
  'riskIndex.raw.share': '{value}',
  'riskIndex.raw.rate': '{value} per 100 detentions',
  'riskIndex.raw.perYear': '{value} per year',
  'riskIndex.raw.scale': '{value} of {max}',

  'riskIndex.sensitivity.title': 'What moves the scores',
  'riskIndex.sensitivity.how':
    'For each indicator, how much the scores change on average when it is left out (bar), how much the ranks change, and its correlation r with the score. Check the data of the indicators at the top most closely; a negative r pulls against the rest of the index.',
  'riskIndex.sensitivity.chart': 'Effect of each indicator on the scores',
  'riskIndex.sensitivity.row':
    '{name}: scores change by {score} and ranks by {shift} on average, over {count, plural, one {# unit} other {# units}}',
  'riskIndex.sensitivity.rank': 'rank ±{shift}',
  'riskIndex.sensitivity.noUnits': 'no unit to compare',
  'riskIndex.warnings.title': 'Warnings and notes',
  'riskIndex.warnings.english': 'As the index computes them, in English.',

  'riskIndex.expert.title': 'Expert values',
  'riskIndex.expert.intro':
    'Ratings of laws and practice that records cannot show, each for a unit and a period, with the evidence it rests on and a confidence (low and medium widen the interval).',
  'riskIndex.expert.none': 'No expert value at this level yet.',
  'riskIndex.expert.period': 'Period',
  'riskIndex.expert.actions': 'Actions',
  'riskIndex.expert.formTitle': 'Enter an expert value',
  'riskIndex.expert.field.indicator': 'Indicator',
  'riskIndex.expert.field.unit': 'Unit',
  'riskIndex.expert.field.from': 'Period from',
  'riskIndex.expert.field.to': 'Period to',
  'riskIndex.expert.field.value': 'Rating',
  'riskIndex.expert.field.confidence': 'Confidence',
  'riskIndex.expert.field.evidence': 'Evidence',
  'riskIndex.expert.choose': 'Choose…',
  'riskIndex.expert.plaintext':
    'Stored in plaintext: the server can read it. Cite laws, decisions and public reports only; never name a victim, witness or source. At most {max} characters.',
  'riskIndex.expert.invalid': 'Check the field “{field}”.',
  'riskIndex.expert.save': 'Save',
  'riskIndex.expert.saved': 'Saved: {name} for {unit} (version {version}).',
  'riskIndex.expert.delete': 'Remove',
  'riskIndex.expert.deleteTitle': 'Remove this expert value?',
  'riskIndex.expert.deleteBody':
    '{name} for {unit} will no longer count in the index. It stays in the vault’s history.',
  'riskIndex.confidence.low': 'low',
  'riskIndex.confidence.medium': 'medium',
  'riskIndex.confidence.high': 'high',

  'riskIndex.methodology.title': 'Risk index methodology',
  'riskIndex.methodology.intro':
    'How the index is made, version {version}: the document shipped with this version of Vigil.',
  'riskIndex.methodology.definitions': 'Definitions of the indicators',
  'riskIndex.methodology.inEnglish': 'The definitions are given in English.',

  'riskIndex.pillar.political-commitment': 'Political commitment against torture',
  'riskIndex.pillar.institutional-violence': 'Police brutality and institutional violence',
  'riskIndex.pillar.deprivation-of-liberty': 'Freedom from torture while deprived of liberty',
  'riskIndex.pillar.impunity': 'Ending impunity',
  'riskIndex.pillar.victims-rights': "Victims' rights",
  'riskIndex.pillar.protection-for-all': 'Protection for all (groups at risk)',
  'riskIndex.pillar.civic-space': 'Right to defend and civic space',

  'riskIndex.indicator.torture-definition': 'Torture criminalised as defined in UNCAT article 1',
  'riskIndex.indicator.mechanisms-outside':
    'International anti-torture mechanisms the state is outside of',
  'riskIndex.indicator.official-endorsement': 'Officials deny, justify or encourage ill-treatment',
  'riskIndex.indicator.incident-rate': 'Documented incidents per 100 detentions per year',
  'riskIndex.indicator.severe-methods-share': 'Share of incidents with severe methods',
  'riskIndex.indicator.isolation-share': 'Share of incidents involving isolation',
  'riskIndex.indicator.incommunicado-share': 'Share of detentions held incommunicado',
  'riskIndex.indicator.deaths-in-custody': 'Deaths in custody documented per year',
  'riskIndex.indicator.monitoring-access':
    'Independent monitoring access (OPCAT, NPM, public monitoring commissions)',
  'riskIndex.indicator.no-investigation-share': 'Share of complaints with no investigation',
  'riskIndex.indicator.prosecution-share':
    'Share of complaints leading to charges against officials',
  'riskIndex.indicator.amnesty-impunity': 'Amnesty and impunity laws',
  'riskIndex.indicator.redress-share': 'Share of victims who obtained redress',
  'riskIndex.indicator.complainant-pressure-share': 'Share of complainants pressured to withdraw',
  'riskIndex.indicator.at-risk-share': 'Share of victims from groups at risk',
  'riskIndex.indicator.discriminatory-laws': 'Laws that single out groups at risk',
  'riskIndex.indicator.defender-reprisals': 'Reprisals against defenders and lawyers per year',
  'riskIndex.indicator.civic-space-laws': 'Restrictive civic-space laws and their enforcement',
} as const;
