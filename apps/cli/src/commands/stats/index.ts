import { facilityName, statValueLabel, vocabLocaleOf, type StatsResponse } from '@vigil/core';
import { Option, type Command } from 'commander';
import { emit, globals, type CliContext } from '../../context';
import { formatTable } from '../../output';
import { openSession } from '../../session';
import { parseVaultId } from '../vault/args';
import { statsQueryOf } from './args';

export const STATS_SHAPE =
  '{ "rows": (string|null)[], "columns": (string|null)[], "cells": [ { "row", "column", "incidents": number, "victims": number } ], "rowTotals": [...], "columnTotals": [...], "total": { "incidents": number, "victims": number }, "multiValued": string[], "basis": { "incidents": number } }';

type Measure = 'incidents' | 'victims';

/** The statistic as a plain table: one line per row value, one column per column value. */
export const renderStats = (
  tab: StatsResponse,
  query: { rows: string; columns?: string },
  measure: Measure,
  label: (dimension: string, value: string | null) => string,
): string => {
  if (tab.total.incidents === 0) return 'No incidents match.\n';
  const rowLabel = (v: string | null) => label(query.rows, v);
  const lines: string[] = [];
  if (query.columns === undefined) {
    const rows = tab.rowTotals.map((c) => [
      rowLabel(c.row),
      String(c.incidents),
      String(c.victims),
    ]);
    rows.push(['total', String(tab.total.incidents), String(tab.total.victims)]);
    lines.push(formatTable([query.rows, 'incidents', 'distinct victims'], rows));
  } else {
    const columns = query.columns;
    const cell = new Map(tab.cells.map((c) => [`${c.row}\u0000${c.column}`, c]));
    const rows = tab.rows.map((r) => [
      rowLabel(r),
      ...tab.columns.map((c) => String(cell.get(`${r}\u0000${c}`)?.[measure] ?? 0)),
      String(tab.rowTotals.find((t) => t.row === r)?.[measure] ?? 0),
    ]);
    rows.push([
      'total',
      ...tab.columns.map((c) =>
        String(tab.columnTotals.find((t) => t.column === c)?.[measure] ?? 0),
      ),
      String(tab.total[measure]),
    ]);
    lines.push(
      `${measure === 'victims' ? 'distinct victims' : 'incidents'}: ${query.rows} × ${columns}\n`,
      formatTable([query.rows, ...tab.columns.map((c) => label(columns, c)), 'total'], rows),
    );
  }
  if (tab.multiValued.length > 0) {
    lines.push(
      `An incident can have several ${tab.multiValued.join(', ')} values: it counts under each, once in totals.\n`,
    );
  }
  lines.push(
    `Counts of documented incidents (${tab.total.incidents} of ${tab.basis.incidents} in the vault), not of all that happened.\n`,
  );
  return lines.join('');
};

/** Registers `vigil stats`. */
export const registerStatsCommand = (program: Command, ctx: CliContext): void => {
  program
    .command('stats')
    .description('count incidents and distinct victims by one or two dimensions')
    .addOption(new Option('--vault <vault-id>', 'the vault').makeOptionMandatory())
    .requiredOption('--by <dims>', 'rows and optionally columns, e.g. year or quarter,method')
    .option(
      '--filter <dim=values>',
      'keep incidents with one of these values (repeatable; "-" = unknown)',
      (v: string, all: string[]) => [...all, v],
      [] as string[],
    )
    .option('--from <YYYY-MM-DD>', 'incidents on or after this day')
    .option('--to <YYYY-MM-DD>', 'incidents on or before this day')
    .addOption(
      new Option('--measure <m>', 'what a two-dimension table counts')
        .choices(['incidents', 'victims'])
        .default('incidents'),
    )
    .option('--lang <en|ru|uk>', 'language of labels', 'en')
    .addHelpText(
      'after',
      `\nDimensions: month, quarter, year, region, facility, facility-type, method, perpetrator-agency,\nact-type, group, sex, age-band, intervention-outcome.\nExample: vigil stats --vault <id> --by year,method --filter region=RU-ROS --from 2022-02-24\nJSON output (--json): ${STATS_SHAPE}`,
    )
    .action(
      async (
        opts: {
          vault: string;
          by: string;
          filter: string[];
          from?: string;
          to?: string;
          measure: Measure;
          lang: string;
        },
        cmd: Command,
      ) => {
        const { server, json } = globals(ctx, cmd);
        const vaultId = parseVaultId(opts.vault);
        const query = statsQueryOf(opts);
        // Counts come from coded data: no vault key needed.
        const { client } = await openSession(ctx, server, { unlock: false });
        const tab = await client.statistics.query(vaultId, query);
        const usesFacilities = query.rows === 'facility' || query.columns === 'facility';
        const names = new Map<string, string>();
        if (usesFacilities && !json) {
          for (const f of await client.facilities.list({ merged: 'include' })) {
            names.set(f.id, facilityName(f.names, vocabLocaleOf(opts.lang)));
          }
        }
        emit(ctx, json, tab, () =>
          renderStats(tab, query, opts.measure, (d, v) =>
            statValueLabel(d as Parameters<typeof statValueLabel>[0], v, opts.lang, names),
          ),
        );
      },
    );
};
