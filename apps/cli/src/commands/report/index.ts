import { createRequire } from 'node:module';
import {
  REPORT_FONT_FILES,
  annexDocument,
  buildAnnex,
  buildCommunication,
  buildFacilityReport,
  communicationDocument,
  facilityDocument,
  loadAnnexInput,
  loadCommunicationInput,
  loadFacilityInput,
  renderHtml,
  type ExcludedItem,
  type ReportDocument,
  type ReportFonts,
} from '@vigil/client';
import { Option, type Command } from 'commander';
import { emit, globals, progress, type CliContext } from '../../context';
import { writeAtomically } from '../../platform/evidence-files';
import { readInputFile } from '../../platform/files';
import { openSession } from '../../session';
import { parseVaultId } from '../vault/args';
import {
  formatOf,
  parseFacilityId,
  parseLang,
  parsePeriod,
  parsePersonId,
  parsePurpose,
  parseThreshold,
  type ReportFormat,
} from './args';

export const REPORT_SHAPE =
  '{ "kind": "annex"|"communication"|"facility", "file": string, "format": "html"|"pdf", "lang": "en"|"ru"|"uk", "bytes": number, "excluded": [ { "kind": string, "id": string, "reason": string } ] }';

/** The Noto Sans files of @fontsource/noto-sans, read from node_modules (never downloaded). */
const readFonts = async (): Promise<ReportFonts> => {
  const require = createRequire(import.meta.url);
  const read = (files: readonly string[]) =>
    Promise.all(files.map((f) => readInputFile(require.resolve(f))));
  return {
    regular: await read(REPORT_FONT_FILES.regular),
    bold: await read(REPORT_FONT_FILES.bold),
  };
};

const today = (): string => new Date().toISOString().slice(0, 10);

/** Renders, writes the file (0600, whole or not at all) and says what consent left out. */
const write = async (
  ctx: CliContext,
  json: boolean,
  doc: ReportDocument,
  request: { out: string; format: ReportFormat },
  excluded: readonly ExcludedItem[],
): Promise<void> => {
  const bytes =
    request.format === 'pdf'
      ? // pdf-lib and fontkit take about 50 MB once loaded: only the PDF format loads them.
        await (await import('@vigil/client/report-pdf')).renderPdf(doc, await readFonts())
      : new TextEncoder().encode(renderHtml(doc));
  await writeAtomically(request.out, (w) => w(bytes));
  emit(
    ctx,
    json,
    {
      kind: doc.kind,
      file: request.out,
      format: request.format,
      lang: doc.lang,
      bytes: bytes.length,
      excluded,
    },
    () =>
      `wrote ${request.out} (${request.format}, ${doc.lang}, ${bytes.length} bytes)\n` +
      (excluded.length === 0
        ? 'Nothing left out by consent.\n'
        : `Left out ${excluded.length} record(s) by consent:\n` +
          excluded.map((e) => `  ${e.kind} ${e.id}: ${e.reason}`).join('\n') +
          '\n'),
  );
};

interface Common {
  vault: string;
  out: string;
  format?: string;
  lang: string;
}

const common = (cmd: Command): Command =>
  cmd
    .addOption(new Option('--vault <vault-id>', 'the vault').makeOptionMandatory())
    .requiredOption('--out <file>', 'the file to write (0600)')
    .addOption(
      new Option('--format <format>', 'html or pdf (default: from the extension of --out)').choices(
        ['html', 'pdf'],
      ),
    )
    .option('--lang <en|ru|uk>', 'language of the report', 'en');

