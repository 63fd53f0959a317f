import { Option, type Command } from 'commander';
import { globals, type CliContext } from '../../context';
import { usageError } from '../../errors';

/** The JSON that `vigil link --json` prints. */
export const LINK_SHAPE =
  '{ "records": number, "sources": number, "clusters": number, "comparablePairs": number, "candidatePairs": number, "matchedPairs": number, "threshold": number, "priorMatch": number, "blocking": [string], "comparisons": [{ "column", "kind", "trained": boolean, "levels": [{ "label", "m", "u", "weight" }] }], "warnings": [string], "out": string, "pairs": { "file": string, "written": number } | null }';

const SETTINGS_HELP = `
Each --input is one source (a list from one organisation); sources may have different columns,
and columns of the same name are compared. Without --config every column but the id is compared:
names by header (name, surname, given, patronymic, …), dates by header or content, the rest as
text. Blocking rules are chosen from the data. Settings (--config, JSON, every key optional):
  { "mode": "dedupe" | "link" | "link-and-dedupe",
    "comparisons": [{ "kind": "name", "column": "surname", "swapWith": "given_name" },
                    { "kind": "date", "column": "birth_date", "years": [1] },
                    { "kind": "text", "column": "region", "levenshtein": [1], "jaroWinkler": [0.9] },
                    { "kind": "exact", "column": "sex" }],
    "blocking": [["surname", "birth_date"], [{ "column": "birth_date", "transform": "year" }, "given_name"]],
    "threshold": 0.5, "cannotLinkBelow": 0.01, "seed": 42, "uSamplePairs": 1000000,
    "maxBlockSize": 5000 }
Names are compared in every transliteration system (Russian, Ukrainian, Belarusian), in either
order, with missing words and typos. Records linked at or above the threshold are one person
unless a pair of them scored below cannotLinkBelow. Output: --out gets source,id,cluster rows
(source = the position of its --input, from 1; one cluster number = one person); --pairs gets
every candidate pair at or above --pairs-min-probability with its match probability, match
weight and each comparison's level and weight (log2 Bayes factor), best first.
A progress bar goes to stderr on a terminal. Files are written readable by you only.
JSON output (--json): ${LINK_SHAPE}`;

const positiveInteger = (name: string, raw: string): number => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw usageError(`${name} takes a whole number from 1 to 64`);
  return n;
};

const probability = (name: string, raw: string): number => {
  const p = Number(raw);
  if (!Number.isFinite(p) || p < 0 || p > 1)
    throw usageError(`${name} takes a probability from 0 to 1`);
  return p;
};

/** Registers `vigil link`. */
export const registerLinkCommand = (program: Command, ctx: CliContext): void => {
  program
    .command('link')
    .description('link and deduplicate person records of CSV files into people (no server needed)')
    .option(
      '--input <file>',
      'a CSV file of records, one per source (repeat the option for each)',
      (v: string, all: string[]) => [...all, v],
      [] as string[],
    )
    .addOption(
      new Option('--id <column>', "the column holding each record's id").makeOptionMandatory(),
    )
    .addOption(
      new Option('--out <file>', 'where to write source,id,cluster rows').makeOptionMandatory(),
    )
    .option('--config <file>', 'linkage settings (JSON, see below)')
    .option('--pairs <file>', 'also write the scored candidate pairs with their explanations')
    .option('--pairs-min-probability <p>', 'leave out pairs less likely than this', '0.01')
    .option('--workers <n>', 'worker threads (default: the CPUs, at most 8; none for small inputs)')
    .addHelpText('after', SETTINGS_HELP)
    .action(
      async (
        opts: {
          input: string[];
          id: string;
          out: string;
          config?: string;
          pairs?: string;
          pairsMinProbability: string;
          workers?: string;
        },
        cmd: Command,
      ) => {
        const { json } = globals(ctx, cmd);
        if (opts.input.length === 0) throw usageError('give at least one --input file');
        if (opts.id.trim() === '') throw usageError('--id must name a column');
        // Loaded on use: the linkage worker threads run the module it lives in.
        const { runLink } = await import('./run');
        await runLink(ctx, {
          inputs: opts.input,
          id: opts.id.trim(),
          out: opts.out,
          config: opts.config,
          pairs: opts.pairs,
          pairsMinProbability: probability('--pairs-min-probability', opts.pairsMinProbability),
          workers:
            opts.workers === undefined ? undefined : positiveInteger('--workers', opts.workers),
          json,
        });
      },
    );
};
