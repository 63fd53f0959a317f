import { chooseBlockingRules } from './blocking';
import { forEachCandidate, type BlockShare } from './candidates';
import { comparersOf, levelLabels } from './compare';
import { resolveSettings, type LinkageSettings } from './config';
import { labelledComponents, type Clustering } from './cluster';
import { recordRef, type RecordRef } from './explain';
import { placeLabels, resolveLabels, type LinkLabel, type ResolvedLabels } from './labels';
import { ruleColumns, ruleKeys, ruleLabel, type RuleKeys } from './keys';
import { buildModel, patternWeights, scorePairs, type LinkageModel } from './model';
import type { NameVariants } from './normalise';
import { mergeComparedPairs, PairCollector, type ComparedPairs } from './pairs';
import { checkSources, prepareData, type PreparedData } from './prepare';
import { countRandomLevels, totalPairs, type LevelCounts } from './sample';
import { estimatePrior, trainM, uFromCounts } from './train';
import type { LinkageConfig, LinkageProgress, LinkageSource } from './types';

/** Injected behaviour: not part of the JSON settings. */
export interface LinkageOptions {
  /** Spellings of a name word (the CLI passes core's transliteration systems). */
  readonly nameVariants?: NameVariants;
  readonly onProgress?: LinkageProgress;
  /**
   * Human decisions: pairs labelled match are known matches in training and one person in the
   * clusters (must-link); pairs labelled non-match are known non-matches and never one person
   * (cannot-link). Unknown records are refused (`unknown_record`).
   */
  readonly labels?: readonly LinkLabel[];
}

/**
 * Everything the parallel stages need, prepared once: plain data, so it can be sent to a worker
 * (`structuredClone`) that runs {@link sampleLevels} and {@link compareCandidates} on a share.
 */
export interface LinkagePlan {
  readonly settings: LinkageSettings;
  readonly data: PreparedData;
  /** Blocking keys per rule, and the comparisons each rule reads. */
  readonly rules: readonly RuleKeys[];
  readonly ruleLabels: readonly string[];
  readonly involved: readonly (readonly number[])[];
  /** Levels per comparison (including "missing"). */
  readonly levelCounts: readonly number[];
  readonly warnings: readonly string[];
  /** The labels, as record indices; absent when none were given. */
  readonly labels?: ResolvedLabels;
}

/** The outcome of a linkage run. */
export interface LinkageResult {
  readonly data: PreparedData;
  readonly model: LinkageModel;
  /** Every candidate pair that was compared, with its final match weight in `weights`. */
  readonly pairs: ComparedPairs;
  readonly weights: Float64Array;
  readonly clusters: Clustering;
  readonly warnings: readonly string[];
  /**
   * Per compared pair, with labels only: 1 labelled match, −1 labelled non-match, 0 unlabelled.
   * Labelled pairs that blocking did not produce are compared and appended to `pairs`.
   */
  readonly labelOf?: Int8Array;
  readonly stats: {
    readonly records: number;
    readonly comparablePairs: number;
    readonly candidatePairs: number;
    readonly pairsAboveThreshold: number;
  };
}

/** Checks and prepares the sources, and fixes the blocking rules (chosen from data if not given). */
export const planLinkage = (
  sources: readonly LinkageSource[],
  config: LinkageConfig = {},
  options: LinkageOptions = {},
): LinkagePlan => {
  options.onProgress?.('prepare', 0, 1);
  checkSources(sources);
  const resolved = resolveSettings(sources, config);
  const data = prepareData(sources, resolved, options.nameVariants);
  const warnings: string[] = [];
  data.columns.forEach((col, c) => {
    if (col.present === 0) {
      warnings.push(
        `column "${data.comparisons[c]?.column}" holds no usable value: it adds nothing`,
      );
    }
  });
  let blocking = resolved.blocking;
  if (blocking === undefined) {
    const chosen = chooseBlockingRules(data);
    blocking = chosen.rules;
    if (chosen.considered.every((o) => !o.chosen || o.pairs > 20 * data.size)) {
      warnings.push(
        'no blocking rule is selective enough: the run may be slow; give rules in the settings',
      );
    }
  }
  const settings: LinkageSettings = { ...resolved, blocking };
  const rules = blocking.map((rule) => ruleKeys(data, rule));
  const involved = blocking.map((rule) => {
    const cols = ruleColumns(rule);
    return data.comparisons.flatMap((s, c) =>
      cols.includes(s.column) ||
      (s.kind === 'name' && s.swapWith !== undefined && cols.includes(s.swapWith))
        ? [c]
        : [],
    );
  });
  const labels =
    options.labels === undefined || options.labels.length === 0
      ? undefined
      : resolveLabels(data, options.labels);
  options.onProgress?.('prepare', 1, 1);
  return {
    ...(labels === undefined ? {} : { labels }),
    settings,
    data,
    rules,
    ruleLabels: blocking.map(ruleLabel),
    involved,
    levelCounts: data.comparisons.map((s) => levelLabels(s).length),
    warnings,
  };
};

