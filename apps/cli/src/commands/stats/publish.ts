import { publicSite, type SiteLang } from '@vigil/analytics';
import {
  isoDaySchema,
  statDimensionLabel,
  statValueLabel,
  vocabLocaleOf,
  type PublicationResponse,
} from '@vigil/core';
import { Option, type Command } from 'commander';
import { emit, globals, type CliContext } from '../../context';
import { usageError } from '../../errors';
import { writePublicFiles } from '../../platform/files';
import { openSession } from '../../session';
import { parseVaultId } from '../vault/args';

export const PUBLISH_SHAPE =
  '{ "out": string, "files": string[], "total": number|null, "k": number, "tables": number, "withheld": [ { "name": string, "reason": string } ] }';

/** The site's files for a publication, labelled in a language. */
export const siteOf = (
  publication: PublicationResponse,
  options: { title: string; lang: SiteLang; generatedOn: string },
): Map<string, string> =>
  publicSite(publication, {
    ...options,
    label: (d, v) => statValueLabel(d, v, options.lang),
    dimensionLabel: (d) => statDimensionLabel(d, options.lang),
  });

const day = (raw: string | undefined, name: string): string | undefined => {
  if (raw === undefined) return undefined;
  if (!isoDaySchema.safeParse(raw).success) throw usageError(`${name} must be a day, YYYY-MM-DD`);
  return raw;
};

/** Registers `vigil publish`. */
export const registerPublishCommand = (program: Command, ctx: CliContext): void => {
  program
    .command('publish')
    .description('write a static site of public statistics that identify no one')
    .addOption(new Option('--vault <vault-id>', 'the vault').makeOptionMandatory())
    .requiredOption('--out <dir>', 'the directory to write index.html, style.css and CSV files to')
    .option('--k <n>', 'smallest number of incidents and people a figure may count', '5')
    .option('--from <YYYY-MM-DD>', 'incidents on or after this day')
    .option('--to <YYYY-MM-DD>', 'incidents on or before this day')
    .addOption(
      new Option('--lang <lang>', 'language of the site').choices(['en', 'ru', 'uk']).default('en'),
    )
    .option(
      '--title <text>',
      'the site’s title',
      'Documented torture and ill-treatment: statistics',
    )
    .addHelpText(
      'after',
      `\nOnly aggregate counts of coded data are published: no names, no free text. Every figure counts\nat least k incidents of at least k people; smaller categories are merged into "other", and cells\nof two-way tables that could reveal a small group are suppressed (the audit proves they cannot be\nworked out from the totals).\nJSON output (--json): ${PUBLISH_SHAPE}`,
    )
    .action(
      async (
        opts: {
          vault: string;
          out: string;
          k: string;
          from?: string;
          to?: string;
          lang: string;
          title: string;
        },
        cmd: Command,
      ) => {
        const { server, json } = globals(ctx, cmd);
        const vaultId = parseVaultId(opts.vault);
        const k = Number(opts.k);
        if (!Number.isInteger(k) || k < 2 || k > 100)
          throw usageError('--k must be a whole number from 2 to 100');
        const from = day(opts.from, '--from');
        const to = day(opts.to, '--to');
        if (from !== undefined && to !== undefined && from > to)
          throw usageError('--to must not be before --from');
        const { client } = await openSession(ctx, server, { unlock: false });
        const publication = await client.statistics.publication(vaultId, {
          k,
          ...(from !== undefined ? { from } : {}),
          ...(to !== undefined ? { to } : {}),
        });
        const lang = vocabLocaleOf(opts.lang);
        const files = siteOf(publication, {
          title: opts.title,
          lang,
          generatedOn: new Date().toISOString().slice(0, 10),
        });
        const paths = await writePublicFiles(opts.out, files);
        emit(
          ctx,
          json,
          {
            out: opts.out,
            files: paths,
            total: publication.total,
            k: publication.k,
            tables: publication.tables.length,
            withheld: publication.withheld,
          },
          () =>
            [
              publication.total === null
                ? `wrote ${paths.length} files to ${opts.out}: too few incidents to publish anything (k = ${publication.k})`
                : `wrote ${paths.length} files to ${opts.out}: ${publication.tables.length} tables over ${publication.total} incidents (k = ${publication.k})`,
              ...publication.withheld.map((w) => `not published: ${w.name} (${w.reason})`),
            ].join('\n') + '\n',
        );
      },
    );
};
