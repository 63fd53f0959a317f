import { availableParallelism } from 'node:os';
import { basename, dirname } from 'node:path';
import {
  LinkageError,
  pairContributions,
  probabilityOf,
  type LinkageConfig,
  type LinkageResult,
  type LinkageSource,
  type LinkageStage,
} from '@vigil/analytics';
import { isImportFileError, parseTable } from '@vigil/client';
import { emit, type CliContext } from '../../context';
import { CliError, EXIT_USAGE, usageError } from '../../errors';
import { readInputFile, writeExportFiles } from '../../platform/files';
import { progressBar } from '../io/progress';
import { csvLine, sourceOf } from './csv';
import { linkWithWorkers } from './parallel';

/** What `vigil link` was asked to do, after parsing the command line. */
export interface LinkRequest {
  readonly inputs: readonly string[];
  readonly id: string;
  readonly out: string;
  readonly config: string | undefined;
  readonly pairs: string | undefined;
  readonly pairsMinProbability: number;
  readonly workers: number | undefined;
  readonly json: boolean;
}

/** Below this many records, starting worker threads costs more than it saves. */
const WORKERS_FROM_RECORDS = 20_000;

const STAGE_LABELS: Record<LinkageStage, string> = {
  prepare: 'preparing',
  sample: 'sampling',
  block: 'blocking',
  train: 'training',
  score: 'scoring',
  cluster: 'clustering',
};

const readSource = async (file: string, id: string): Promise<LinkageSource> => {
  const bytes = await readInputFile(file);
  try {
    return sourceOf(await parseTable(bytes, 'csv'), id, file);
  } catch (error) {
    if (isImportFileError(error)) throw new CliError(error.code, `${file}: ${error.message}`);
    throw error;
  }
};

const readConfig = async (file: string | undefined): Promise<LinkageConfig> => {
  if (file === undefined) return {};
  const text = new TextDecoder().decode(await readInputFile(file));
  try {
    return JSON.parse(text) as LinkageConfig;
  } catch {
    throw usageError(`the settings ${file} are not valid JSON`);
  }
};

/** Settings and column problems are the command line's fault (exit 2); data problems are not. */
const asCliError = (error: LinkageError): CliError =>
  new CliError(
    error.code,
    error.message,
    error.code === 'invalid_config' || error.code === 'unknown_column' ? EXIT_USAGE : undefined,
  );

/** The clusters file: source (1-based), id, cluster, in input order. */
export const clustersCsv = (result: LinkageResult): string => {
  const { data, clusters } = result;
  const lines = ['source,id,cluster'];
  for (let r = 0; r < data.size; r += 1) {
    lines.push(
      csvLine([(data.sourceOf[r] ?? 0) + 1, data.ids[r] ?? '', clusters.clusterOf[r] ?? 0]),
    );
  }
  return `${lines.join('\n')}\n`;
};

/**
 * The pairs file: every candidate pair at or above `minProbability`, best first, with each
 * comparison's level and weight (log2 of its Bayes factor, term frequency included).
 */
export const pairsCsv = (
  result: LinkageResult,
  minProbability: number,
): { content: string; written: number } => {
  const { data, model, pairs, weights } = result;
  const minWeight =
    minProbability <= 0 ? -Infinity : Math.log2(minProbability / (1 - minProbability));
  const picked: number[] = [];
  for (let k = 0; k < weights.length; k += 1)
    if ((weights[k] ?? -Infinity) >= minWeight) picked.push(k);
  picked.sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || a - b);
  const columns = model.comparisons.map((c) => c.column);
  const lines = [
    csvLine([
      'source_l',
      'id_l',
      'source_r',
      'id_r',
      'match_probability',
      'match_weight',
      'prior_weight',
      ...columns.flatMap((c) => [`level_${c}`, `weight_${c}`]),
    ]),
  ];
  for (const k of picked) {
    const i = pairs.left[k] ?? 0;
    const j = pairs.right[k] ?? 0;
    const w = weights[k] ?? 0;
    lines.push(
      csvLine([
        (data.sourceOf[i] ?? 0) + 1,
        data.ids[i] ?? '',
        (data.sourceOf[j] ?? 0) + 1,
        data.ids[j] ?? '',
        probabilityOf(w).toPrecision(6),
        w.toFixed(3),
        model.priorWeight.toFixed(3),
        ...pairContributions(data, model, pairs, k).flatMap((c) => [c.label, c.weight.toFixed(3)]),
      ]),
    );
  }
  return { content: `${lines.join('\n')}\n`, written: picked.length };
};

const writeFile = (path: string, content: string): Promise<string[]> =>
  writeExportFiles(dirname(path), [{ name: basename(path), content }]);

/** Runs `vigil link`: reads the sources, links them, writes the clusters (and pairs). */
export const runLink = async (ctx: CliContext, request: LinkRequest): Promise<void> => {
  const config = await readConfig(request.config);
  const sources: LinkageSource[] = [];
  for (const file of request.inputs) sources.push(await readSource(file, request.id));
  const records = sources.reduce((n, s) => n + s.ids.length, 0);
  const workers =
    request.workers ??
    (records < WORKERS_FROM_RECORDS ? 1 : Math.min(8, Math.max(1, availableParallelism())));
  const bar = progressBar(ctx);
  let result: LinkageResult;
  try {
    result = await linkWithWorkers(sources, config, {
      workers,
      onProgress: (stage, done, total) => bar.update(STAGE_LABELS[stage], done, total),
    });
  } catch (error) {
    if (error instanceof LinkageError) throw asCliError(error);
    throw error;
  } finally {
    bar.end();
  }
  await writeFile(request.out, clustersCsv(result));
  let pairsWritten: { file: string; written: number } | null = null;
  if (request.pairs !== undefined) {
    const { content, written } = pairsCsv(result, request.pairsMinProbability);
    await writeFile(request.pairs, content);
    pairsWritten = { file: request.pairs, written };
  }
  const { model, stats, clusters, warnings } = result;
  const summary = {
    records: stats.records,
    sources: sources.length,
    clusters: clusters.count,
    comparablePairs: stats.comparablePairs,
    candidatePairs: stats.candidatePairs,
    matchedPairs: stats.pairsAboveThreshold,
    threshold: model.threshold,
    priorMatch: model.priorMatch,
    blocking: model.blocking,
    comparisons: model.comparisons.map((c) => ({
      column: c.column,
      kind: c.kind,
      trained: c.trained,
      levels: c.levels.map((l) => ({ label: l.label, m: l.m, u: l.u, weight: l.weight })),
    })),
    warnings,
    out: request.out,
    pairs: pairsWritten,
  };
  for (const w of warnings) ctx.terminal.err(`warning: ${w}\n`);
  emit(ctx, request.json, summary, () =>
    [
      `${stats.records} records from ${sources.length} source${sources.length === 1 ? '' : 's'} are ${clusters.count} people (clusters); written to ${request.out}.`,
      `${stats.pairsAboveThreshold} of ${stats.candidatePairs} candidate pairs (of ${stats.comparablePairs} in all) have a match probability of at least ${model.threshold}.`,
      `Blocking rules: ${model.blocking.join('; ')}. Prior match probability ${model.priorMatch.toPrecision(3)}.`,
      ...(pairsWritten === null
        ? []
        : [`${pairsWritten.written} scored pairs written to ${pairsWritten.file}.`]),
      '',
    ].join('\n'),
  );
};