/** Level counts among random pairs (for u), for one share of the sample. */
export const sampleLevels = (
  plan: LinkagePlan,
  share: BlockShare = { part: 0, parts: 1 },
  onProgress?: (done: number, total: number) => void,
): LevelCounts =>
  countRandomLevels(
    plan.data,
    comparersOf(plan.data),
    plan.levelCounts,
    plan.settings.mode,
    plan.settings.uSamplePairs,
    plan.settings.seed,
    share,
    onProgress,
  );

/** Candidate pairs of one share of the blocks, compared. */
export const compareCandidates = (
  plan: LinkagePlan,
  share: BlockShare = { part: 0, parts: 1 },
  onRule?: (rule: number, rules: number) => void,
): ComparedPairs => {
  const collector = new PairCollector(comparersOf(plan.data), plan.levelCounts);
  const report = forEachCandidate(
    plan.data,
    plan.rules,
    plan.settings.mode,
    plan.settings.maxBlockSize,
    share,
    (i, j, mask) => collector.add(i, j, mask),
    (r) => onRule?.(r, plan.rules.length),
  );
  return collector.finish(report);
};

const refText = (r: RecordRef): string => `record "${r.id}" of source ${r.source + 1}`;

const sumCounts = (parts: readonly LevelCounts[]): LevelCounts => {
  const first = parts[0];
  if (first === undefined) throw new Error('no level counts');
  return first.map((row, c) => {
    const out = new Float64Array(row.length);
    for (const p of parts) p[c]?.forEach((v, l) => (out[l] = (out[l] ?? 0) + v));
    return out;
  });
};

/**
 * Trains the model on the sampled and compared pairs (all shares), scores every candidate pair
 * and clusters the records.
 */
