import { INDICATORS, PILLARS } from '@vigil/analytics';
import {
  EXPERT_CONFIDENCES,
  EXPERT_EVIDENCE_MAX,
  RISK_INDEX_LEVELS,
  RISK_INDEX_MAX_DRAWS,
  type FacilityNames,
  type RiskIndexLevel,
} from '@vigil/core';
import type { VigilClient } from '@vigil/client';
import { Option, type Command } from 'commander';
import { emit, globals, type CliContext } from '../../context';
import { usageError } from '../../errors';
import { formatTable } from '../../output';
import { readTextFile } from '../../platform/input';
import { openSession } from '../../session';
import { parseVaultId } from '../vault/args';
import { expertValueOf, indexQueryOf, unitLabeller } from './args';
import { renderExpertValues, renderIndex } from './render';

export const INDEX_SHAPE =
  '{ "methodologyVersion": string, "level": "country"|"region"|"facility", "period": { "from": string|null, "to": string|null, "years": number }, "result": { "level", "settings": object, "units": [ { "unit": string, "score": number|null, "interval": [number, number]|null, "coverage": number, "rank"?: number, "rankInterval"?: [number, number], "missing": string[], "pillars": [ { "pillar": string, "score": number|null, "interval": [number, number]|null, "coverage": number, "indicators": [ { "indicator": string, "raw": number|null, "normalised": number|null, "basis"?: number, "records"?: string[], "evidence"?: string, "confidence"?: string } ] } ] } ], "sensitivity": [ { "indicator", "pillar", "effect": number, "rankShift": number, "correlation": number|null, "units": number } ], "warnings": string[] }, "inputs": [ { "unit", "indicator", "source": "records"|"expert", "numerator": number|null, "denominator": number|null, "records": number, "more": number, "expert"?: { "id", "from", "to", "version" } } ], "notes": string[] }';
export const EXPERT_SHAPE =
  '{ "id": string, "indicator": string, "level": string, "unit": string, "from": "YYYY-MM-DD", "to": "YYYY-MM-DD", "value": number, "evidence": string, "confidence": "low"|"medium"|"high", "version": number, "createdAt", "createdBy", "updatedAt", "updatedBy" }';

const vaultOption = () => new Option('--vault <vault-id>', 'the vault').makeOptionMandatory();
const levelOption = (mandatory: boolean) => {
  const o = new Option('--level <level>', 'country, region or facility').choices(RISK_INDEX_LEVELS);
  return mandatory ? o.makeOptionMandatory() : o;
};

/** Facility names of the register, for facility-level labels (public data). */
const facilityNames = async (client: VigilClient): Promise<Map<string, FacilityNames>> =>
  new Map((await client.facilities.list({ merged: 'include' })).map((f) => [f.id, f.names]));

