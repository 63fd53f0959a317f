// English messages of the estimation page; merged into the app catalog (app/i18n/en.ts).
// estimation.ru.ts and estimation.uk.ts must have the same keys and placeholders (catalogs.test.ts).
export const estimationEn = {
  'estimation.nav': 'Estimation',
  'estimation.title': 'Estimate of undocumented victims',
  'estimation.intro':
    'How many people were victims, counting those no source documented: each source organisation or type of source is a list, record linkage says who is the same person, and the overlap between the lists says how many all of them missed (multiple systems estimation).',

  'estimation.source.run':
    'People from linkage run {seq} of {day}: {count, plural, one {# person record} other {# person records}} in {total} people.',
  'estimation.source.unlinked':
    '{count, plural, one {# person record not yet linked counts} other {# person records not yet linked count}} as separate people.',
  'estimation.source.none':
    'No linkage stored: every person record is counted as one person, so a victim documented twice is counted twice. Run the linkage review first.',
  'estimation.source.toLinkage': 'Open the linkage review',

  'estimation.controls.title': 'Lists, strata and method',
  'estimation.controls.listBy': 'A list is',
  'estimation.listBy.organisation': 'a source organisation',
  'estimation.listBy.materialType': 'a type of source material',
  'estimation.listBy.connection': 'a source’s connection to the event',
  'estimation.controls.lists': 'Lists',
  'estimation.controls.listsHint':
    'The order of the columns is the order here. Log-linear models need at least 2 lists, LCMCR and dga at least 3, dga at most 5.',
  'estimation.controls.listPeople': '{count, plural, one {# person} other {# people}}',
  'estimation.controls.stratum': 'Estimate separately by',
  'estimation.stratum.none': 'nothing (one estimate)',
  'estimation.stratum.year': 'year of the incident',
  'estimation.stratum.sex': 'sex',
  'estimation.stratum.ageBand': 'age band',
  'estimation.stratum.region': 'region of the facility',
  'estimation.stratum.facilityType': 'type of facility',
  'estimation.controls.method': 'Method',
  'estimation.method.loglinear': 'Log-linear models (model chosen by AIC)',
  'estimation.method.lcmcr': 'LCMCR (Bayesian latent classes)',
  'estimation.method.dga': 'dga (Bayesian model averaging)',
  'estimation.method.short.loglinear': 'log-linear',
  'estimation.method.tooFewLists':
    'Needs at least {min} lists; {count, plural, one {# is} other {# are}} chosen.',
  'estimation.method.tooManyLists':
    'Handles at most {max} lists; {count, plural, one {# is} other {# are}} chosen.',
  'estimation.controls.seed': 'Seed',
  'estimation.controls.seedHint':
    'The same table, method and seed always give the same figures, here and in vigil estimate.',
  'estimation.controls.badSeed': 'Enter a whole number from 0 to 4294967295.',
  'estimation.controls.run': 'Estimate',
  'estimation.controls.cancel': 'Cancel',

  'estimation.empty.noSources.title': 'No source has this field',
  'estimation.empty.noSources.body':
    'No source record of the vault that is linked to an incident with a victim has this field filled in. Fill it in on the sources, or choose another kind of list.',
  'estimation.empty.oneList.title': 'Choose at least two lists',
  'estimation.empty.oneList.body':
    'Estimation compares who is on which list: with one list there is no overlap to learn from.',
  'estimation.moreLists':
    'Only the {count, plural, one {# list} other {# lists}} with most people can be chosen.',

  'estimation.patterns.title': 'Pattern table',
  'estimation.patterns.how':
    'One row per combination of lists: ✓ = on that list. “People” counts the people on exactly those lists. People on none of the chosen lists are not in the table.',
  'estimation.patterns.pattern': 'Pattern',
  'estimation.patterns.people': 'People',
  'estimation.patterns.on': 'on the list',
  'estimation.patterns.off': 'not on the list',
  'estimation.patterns.stratumPeople':
    '{name}: {count, plural, one {# person} other {# people}} on at least one list',
  'estimation.patterns.withoutList':
    '{count, plural, one {# person is} other {# people are}} on none of the chosen lists and not counted.',
  'estimation.patterns.download': 'Download the table as CSV',
  'estimation.patterns.downloadHint':
    'The format vigil estimate --input reads, so the figure can be reproduced without the server.',
  'estimation.patterns.cli': 'To reproduce the estimate in the command line:',
  'estimation.patterns.serverNotes': 'Notes from the server',
  'estimation.patterns.serverNotesEnglish': 'In English, as the server wrote them.',
  'estimation.patterns.manyPeople':
    'A person with incidents in several strata is counted in each of them.',

  'estimation.stratumValue.all': 'All people',
  'estimation.stratumValue.total': 'Total of the estimated strata',

  'estimation.run.progress': 'Estimating… {percent} %',
  'estimation.run.cancelled': 'The estimate was cancelled. Nothing was computed.',
  'estimation.run.failed': 'The estimate could not be computed: {reason}',
  'estimation.run.stale':
    'The lists, strata, method or seed changed since this estimate: estimate again to see figures for the new choice.',
  'estimation.run.prompt':
    'Choose the lists and the method, then press Estimate. LCMCR and dga can take several seconds; the estimate runs in the background and can be cancelled.',

  'estimation.results.title': 'Estimate',
  'estimation.results.summary':
    'Estimated {total} victims in all, 95 % interval {interval}: {count, plural, one {# person} other {# people}} documented, and an estimated {value} not documented by any list.',
  'estimation.results.stratum': 'Stratum',
  'estimation.results.documented': 'Documented',
  'estimation.results.estimate': 'Estimated total',
  'estimation.results.interval': '95 % interval',
  'estimation.results.undocumented': 'Estimated undocumented',
  'estimation.results.model': 'Model',
  'estimation.results.lower': 'Lower end (95 %)',
  'estimation.results.upper': 'Upper end (95 %)',
  'estimation.results.note': 'Note',
  'estimation.results.method': 'Method: {name}, seed {seed}.',
  'estimation.results.unbounded':
    'An interval ending in ∞ means the data do not bound the total from above: the lists overlap too little to say how many were missed.',
  'estimation.results.totalHow':
    'The total adds up the {count, plural, one {# estimated stratum} other {# estimated strata}}; its interval comes from the sum of their draws, so it carries the uncertainty of each.',
  'estimation.results.notEstimated': 'not estimated',
  'estimation.results.skipped.tooFewPeople':
    'Not estimated: {count, plural, one {# person} other {# people}}, fewer than {min}.',
  'estimation.results.skipped.emptyLists': 'Not estimated: nobody on {name} in this stratum.',
  'estimation.results.skipped.noOverlap':
    'Not estimated: nobody is on more than one list in this stratum.',
  'estimation.results.failedStratum': 'Not estimated: {reason}',
  'estimation.results.skippedPeople':
    '{count, plural, one {# documented person is} other {# documented people are}} in strata that were not estimated and are not in the total.',
  'estimation.results.nothing.title': 'No estimate',
  'estimation.results.nothing.body':
    'No stratum could be estimated: each one’s reason is in the table. Choose other lists, fewer strata, or add records.',
  'estimation.model.loglinear':
    '{name} by {value}; {count, plural, one {# model fits} other {# models fit}} about as well',
  'estimation.model.loglinearRange': 'estimates {interval}',
  'estimation.model.lcmcr':
    'up to {max} latent classes, about {count} used, {first} posterior samples',
  'estimation.model.dga': '{count} graphs averaged; most probable: {name}',
  'estimation.model.independent': 'lists independent',

  'estimation.warnings.title': 'Read these with the figures',
  'estimation.warnings.english': 'The details are in English, as the estimators write them.',
  'estimation.warning.list_dependence': 'Lists depend on each other',
  'estimation.warning.heterogeneity': 'People differ in how likely they are to be documented',
  'estimation.warning.few_overlaps': 'Few people are on more than one list',
  'estimation.warning.sparse_cells': 'Many combinations of lists have few or no people',
  'estimation.warning.small_list': 'A list is very small',
  'estimation.warning.extrapolation': 'Most of the estimate is people no list saw',
  'estimation.warning.model_uncertainty': 'Models that fit about as well disagree',
  'estimation.warning.unbounded_interval': 'The interval has no upper end',
  'estimation.warning.models_not_fitted': 'Some models could not be fitted',
  'estimation.warning.poor_mixing': 'The sampler may not have converged',
  'estimation.warning.in': '{name}:',

  'estimation.chart.title': 'Documented and estimated victims',
  'estimation.chart.how':
    'Grey bar: people documented on at least one list. Dark bar: the estimated total, with its 95 % interval as a line. A row without a dark bar was not estimated.',
  'estimation.chart.note':
    'Multiple systems estimate from the overlap of lists; 95 % intervals. Documented cases are a lower bound, estimates rest on the methods’ assumptions.',
  'estimation.chart.row':
    '{name}: {count, plural, one {# documented} other {# documented}}, estimated {total}, 95 % interval {interval}',
  'estimation.chart.rowDocumented':
    '{name}: {count, plural, one {# documented} other {# documented}}, not estimated',
  'estimation.chart.documented': 'documented',
  'estimation.chart.estimated': 'estimated, with 95 % interval',

  'estimation.how.title': 'How this works',
  'estimation.how.lists':
    'Lists. Each source organisation (or type of source, or connection of the source to the event) is a list of the people it documented. Linkage decides which person records are the same person, so a victim documented by two organisations is one person on two lists.',
  'estimation.how.overlap':
    'Overlap. If two lists were independent, the share of the first list’s people that the second also found is the share of everybody the second found. Few people on both lists means many people neither found.',
  'estimation.how.assumptions':
    'Assumptions. Every method assumes the people were the same throughout (a closed population) and that linkage made no mistakes. Log-linear models allow lists to depend on each other as the chosen model says; LCMCR allows people to differ in how likely they are to be documented; dga averages over the ways lists may depend on each other. Lists that miss the same kinds of people in the same way bias every method downwards.',
  'estimation.how.interval':
    'The interval. The 95 % interval is the range of totals the data support: quote the estimate with it, never alone. A wide interval is an honest answer, not a failure.',
  'estimation.how.docs':
    'The methods are described in the analytics package’s estimation README; the same table and seed give the same figures in vigil estimate.',
};