export const finishLinkage = (
  plan: LinkagePlan,
  sampled: readonly LevelCounts[],
  compared: readonly ComparedPairs[],
  onProgress?: LinkageProgress,
): LinkageResult => {
  const { data, settings } = plan;
  const warnings = [...plan.warnings];
  const merged = mergeComparedPairs(compared);
  const labelled =
    plan.labels === undefined ? undefined : placeLabels(data, plan.rules, merged, plan.labels);
  const pairs = labelled?.pairs ?? merged;
  if (pairs.report.skippedBlocks > 0) {
    warnings.push(
      `${pairs.report.skippedBlocks} blocks larger than ${settings.maxBlockSize} records were skipped ` +
        `(${pairs.report.skippedPairs} pairs): give more selective blocking rules`,
    );
  }
  const randomCounts = sumCounts(sampled);
  const u = uFromCounts(randomCounts);
  const C = data.comparisons.length;
  const observed = randomCounts.map((row) => Array.from(row, (n) => n > 0));
  for (let p = 0; p < pairs.patterns.count; p += 1) {
    for (let c = 0; c < C; c += 1) {
      const row = observed[c];
      if (row !== undefined) row[pairs.patterns.levels[p * C + c] as number] = true;
    }
  }
  const trained = trainM(
    pairs.patterns,
    pairs.training,
    u,
    plan.involved,
    settings.maxIterations,
    (done, total) => onProgress?.('train', done, total),
    labelled?.known,
  );
  for (const c of trained.untrained) {
    warnings.push(
      `comparison of "${data.comparisons[c]?.column}" could not be trained: it keeps default values`,
    );
  }
  for (const r of trained.rounds) {
    if (!r.used) {
      const on = r.rule < 0 ? 'all candidate pairs' : `rule ${plan.ruleLabels[r.rule]}`;
      warnings.push(`training on ${on} found no plausible matches; its estimates were not used`);
    }
  }
  const comparable = totalPairs(data, settings.mode);
  const draft = buildModel(
    data.comparisons,
    trained.m,
    trained.u,
    trained.untrained,
    0.5,
    settings.threshold,
    plan.ruleLabels,
    trained.rounds,
    observed,
  );
  let prior = settings.priorMatch;
  if (prior === undefined) {
    const counts = new Float64Array(pairs.patterns.count);
    const labelOf = labelled?.labelOf;
    if (labelOf === undefined) {
      for (const p of pairs.pattern) counts[p] = (counts[p] ?? 0) + 1;
    } else {
      pairs.pattern.forEach((p, k) => {
        if (labelOf[k] === 0) counts[p] = (counts[p] ?? 0) + 1;
      });
    }
    prior = estimatePrior(
      patternWeights(draft, pairs.patterns.levels, pairs.patterns.count),
      counts,
      comparable,
      labelled?.knownMatches,
    );
  }
  const model = buildModel(
    data.comparisons,
    trained.m,
    trained.u,
    trained.untrained,
    prior,
    settings.threshold,
    plan.ruleLabels,
    trained.rounds,
    observed,
  );
  onProgress?.('score', 0, pairs.left.length);
  const weights = scorePairs(data, model, pairs, (d, t) => onProgress?.('score', d, t));
  onProgress?.('score', pairs.left.length, pairs.left.length);
  onProgress?.('cluster', 0, 1);
  const cannot = settings.cannotLinkBelow;
  const { conflicts, ...clusters } = labelledComponents(
    data.size,
    pairs.left,
    pairs.right,
    weights,
    model.thresholdWeight,
    cannot <= 0 ? -Infinity : Math.log2(cannot / (1 - cannot)),
    labelled?.labelOf,
  );
  for (const conflict of conflicts) {
    const [x, y] = conflict.cannot.map((r) => recordRef(data, r)) as [RecordRef, RecordRef];
    const a = recordRef(data, pairs.left[conflict.pair] as number);
    const b = recordRef(data, pairs.right[conflict.pair] as number);
    warnings.push(
      `the match label of ${refText(a)} and ${refText(b)} was not applied: it would put ` +
        `${refText(x)} and ${refText(y)}, labelled different people, in one cluster`,
    );
  }
  onProgress?.('cluster', 1, 1);
  let above = 0;
  for (const w of weights) if (w >= model.thresholdWeight) above += 1;
  return {
    data,
    model,
    pairs,
    weights,
    clusters,
    warnings,
    ...(labelled === undefined ? {} : { labelOf: labelled.labelOf }),
    stats: {
      records: data.size,
      comparablePairs: comparable,
      candidatePairs: pairs.left.length,
      pairsAboveThreshold: above,
    },
  };
};

/**
 * Links and deduplicates records in this thread: prepare, estimate u from random pairs, block,
 * compare, learn m by EM, score, cluster. Deterministic for given sources, settings and seed.
 */
export const linkRecords = (
  sources: readonly LinkageSource[],
  config: LinkageConfig = {},
  options: LinkageOptions = {},
): LinkageResult => {
  const plan = planLinkage(sources, config, options);
  const progress = options.onProgress;
  const sampled = sampleLevels(plan, undefined, (d, t) => progress?.('sample', d, t));
  progress?.('block', 0, plan.rules.length);
  const compared = compareCandidates(plan, undefined, (r, n) => progress?.('block', r, n));
  progress?.('block', plan.rules.length, plan.rules.length);
  return finishLinkage(plan, [sampled], [compared], progress);
};
