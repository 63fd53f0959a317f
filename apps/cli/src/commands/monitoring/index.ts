import { facilityIdSchema, facilityName, type Alert, type VaultId } from '@vigil/core';
import type { RecordPage, RecordViewOf, VigilClient } from '@vigil/client';
import { Option, type Command } from 'commander';
import { emit, globals, type CliContext } from '../../context';
import { usageError } from '../../errors';
import { formatTable } from '../../output';
import { readTextFile } from '../../platform/input';
import { openSession } from '../../session';
import { checkRecord } from '../record/args';
import { parseVaultId } from '../vault/args';

export const MONITORING_ADD_SHAPE = '{ "report": string, "findings": string[] }';
export const MONITORING_LIST_SHAPE =
  '{ "reports": [ { "id": string, "facility": string, "period": object|null, "methods": string[], "findings": [ { "id": string, "heading": string, "kind": string, "followUp": string } ] } ] }';
export const ALERTS_SHAPE =
  '{ "on": "YYYY-MM-DD", "settings": { "incommunicadoDays": number, "clusterWindowDays": number, "clusterThreshold": number }, "alerts": [ { "kind": "incommunicado"|"unknown-transfer", "detention": string, "person": string|null, "facility": string|null, "since": string, "days": number, "name"?: string } | { "kind": "incident-cluster", "facility": string, "from": string, "to": string, "incidents": string[] } ] }';

const vaultOption = () => new Option('--vault <vault-id>', 'the vault').makeOptionMandatory();

/**
 * A report file: a monitoring report's fields (see `vigil record add monitoring-report --help`)
 * and, optionally, `findings`: the report's findings without `report` and `facility`, which are
 * filled in from the report.
 */
