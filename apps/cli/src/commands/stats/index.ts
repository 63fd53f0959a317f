import {
  distinctVictimsLabel,
  facilityName,
  noDenominatorLabel,
  rateDenominatorLabel,
  rateUnitLabel,
  statValueLabel,
  victimsCountedAsLabel,
  vocabLocaleOf,
  type RateFigure,
  type StatsResponse,
} from '@vigil/core';
import { Option, type Command } from 'commander';
import { emit, globals, type CliContext } from '../../context';
import { formatTable } from '../../output';
import { openSession } from '../../session';
import { parseVaultId } from '../vault/args';
import { statsQueryOf } from './args';

export const STATS_SHAPE =
  '{ "rows": (string|null)[], "columns": (string|null)[], "cells": [ { "row", "column", "incidents": number, "victims": number } ], "rowTotals": [...], "columnTotals": [...], "total": { "incidents": number, "victims": number }, "multiValued": string[], "basis": { "incidents": number }, "people": { "linkRun": number|null }, "rate"?: { "per": "capacity"|"detentions", "unit": number, "label": string, "cells": [ { "row", "column", "denominator": number|null, "incidents": number|null, "victims": number|null, "missing": number } ], "rowTotals": [...], "columnTotals": [...], "total": {...} } }';

type Measure = 'incidents' | 'victims';

/** A rate to read: two significant decimals at most, "no denominator" when there is none. */
export const formatRate = (rate: number | null, lang = 'en'): string =>
  rate === null ? noDenominatorLabel(lang) : String(Math.round(rate * 100) / 100);

/**
 * The rates of a statistic as a plain table: for one dimension, each row's counts, denominator
 * and rates; for two, the rate of `measure` per cell. Says what the denominator is, its unit, and
 * how many facilities lacked a capacity.
 */
export const renderRates = (
  tab: StatsResponse,
  rate: NonNullable<StatsResponse['rate']>,
  query: { rows: string; columns?: string },
  measure: Measure,
  label: (dimension: string, value: string | null) => string,
  lang = 'en',
): string => {
  const unit = rateUnitLabel(rate.per, lang);
  const count = (f: RateFigure, m: Measure): number =>
    f.row === null && f.column === null
      ? tab.total[m]
      : ((f.column === null
          ? tab.rowTotals.find((c) => c.row === f.row)
          : tab.cells.find((c) => c.row === f.row && c.column === f.column))?.[m] ?? 0);
  const denominator = (f: RateFigure) => (f.denominator === null ? '–' : String(f.denominator));
  const lines: string[] = [];
  if (query.columns === undefined) {
    const line = (name: string, f: RateFigure) => [
      name,
      String(count(f, 'incidents')),
      String(count(f, 'victims')),
      denominator(f),
      formatRate(f.incidents, lang),
      formatRate(f.victims, lang),
      ...(rate.per === 'capacity' ? [String(f.missing)] : []),
    ];
    const rows = rate.rowTotals.map((f) => line(label(query.rows, f.row), f));
    rows.push(line('total', rate.total));
    lines.push(
      formatTable(
        [
          query.rows,
          'incidents',
          'distinct victims',
          rate.per === 'capacity' ? 'places' : 'detentions',
          `incidents ${unit}`,
          `victims ${unit}`,
          ...(rate.per === 'capacity' ? ['facilities without capacity'] : []),
        ],
        rows,
      ),
    );
  } else {
    const columns = query.columns;
    const byCell = new Map(rate.cells.map((f) => [`${f.row}\u0000${f.column}`, f]));
    const rows = tab.rows.map((r) => [
      label(query.rows, r),
      ...tab.columns.map((c) => formatRate(byCell.get(`${r}\u0000${c}`)?.[measure] ?? null, lang)),
      formatRate(rate.rowTotals.find((f) => f.row === r)?.[measure] ?? null, lang),
    ]);
    rows.push([
      'total',
      ...tab.columns.map((c) =>
        formatRate(rate.columnTotals.find((f) => f.column === c)?.[measure] ?? null, lang),
      ),
      formatRate(rate.total[measure], lang),
    ]);
    lines.push(
      `${measure === 'victims' ? distinctVictimsLabel(tab.people.linkRun, lang) : 'incidents'} ${unit}: ${query.rows} × ${columns}\n`,
      formatTable([query.rows, ...tab.columns.map((c) => label(columns, c)), 'total'], rows),
    );
  }
  lines.push(`Denominator: ${rateDenominatorLabel(rate.per, lang)}.\n`);
  if (rate.per === 'capacity' && rate.total.missing > 0) {
    lines.push(
      `${rate.total.missing} facilities of the register state no capacity: left out of the denominators.\n`,
    );
  }
  return lines.join('');
};

/** The statistic as a plain table: one line per row value, one column per column value. */
export const renderStats = (
  tab: StatsResponse,
  query: { rows: string; columns?: string },
  measure: Measure,
  label: (dimension: string, value: string | null) => string,
  lang = 'en',
): string => {
  if (tab.total.incidents === 0 && tab.rate === undefined) return 'No incidents match.\n';
  const rowLabel = (v: string | null) => label(query.rows, v);
  const lines: string[] = [];
  if (tab.rate !== undefined) {
    lines.push(renderRates(tab, tab.rate, query, measure, label, lang));
  } else if (query.columns === undefined) {
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
      `${measure === 'victims' ? distinctVictimsLabel(tab.people.linkRun, lang) : 'incidents'}: ${query.rows} × ${columns}\n`,
      formatTable([query.rows, ...tab.columns.map((c) => label(columns, c)), 'total'], rows),
    );
  }
  // Which victims are distinct (a two-dimension table of victims says so in its title).
  if (query.columns === undefined) {
    lines.push(`Distinct victims: ${victimsCountedAsLabel(tab.people.linkRun, lang)}.\n`);
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
    .addOption(
      new Option(
        '--rate <denominator>',
        'rates beside counts: per 1,000 places of capacity (by facility, facility-type, region) or per 100 documented detentions (also by month, quarter, year)',
      ).choices(['capacity', 'detentions']),
    )
    .option('--lang <en|ru|uk>', 'language of labels', 'en')
    .addHelpText(
      'after',
      `\nDimensions: month, quarter, year, region, facility, facility-type, method, perpetrator-agency,\nact-type, group, sex, age-band, intervention-outcome.\nExample: vigil stats --vault <id> --by year,method --filter region=RU-ROS --from 2022-02-24\nRates: vigil stats --vault <id> --by facility-type --rate capacity\nJSON output (--json): ${STATS_SHAPE}`,
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
          rate?: string;
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
          renderStats(
            tab,
            query,
            opts.measure,
            (d, v) =>
              statValueLabel(d as Parameters<typeof statValueLabel>[0], v, opts.lang, names),
            opts.lang,
          ),
        );
      },
    );
};