/** Registers `vigil index compute|indicators|expert set|list|delete`. */
export const registerIndexCommands = (program: Command, ctx: CliContext): void => {
  const index = program
    .command('index')
    .description('the torture-risk index: compute it, list its indicators, enter expert values');

  index
    .command('compute')
    .description('compute the index of a vault at one level, with 95 % intervals and ranks')
    .addOption(vaultOption())
    .addOption(levelOption(true))
    .option('--from <YYYY-MM-DD>', 'records on or after this day (default: the first record)')
    .option('--to <YYYY-MM-DD>', 'records on or before this day (default: the last record)')
    .option('--draws <n>', `Monte Carlo draws, 0 to ${RISK_INDEX_MAX_DRAWS} (default 1000)`)
    .option('--seed <n>', 'seed of the draws: the same seed gives the same result (default 1)')
    .addOption(
      new Option('--aggregation <how>', 'how pillars combine').choices(['arithmetic', 'geometric']),
    )
    .option('--lang <en|ru|uk>', 'language of unit names', 'en')
    .addHelpText(
      'after',
      `
Scores every country, region or facility the vault's records or expert values name, from 0
(lowest risk) to 1, with the seven pillars after OMCT's Global Torture Index, a 95 % interval
and a rank interval from the Monte Carlo draws, and the indicators that move the scores most.
Missing data is shown as "–", never as zero. Method: docs/risk-index.md (also in the web app).
Computed by the server from coded data: no vault key needed.
JSON output (--json): ${INDEX_SHAPE}`,
    )
    .action(
      async (
        opts: {
          vault: string;
          level: string;
          from?: string;
          to?: string;
          draws?: string;
          seed?: string;
          aggregation?: string;
          lang: string;
        },
        cmd: Command,
      ) => {
        const { server, json } = globals(ctx, cmd);
        const vaultId = parseVaultId(opts.vault);
        const query = indexQueryOf(opts);
        const { client } = await openSession(ctx, server, { unlock: false });
        const answer = await client.riskIndex.compute(vaultId, query);
        const names =
          !json && answer.level === 'facility' ? await facilityNames(client) : undefined;
        emit(ctx, json, answer, () =>
          renderIndex(answer, unitLabeller(answer.level, opts.lang, names)),
        );
      },
    );

  index
    .command('indicators')
    .description('list the indicators of the index: pillar, levels, source and scale')
    .addOption(levelOption(false))
    .option('--expert', 'only those entered by experts')
    .action((opts: { level?: RiskIndexLevel; expert?: boolean }, cmd: Command) => {
      const { json } = globals(ctx, cmd);
      const list = INDICATORS.filter(
        (d) =>
          (opts.level === undefined || d.levels.includes(opts.level)) &&
          (opts.expert !== true || d.source === 'expert'),
      ).map((d) => ({
        id: d.id,
        pillar: d.pillar,
        levels: d.levels,
        source: d.source,
        worse: d.direction === 'higher-is-worse' ? 'higher' : 'lower',
        scale:
          d.normalisation.kind === 'min-max'
            ? 'min-max'
            : `${d.normalisation.kind === 'log-goalposts' ? 'log ' : ''}${d.normalisation.min}–${d.normalisation.max}`,
        method: d.method.en,
      }));
      emit(ctx, json, { indicators: list }, () =>
        formatTable(
          ['indicator', 'pillar', 'levels', 'source', 'worse when', 'scale'],
          list.map((d) => [
            d.id,
            `${PILLARS.indexOf(d.pillar) + 1} ${d.pillar}`,
            d.levels.join(','),
            d.source,
            d.worse,
            d.scale,
          ]),
        ),
      );
    });

  const expert = index
    .command('expert')
    .description('expert values of the index: ratings with evidence and confidence');

  expert
    .command('set')
    .description(
      'enter an expert value, or change the one with the same indicator, unit and period',
    )
    .addOption(vaultOption())
    .requiredOption(
      '--indicator <id>',
      'an expert indicator (see `vigil index indicators --expert`)',
    )
    .addOption(levelOption(true))
    .requiredOption('--unit <unit>', 'country code (RU), region code (RU-ROS) or facility id')
    .requiredOption('--from <YYYY-MM-DD>', 'first day of the period rated')
    .requiredOption('--to <YYYY-MM-DD>', 'last day of the period rated')
    .requiredOption('--value <n>', 'the rating on the indicator’s scale, a whole number')
    .option('--evidence <text>', 'laws, decisions, reports the rating rests on')
    .option('--evidence-file <path>', 'read the evidence from a UTF-8 text file')
    .addOption(
      new Option('--confidence <level>', 'how sure the rating is')
        .choices(EXPERT_CONFIDENCES)
        .makeOptionMandatory(),
    )
    .option(
      '--expected-version <n>',
      'refuse (conflict) unless the stored value is at this version',
    )
    .addHelpText(
      'after',
      `
The evidence is stored in PLAINTEXT on the server (it is about laws and public facts): never
name a victim, witness or source in it. At most ${EXPERT_EVIDENCE_MAX} characters.
Example: vigil index expert set --vault <id> --indicator monitoring-access --level region \\
  --unit RU-ROS --from 2024-01-01 --to 2024-12-31 --value 1 --confidence medium \\
  --evidence "ONK members refused entry to SIZO-1 twice (public statements, March and May)"
JSON output (--json): ${EXPERT_SHAPE}`,
    )
    .action(
      async (
        opts: {
          vault: string;
          indicator: string;
          level: string;
          unit: string;
          from: string;
          to: string;
          value: string;
          evidence?: string;
          evidenceFile?: string;
          confidence: string;
          expectedVersion?: string;
        },
        cmd: Command,
      ) => {
        const { server, json } = globals(ctx, cmd);
        const vaultId = parseVaultId(opts.vault);
        if ((opts.evidence === undefined) === (opts.evidenceFile === undefined)) {
          throw usageError('give the evidence with one of --evidence or --evidence-file');
        }
        let evidence = opts.evidence ?? '';
        if (opts.evidenceFile !== undefined) {
          try {
            evidence = await readTextFile(opts.evidenceFile);
          } catch (error) {
            throw usageError(`cannot read ${opts.evidenceFile}: ${(error as Error).message}`);
          }
        }
        const value = expertValueOf({ ...opts, evidence });
        const { client } = await openSession(ctx, server, { unlock: false });
        const stored = await client.riskIndex.expert.put(vaultId, value);
        emit(
          ctx,
          json,
          stored,
          () =>
            `${stored.version === 1 ? 'entered' : `changed (version ${stored.version})`}: ${stored.indicator} = ${stored.value} for ${stored.unit}, ${stored.from} … ${stored.to}, ${stored.confidence} confidence\nid ${stored.id}\n`,
        );
      },
    );

  expert
    .command('list')
    .description('list the expert values of a vault')
    .addOption(vaultOption())
    .addOption(levelOption(false))
    .option('--indicator <id>', 'only this indicator')
    .option('--unit <unit>', 'only this unit')
    .option('--lang <en|ru|uk>', 'language of unit names', 'en')
    .addHelpText('after', `\nJSON output (--json): { "values": [ ${EXPERT_SHAPE} ] }`)
    .action(
      async (
        opts: {
          vault: string;
          level?: RiskIndexLevel;
          indicator?: string;
          unit?: string;
          lang: string;
        },
        cmd: Command,
      ) => {
        const { server, json } = globals(ctx, cmd);
        const vaultId = parseVaultId(opts.vault);
        const { client } = await openSession(ctx, server, { unlock: false });
        const values = await client.riskIndex.expert.list(vaultId, {
          ...(opts.level === undefined ? {} : { level: opts.level }),
          ...(opts.indicator === undefined ? {} : { indicator: opts.indicator }),
          ...(opts.unit === undefined ? {} : { unit: opts.unit }),
        });
        const names =
          !json && values.some((v) => v.level === 'facility')
            ? await facilityNames(client)
            : undefined;
        emit(ctx, json, { values }, () =>
          renderExpertValues(values, (unit) => {
            const level = values.find((v) => v.unit === unit)?.level ?? 'region';
            return unitLabeller(level, opts.lang, names)(unit);
          }),
        );
      },
    );

  expert
    .command('delete')
    .description('remove an expert value (the server keeps it as a version, audited)')
    .addOption(vaultOption())
    .argument('<value-id>', 'the id `vigil index expert list` shows')
    .action(async (valueId: string, opts: { vault: string }, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      const vaultId = parseVaultId(opts.vault);
      const id = valueId.trim().toLowerCase();
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) {
        throw usageError('an expert value id is a UUID (see `vigil index expert list`)');
      }
      const { client } = await openSession(ctx, server, { unlock: false });
      await client.riskIndex.expert.delete(vaultId, id);
      emit(ctx, json, { deleted: id }, () => `removed ${id}\n`);
    });
};