const readReportFile = async (
  path: string,
): Promise<{ report: Record<string, unknown>; findings: Record<string, unknown>[] }> => {
  let value: unknown;
  try {
    value = JSON.parse(await readTextFile(path));
  } catch (error) {
    throw usageError(`cannot read the report ${path}: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw usageError(`the report ${path} must be a JSON object`);
  }
  const { findings, ...report } = value as Record<string, unknown>;
  if (findings !== undefined && !Array.isArray(findings)) {
    throw usageError('"findings" must be a list of findings');
  }
  return { report, findings: (findings ?? []) as Record<string, unknown>[] };
};

const alertLine = (a: Alert & { name?: string }, facilityNames: Map<string, string>): string[] => {
  const place = (id: string | null) => (id === null ? '' : (facilityNames.get(id) ?? id));
  if (a.kind === 'incident-cluster') {
    return [a.kind, place(a.facility), `${a.incidents.length} incidents ${a.from} … ${a.to}`];
  }
  const who = a.name ?? a.person ?? 'unknown person';
  return [
    a.kind,
    place(a.facility),
    `${who}: ${a.kind === 'incommunicado' ? 'held incommunicado' : 'transferred to an unknown place'} since ${a.since} (${a.days} days)`,
  ];
};

/** Opens the names of the people alerts are about (needs the vault key). */
const withNames = async (client: VigilClient, vaultId: VaultId, alerts: Alert[]) =>
  Promise.all(
    alerts.map(async (a) => {
      if (a.kind === 'incident-cluster' || a.person === null) return a;
      const view = await client.records.get(vaultId, a.person).catch(() => null);
      const names = view?.kind === 'person' ? view.data.names : undefined;
      return names?.[0] === undefined ? a : { ...a, name: names[0] };
    }),
  );

/** Registers `vigil monitoring add|list` and `vigil alerts`. */
export const registerMonitoringCommands = (program: Command, ctx: CliContext): void => {
  const monitoring = program
    .command('monitoring')
    .description('monitoring reports on places of detention, structured like CPT visits');

  monitoring
    .command('add')
    .description('add a monitoring report and its findings from a JSON file; prints their ids')
    .addOption(vaultOption())
    .requiredOption('--file <report.json>', 'the report, with "findings": [...] if any')
    .option('--facility <id>', 'the facility (overrides the file’s "facility")')
    .addHelpText(
      'after',
      `\nThe file holds a monitoring report's fields (facility, period, methods, cellArea, peopleInCell,\ndoctorAccess, lawyerAccess, familyContact, punishmentCellPlacements, deathsReported; sealed:\ninformantDetails, interviewContent, summary) and "findings": [ { "heading", "kind", "followUp", "text" } ].\nInformant identities and interview content are sealed on this machine before they are sent.\nJSON output (--json): ${MONITORING_ADD_SHAPE}`,
    )
    .action(async (opts: { vault: string; file: string; facility?: string }, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      const vaultId = parseVaultId(opts.vault);
      const { report, findings } = await readReportFile(opts.file);
      if (opts.facility !== undefined) {
        if (!facilityIdSchema.safeParse(opts.facility).success) {
          throw usageError(`"${opts.facility}" is not a facility id`);
        }
        report['facility'] = opts.facility;
      }
      const reportData = checkRecord('monitoring-report', report, 'the report is not valid');
      // Check every finding before anything is sent: all or nothing from the user's side.
      const placeholder = '00000000-0000-7000-8000-000000000000';
      findings.forEach((f, i) =>
        checkRecord(
          'monitoring-finding',
          { ...f, report: placeholder, facility: reportData.facility },
          `finding ${i + 1} is not valid`,
        ),
      );
      const { client } = await openSession(ctx, server, { unlock: true });
      const created = await client.records.create(vaultId, 'monitoring-report', reportData);
      const findingIds: string[] = [];
      for (const f of findings) {
        const data = checkRecord(
          'monitoring-finding',
          { ...f, report: created.id, facility: reportData.facility },
          'a finding is not valid',
        );
        findingIds.push((await client.records.create(vaultId, 'monitoring-finding', data)).id);
      }
      emit(
        ctx,
        json,
        { report: created.id, findings: findingIds },
        () =>
          [`report ${created.id}`, ...findingIds.map((id) => `finding ${id}`)].join('\n') + '\n',
      );
    });

  monitoring
    .command('list')
    .description('list monitoring reports with their findings and follow-up')
    .addOption(vaultOption())
    .option('--facility <id>', 'only reports on this facility')
    .addHelpText('after', `\nJSON output (--json): ${MONITORING_LIST_SHAPE}`)
    .action(async (opts: { vault: string; facility?: string }, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      const vaultId = parseVaultId(opts.vault);
      if (opts.facility !== undefined && !facilityIdSchema.safeParse(opts.facility).success) {
        throw usageError(`"${opts.facility}" is not a facility id`);
      }
      const filter = opts.facility === undefined ? {} : { filter: { facility: opts.facility } };
      const { client } = await openSession(ctx, server, { unlock: true });
      const all = async <K extends 'monitoring-report' | 'monitoring-finding'>(
        kind: K,
      ): Promise<RecordViewOf<K>[]> => {
        const out: RecordViewOf<K>[] = [];
        let after: string | null = null;
        do {
          const page: RecordPage<K> = await client.records.list(vaultId, kind, {
            ...filter,
            limit: 1000,
            ...(after === null ? {} : { after }),
          });
          out.push(...page.records);
          after = page.next;
        } while (after !== null);
        return out;
      };
      const [reports, findings, facilities] = [
        await all('monitoring-report'),
        await all('monitoring-finding'),
        await client.facilities.list({ merged: 'include' }),
      ];
      const names = new Map(facilities.map((f) => [f.id as string, facilityName(f.names, 'en')]));
      const doc = {
        reports: reports.map((r) => ({
          id: r.id,
          facility: r.data.facility,
          period: r.data.period ?? null,
          methods: r.data.methods,
          findings: findings
            .filter((f) => f.data.report === r.id)
            .map((f) => ({
              id: f.id,
              heading: f.data.heading,
              kind: f.data.kind,
              followUp: f.data.followUp,
            })),
        })),
      };
      emit(ctx, json, doc, () =>
        doc.reports.length === 0
          ? 'No monitoring reports yet: add one with `vigil monitoring add`.\n'
          : formatTable(
              ['REPORT', 'FACILITY', 'PERIOD', 'METHODS', 'FINDINGS', 'OPEN'],
              doc.reports.map((r) => [
                r.id,
                names.get(r.facility) ?? r.facility,
                r.period === null
                  ? ''
                  : `${r.period.from?.value ?? '…'} – ${r.period.to?.value ?? '…'}`,
                r.methods.join(', '),
                String(r.findings.length),
                String(
                  r.findings.filter((f) => !['implemented', 'closed'].includes(f.followUp)).length,
                ),
              ]),
            ),
      );
    });

  program
    .command('alerts')
    .description('people held incommunicado, transfers to unknown places, clusters of incidents')
    .addOption(vaultOption())
    .option('--on <day>', 'judge on this day (YYYY-MM-DD) instead of today')
    .option('--names', 'open the names of the people concerned (needs the password)')
    .addHelpText('after', `\nJSON output (--json): ${ALERTS_SHAPE}`)
    .action(async (opts: { vault: string; on?: string; names?: boolean }, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      const vaultId = parseVaultId(opts.vault);
      if (opts.on !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.on)) {
        throw usageError('--on takes a day written YYYY-MM-DD');
      }
      const { client } = await openSession(ctx, server, { unlock: opts.names === true });
      const result = await client.monitoring.alerts(vaultId, opts.on);
      const alerts =
        opts.names === true ? await withNames(client, vaultId, result.alerts) : result.alerts;
      const facilities = await client.facilities.list({ merged: 'include' });
      const names = new Map(facilities.map((f) => [f.id as string, facilityName(f.names, 'en')]));
      emit(ctx, json, { ...result, alerts }, () =>
        alerts.length === 0
          ? `No alerts on ${result.on}.\n`
          : formatTable(
              ['ALERT', 'FACILITY', 'WHAT'],
              alerts.map((a) => alertLine(a, names)),
            ),
      );
    });
};
