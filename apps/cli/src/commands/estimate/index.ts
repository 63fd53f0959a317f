import {
  estimateByStratum,
  estimatePopulation,
  parsePatternCsv,
  type EstimateOptions,
  type ProgressFn,
} from '@vigil/analytics';
import type { Command } from 'commander';
import { emit, type CliContext } from '../../context';
import { CliError } from '../../errors';
import { readInputFile } from '../../platform/files';
import { progressBar } from '../io/progress';
import { estimateOptionsOf, type EstimateArgs } from './args';
import {
  ESTIMATE_SHAPE,
  estimateJson,
  renderEstimate,
  renderStratified,
  stratifiedJson,
} from './render';

const HELP = `
The CSV has one 0/1 column per list and a count column (named count, n, freq or frequency, else
the last column), one row per combination of lists; the people on no list are left out, they are
what is estimated. With --count none each row is one person. Runs on this machine: no server, no
session. The same file, method and seed always give the same figure.

Methods:
  loglinear  log-linear models up to --order (default 2), chosen by --criterion aic|bic; profile-
             likelihood interval. Needs 2 lists or more.
  lcmcr      latent-class model (HRDAG); --k classes (default min(2^J − 1, 15)), --burn-in
             (default 10,000), --samples (1,000), --thinning (default 100; HRDAG uses 1,000).
             Needs 3 lists or more. A progress bar goes to stderr on a terminal.
  dga        Bayesian model averaging over decomposable graphs (HRDAG's dga), 3 to 5 lists;
             --delta (default 2^−J), --max-missing (default: found).

Example: vigil estimate --input patterns.csv --method lcmcr --seed 7 --json
JSON output (--json): ${ESTIMATE_SHAPE}`;

const decode = (bytes: Uint8Array, path: string): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError('invalid_table', `${path} is not UTF-8 text`);
  }
};

/** Registers `vigil estimate`. */
export const registerEstimateCommand = (program: Command, ctx: CliContext): void => {
  program
    .command('estimate')
    .description('estimate the people no list documented, from a CSV of list overlaps (MSE)')
    .requiredOption('--input <file>', 'CSV of list-overlap patterns and counts')
    .requiredOption('--method <method>', 'loglinear, lcmcr or dga')
    .option('--seed <n>', 'seed of the random draws (default 1)')
    .option('--count <column>', 'the count column, or "none" when each row is one person')
    .option('--stratum <column>', 'estimate each value of this column separately and add them up')
    .option('--order <n>', 'loglinear: highest order of interaction between lists')
    .option('--criterion <aic|bic>', 'loglinear: how the model is chosen')
    .option('--k <n>', 'lcmcr: number of latent classes')
    .option('--burn-in <n>', 'lcmcr: sweeps discarded first')
    .option('--samples <n>', 'lcmcr: samples kept')
    .option('--thinning <n>', 'lcmcr: sweeps per sample kept')
    .option('--delta <x>', 'dga: hyper-Dirichlet prior weight per cell')
    .option('--max-missing <n>', 'dga: largest number of undocumented people considered')
    .addHelpText('after', HELP)
    .action(async (opts: EstimateArgs, cmd: Command) => {
      const json = cmd.optsWithGlobals<{ json?: boolean }>().json === true;
      const options: EstimateOptions = estimateOptionsOf(opts);
      const seed = options.seed ?? 1;
      const text = decode(await readInputFile(opts.input), opts.input);
      const csv = parsePatternCsv(text, {
        ...(opts.count !== undefined ? { count: opts.count } : {}),
        ...(opts.stratum !== undefined ? { stratum: opts.stratum } : {}),
      });
      const bar = progressBar(ctx);
      try {
        if (opts.stratum !== undefined) {
          const column = opts.stratum;
          const result = estimateByStratum(csv.strata, options, (i, count, stratum) => {
            bar.update('strata', i, count);
            if (options.method !== 'lcmcr') return undefined;
            const progress: ProgressFn = (done, total) =>
              bar.update(stratum.slice(0, 10), done, total);
            return progress;
          });
          bar.end();
          emit(ctx, json, stratifiedJson(result, column, seed), () =>
            renderStratified(result, column),
          );
        } else {
          const result = estimatePopulation(
            csv.table,
            options.method === 'lcmcr'
              ? { ...options, onProgress: (done, total) => bar.update('sampling', done, total) }
              : options,
          );
          bar.end();
          emit(ctx, json, estimateJson(result, seed), () => renderEstimate(result));
        }
      } finally {
        bar.end();
      }
    });
};