/** Registers `vigil report annex|communication|facility`. */
export const registerReportCommands = (program: Command, ctx: CliContext): void => {
  const report = program
    .command('report')
    .description(
      'reports made on this device: statistical annex, SR communication, facility report',
    );

  common(
    report
      .command('annex')
      .description(
        'statistical annex for a UNCAT shadow report: tables and charts, small counts suppressed',
      ),
  )
    .option('--from <YYYY-MM-DD>', 'incidents on or after this day')
    .option('--to <YYYY-MM-DD>', 'incidents on or before this day')
    .option('--k <n>', 'smallest count published; smaller ones are suppressed', '5')
    .option(
      '--include-unrecorded-consent',
      'also count incidents without recorded consent (no source, or none consenting to UN use or publication), as aggregate figures only',
      false,
    )
    .addHelpText(
      'after',
      `\nCounts come from coded data (no password needed). An incident counts only when one of its sources\nconsented to use by UN bodies or to publication, and it is not strictly confidential; the annex\nsays how many incidents and victims consent left out, and why. Example:\n  vigil report annex --vault <id> --from 2024-01-01 --to 2024-12-31 --lang ru --out annex.pdf\nJSON output (--json): ${REPORT_SHAPE}`,
    )
    .action(
      async (
        opts: Common & { from?: string; to?: string; k: string; includeUnrecordedConsent: boolean },
        cmd: Command,
      ) => {
        const { server, json } = globals(ctx, cmd);
        const vaultId = parseVaultId(opts.vault);
        const period = parsePeriod(opts);
        const lang = parseLang(opts.lang);
        const k = parseThreshold(opts.k);
        const format = formatOf(opts.format, opts.out);
        const { client } = await openSession(ctx, server, { unlock: false });
        const input = await loadAnnexInput(client, vaultId, period, {
          includeUnrecorded: opts.includeUnrecordedConsent,
        });
        const model = buildAnnex(input, { k });
        await write(ctx, json, annexDocument(model, lang, today()), { out: opts.out, format }, []);
      },
    );

  common(
    report
      .command('communication')
      .description(
        'draft communication to the UN Special Rapporteur on torture for one person (consent: un-bodies)',
      ),
  )
    .requiredOption('--person <person-id>', 'the person the communication is about')
    .addHelpText(
      'after',
      `\nOpens the person's records here (password needed); what consent does not allow for UN\nbodies is left out and listed at the end and on stdout. Edit the draft before sending.\nJSON output (--json): ${REPORT_SHAPE}`,
    )
    .action(async (opts: Common & { person: string }, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      const vaultId = parseVaultId(opts.vault);
      const personId = parsePersonId(opts.person);
      const lang = parseLang(opts.lang);
      const format = formatOf(opts.format, opts.out);
      const { client } = await openSession(ctx, server, { unlock: true });
      progress(ctx, 'Opening the records…');
      const model = buildCommunication(
        await loadCommunicationInput(client, vaultId, personId),
        lang,
      );
      await write(
        ctx,
        json,
        communicationDocument(model, today()),
        { out: opts.out, format },
        model.excluded,
      );
    });

  common(
    report
      .command('facility')
      .description('facility report in the structure of a CPT visit report, for a period'),
  )
    .requiredOption('--facility <facility-id>', 'the facility of the register')
    .option('--from <YYYY-MM-DD>', 'start of the period')
    .option('--to <YYYY-MM-DD>', 'end of the period')
    .option('--purpose <use>', 'the consent use the report is for', 'un-bodies')
    .option('--k <n>', 'smallest count of incidents published', '5')
    .addHelpText(
      'after',
      `\nOpens the monitoring reports and findings here (password needed); those whose sources did\nnot consent to --purpose are left out and listed.\nJSON output (--json): ${REPORT_SHAPE}`,
    )
    .action(
      async (
        opts: Common & { facility: string; from?: string; to?: string; purpose: string; k: string },
        cmd: Command,
      ) => {
        const { server, json } = globals(ctx, cmd);
        const vaultId = parseVaultId(opts.vault);
        const facilityId = parseFacilityId(opts.facility);
        const period = parsePeriod(opts);
        const purpose = parsePurpose(opts.purpose);
        const lang = parseLang(opts.lang);
        const k = parseThreshold(opts.k);
        const format = formatOf(opts.format, opts.out);
        const { client } = await openSession(ctx, server, { unlock: true });
        progress(ctx, 'Opening the records…');
        const input = await loadFacilityInput(client, vaultId, facilityId, { ...period, purpose });
        const model = buildFacilityReport(input, { k });
        await write(
          ctx,
          json,
          facilityDocument(model, lang, today()),
          { out: opts.out, format },
          model.excluded,
        );
      },
    );
};
