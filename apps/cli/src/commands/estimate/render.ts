import type {
  DgaEstimate,
  EstimationWarning,
  LcmcrEstimate,
  LogLinearEstimate,
  PopulationEstimate,
  StratifiedEstimate,
} from '@vigil/analytics';
import { formatTable } from '../../output';

/** The shape of the JSON document, for --help. */
export const ESTIMATE_SHAPE =
  '{ "estimate": number, "interval": [lo, hi|null], "method": string, "observed": number, "lists": string[], "seed": number, "pointEstimate": string, "intervalMethod": string, "warnings": [ { "code", "message" } ], "model" | "models": …, "diagnostics": {…} }; with --stratum also "strata": [ { "stratum", "estimate", "interval", "observed", "warnings", … } ]';

const METHOD_NAMES = {
  loglinear: 'log-linear models',
  lcmcr: 'LCMCR latent classes (Manrique-Vallier 2016)',
  dga: 'dga, model averaging over decomposable graphs (Madigan & York 1997)',
} as const;

const POINT_NAMES = {
  mle: 'maximum likelihood',
  'posterior median': 'posterior median',
  'bayes relative loss': 'Bayes estimate under relative squared error',
} as const;

/** A count of people as a whole number (null when unbounded, which JSON cannot hold). */
const people = (x: number): number | null => (Number.isFinite(x) ? Math.round(x) : null);

const num = (x: number): string =>
  Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : 'no upper bound';

/** The JSON document of one estimate: figures in whole people, everything but the draws. */
export const estimateJson = (r: PopulationEstimate, seed: number): Record<string, unknown> => {
  const doc: Record<string, unknown> = {
    estimate: people(r.estimate),
    interval: [people(r.interval[0]), people(r.interval[1])],
  };
  for (const [key, value] of Object.entries(r)) {
    if (!(key in doc) && key !== 'draws') doc[key] = value;
  }
  doc.seed = seed;
  return doc;
};

/** The JSON document of a stratified estimate: the total on top, each stratum below. */
export const stratifiedJson = (
  r: StratifiedEstimate,
  column: string,
  seed: number,
): Record<string, unknown> => ({
  estimate: people(r.total.estimate),
  interval: [people(r.total.interval[0]), people(r.total.interval[1])],
  method: r.method,
  observed: r.total.observed,
  lists: r.strata[0]?.result.lists ?? [],
  seed,
  stratum: column,
  intervalMethod: 'sum of the strata’s draws',
  warnings: r.strata.flatMap((s) => s.result.warnings.map((w) => ({ ...w, stratum: s.stratum }))),
  strata: r.strata.map((s) => {
    const doc = estimateJson(s.result, seed);
    delete doc.seed;
    delete doc.lists;
    return { stratum: s.stratum, ...doc };
  }),
});

const warningLines = (warnings: readonly EstimationWarning[], prefix = ''): string[] =>
  warnings.map((w) => `- ${prefix}${w.message}`);

const logLinearDetails = (r: LogLinearEstimate): string[] => {
  const d = r.diagnostics;
  const criterion = d.criterion.toUpperCase();
  const fit =
    r.model.pValue === null
      ? 'no degrees of freedom left to test the fit'
      : `deviance ${r.model.deviance.toFixed(1)} on ${r.model.df} df, p = ${r.model.pValue.toPrecision(2)}`;
  const lines = [
    `Model ${r.model.name}, chosen by ${criterion} among ${d.modelsFitted} (${d.search}, interactions up to order ${d.maxOrder}); ${fit}.`,
    '',
    formatTable(
      ['model', 'df', 'deviance', criterion, 'estimate'],
      r.models
        .slice(0, 5)
        .map((m) => [
          m.name,
          String(m.df),
          m.deviance.toFixed(1),
          (d.criterion === 'aic' ? m.aic : m.bic).toFixed(1),
          num(m.estimate),
        ]),
    ).trimEnd(),
  ];
  return lines;
};

const lcmcrDetails = (r: LcmcrEstimate): string[] => [
  `K = ${r.model.K} latent classes, about ${Math.round(r.model.occupiedClasses)} in use; burn-in ${r.model.burnIn.toLocaleString('en-US')}, ${r.model.samples.toLocaleString('en-US')} samples thinned by ${r.model.thinning.toLocaleString('en-US')}; effective sample size ${Math.round(r.diagnostics.effectiveSampleSize)}.`,
  '',
  formatTable(
    ['list', 'share of everyone'],
    r.model.coverage.map((c) => [c.list, `${(100 * c.share).toFixed(1)}%`]),
  ).trimEnd(),
];

const dgaDetails = (r: DgaEstimate): string[] => {
  const prior = r.diagnostics.prior;
  const priorText =
    prior.kind === 'improper'
      ? 'prior on N ∝ 1/N'
      : `negative binomial prior (a = ${prior.a}, b = ${prior.b})`;
  return [
    `Averaged over ${r.diagnostics.modelsAveraged} decomposable models; δ = ${r.diagnostics.delta}, ${priorText}; posterior mode ${num(r.diagnostics.mode)}.`,
    '',
    formatTable(
      ['dependent lists', 'probability', 'estimate', '95% interval'],
      r.models
        .slice(0, 5)
        .map((m) => [
          m.edges.length === 0 ? '(independent)' : m.edges.map(([a, b]) => `${a}–${b}`).join(', '),
          m.posteriorProbability.toFixed(3),
          num(m.estimate),
          `${num(m.interval[0])} – ${num(m.interval[1])}`,
        ]),
    ).trimEnd(),
  ];
};

/** The human rendering of one estimate. */
export const renderEstimate = (r: PopulationEstimate): string => {
  const undocumented = r.estimate - r.observed;
  const lines = [
    `Method        ${METHOD_NAMES[r.method]}`,
    `Lists         ${r.lists.join(', ')}`,
    `Documented    ${num(r.observed)}`,
    `Estimate      ${num(r.estimate)} (${POINT_NAMES[r.pointEstimate]})`,
    `95% interval  ${num(r.interval[0])} – ${num(r.interval[1])} (${r.intervalMethod})`,
    `Undocumented  about ${num(undocumented)} (${((100 * undocumented) / r.estimate).toFixed(0)}% of the estimate)`,
    '',
    ...(r.method === 'loglinear'
      ? logLinearDetails(r)
      : r.method === 'lcmcr'
        ? lcmcrDetails(r)
        : dgaDetails(r)),
  ];
  if (r.warnings.length > 0) lines.push('', 'Warnings:', ...warningLines(r.warnings));
  return `${lines.join('\n')}\n`;
};

/** The human rendering of a stratified estimate: one row per stratum and the total. */
export const renderStratified = (r: StratifiedEstimate, column: string): string => {
  const rows = r.strata.map((s) => [
    s.stratum,
    num(s.result.observed),
    num(s.result.estimate),
    `${num(s.result.interval[0])} – ${num(s.result.interval[1])}`,
  ]);
  rows.push([
    'total',
    num(r.total.observed),
    num(r.total.estimate),
    `${num(r.total.interval[0])} – ${num(r.total.interval[1])}`,
  ]);
  const lines = [
    `Method  ${METHOD_NAMES[r.method]}, by ${column}; the total's interval sums the strata's draws.`,
    '',
    formatTable([column, 'documented', 'estimate', '95% interval'], rows).trimEnd(),
  ];
  const warnings = r.strata.flatMap((s) => warningLines(s.result.warnings, `${s.stratum}: `));
  if (warnings.length > 0) lines.push('', 'Warnings:', ...warnings);
  return `${lines.join('\n')}\n`;
};
