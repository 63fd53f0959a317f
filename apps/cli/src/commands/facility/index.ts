import {
  facilitiesFromCsv,
  facilitiesFromGeoJson,
  facilitiesToCsv,
  facilitiesToGeoJson,
  FacilityFileError,
  type FacilityFileItem,
} from '@vigil/client';
import {
  DUPLICATE_POLICIES,
  FACILITY_TYPES,
  facilityIdSchema,
  facilityInputOf,
  facilityName,
  regionCodeSchema,
  VOCAB_LOCALES,
  type Facility,
  type FacilityImportResponse,
  type VocabLocale,
} from '@vigil/core';
import { Option, type Command } from 'commander';
import { extname } from 'node:path';
import { emit, globals, progress, type CliContext } from '../../context';
import { CliError, usageError } from '../../errors';
import { formatTable } from '../../output';
import { writeAtomically } from '../../platform/evidence-files';
import { readInputFile } from '../../platform/files';
import { openSession } from '../../session';

export const FACILITY_LIST_SHAPE =
  '{ "facilities": [ { "id": string, "names": { "ru"?: string, "en"?: string, "uk"?: string }, "aliases": string[], "type": string, "authority": string, "region": string, "coordinates": { "lat": number, "lon": number, "precision": "building"|"settlement"|"region" } | null, "capacity": number|null, "status": [ { "status": string, "from"?: string, "to"?: string } ], "units": [ { "kind": string, "name"?: string } ], "sources": [ { "title": string, "url"?: string, "accessed"?: string } ], "sample": boolean, "mergedInto": string|null, "version": number } ] }';
export const FACILITY_IMPORT_SHAPE =
  '{ "dryRun": boolean, "created": string[], "unchanged": string[], "skipped": number[], "duplicates": [ { "index": number, "existing": string, "similarity": number } ] }';

type FileFormat = 'csv' | 'geojson';
const FORMATS: readonly FileFormat[] = ['csv', 'geojson'];

const formatOf = (path: string, given: FileFormat | undefined): FileFormat => {
  if (given !== undefined) return given;
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.geojson' || ext === '.json') return 'geojson';
  throw usageError(
    `cannot tell the format of ${path} from its extension: add --format csv|geojson`,
  );
};

/** A facility as list --json and get --json print it: stable keys, no server timestamps. */
const facilityJson = (f: Facility) => ({
  id: f.id,
  ...facilityInputOf(f),
  mergedInto: f.mergedInto,
  version: f.version,
});

const facilitiesTable = (list: readonly Facility[], lang: VocabLocale): string =>
  formatTable(
    ['ID', 'TYPE', 'REGION', 'COORDINATES', 'NAME'],
    list.map((f) => [
      f.id,
      f.type,
      f.region,
      f.coordinates === null
        ? ''
        : `${f.coordinates.lat.toFixed(4)}, ${f.coordinates.lon.toFixed(4)}`,
      `${facilityName(f.names, lang)}${f.sample ? ' (sample)' : ''}`,
    ]),
  ) +
  (list.some((f) => f.sample)
    ? '\n(sample): shipped starter data, a sample of documented places, not a complete register.'
    : '');

const facilityText = (f: Facility, lang: VocabLocale): string =>
  [
    `${facilityName(f.names, lang)} (${f.id}, version ${f.version})${f.sample ? ' — sample data' : ''}`,
    `names: ${Object.entries(f.names)
      .map(([l, n]) => `${l}: ${n}`)
      .join('; ')}`,
    ...(f.aliases.length > 0 ? [`aliases: ${f.aliases.join('; ')}`] : []),
    `type: ${f.type}; authority: ${f.authority}; region: ${f.region}`,
    `coordinates: ${f.coordinates === null ? 'unknown' : `${f.coordinates.lat}, ${f.coordinates.lon} (${f.coordinates.precision})`}`,
    ...(f.capacity === null ? [] : [`capacity: ${f.capacity}`]),
    ...f.status.map((s) => `status: ${s.status} ${s.from ?? '…'} – ${s.to ?? '…'}`),
    ...f.units.map((u) => `unit: ${u.kind}${u.name === undefined ? '' : ` (${u.name})`}`),
    ...f.sources.map((s) => `source: ${s.title}${s.url === undefined ? '' : ` <${s.url}>`}`),
    ...(f.mergedInto === null ? [] : [`merged into ${f.mergedInto}`]),
  ].join('\n');

const importSummary = (r: FacilityImportResponse): string =>
  [
    `${r.dryRun ? 'would create' : 'created'} ${r.created.length}, unchanged ${r.unchanged.length}, skipped ${r.skipped.length}`,
    ...r.duplicates.map(
      (d) =>
        `  item ${(d.index ?? 0) + 1} looks like ${d.existing} (similarity ${d.similarity})${r.skipped.includes(d.index ?? -1) ? ': skipped' : ''}`,
    ),
    ...(r.duplicates.length > 0
      ? ['To fold two facilities into one: vigil facility merge <id> --into <id>']
      : []),
  ].join('\n');

const readFacilityFile = async (path: string, format: FileFormat): Promise<FacilityFileItem[]> => {
  const bytes = await readInputFile(path);
  try {
    return format === 'csv'
      ? await facilitiesFromCsv(bytes)
      : facilitiesFromGeoJson(new TextDecoder().decode(bytes));
  } catch (error) {
    if (error instanceof FacilityFileError) {
      const where = format === 'csv' ? 'row' : 'feature';
      const lines = error.problems.map((p) => `  ${where} ${p.at}, ${p.field}: ${p.message}`);
      throw new CliError('bad_file', [error.message, ...lines].join('\n'));
    }
    throw new CliError('bad_file', `${path}: ${(error as Error).message}`);
  }
};

const langOption = () =>
  new Option('--lang <lang>', 'language of names').choices(VOCAB_LOCALES).default('en');

/** Registers `vigil facility list|get|import|export|merge`. */
export const registerFacilityCommands = (program: Command, ctx: CliContext): void => {
  const facility = program
    .command('facility')
    .description('the shared register of places of detention (public reference data)');

  facility
    .command('list')
    .description('list facilities of the register, by region and type')
    .option('--region <code>', 'ISO 3166-2 region code, e.g. RU-ROS or UA-43')
    .addOption(new Option('--type <type>', 'facility type').choices(FACILITY_TYPES))
    .addOption(langOption())
    .addHelpText('after', `\nJSON output (--json): ${FACILITY_LIST_SHAPE}`)
    .action(
      async (
        opts: { region?: string; type?: (typeof FACILITY_TYPES)[number]; lang: VocabLocale },
        cmd: Command,
      ) => {
        const { server, json } = globals(ctx, cmd);
        const region = opts.region?.toUpperCase();
        if (region !== undefined && !regionCodeSchema.safeParse(region).success) {
          throw usageError(
            `"${opts.region}" is not a region code: use ISO 3166-2, e.g. RU-ROS or UA-43`,
          );
        }
        const { client } = await openSession(ctx, server, { unlock: false });
        const list = await client.facilities.list({
          ...(region === undefined ? {} : { region }),
          ...(opts.type === undefined ? {} : { type: opts.type }),
        });
        emit(ctx, json, { facilities: list.map(facilityJson) }, () =>
          facilitiesTable(list, opts.lang),
        );
      },
    );

  facility
    .command('get')
    .description('show one facility')
    .argument('<id>', 'facility id')
    .addOption(langOption())
    .action(async (id: string, opts: { lang: VocabLocale }, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      if (!facilityIdSchema.safeParse(id).success) throw usageError(`"${id}" is not a facility id`);
      const { client } = await openSession(ctx, server, { unlock: false });
      const f = await client.facilities.get(id);
      emit(ctx, json, facilityJson(f), () => facilityText(f, opts.lang));
    });

  facility
    .command('import')
    .description('import facilities from CSV or GeoJSON, all or nothing')
    .argument('<file>', 'a .csv or .geojson file (as written by `vigil facility export`)')
    .addOption(
      new Option('--format <format>', 'file format (default: from the extension)').choices(FORMATS),
    )
    .addOption(
      new Option(
        '--on-duplicate <policy>',
        'a facility like one already in the register: refuse the import, skip it, or create it anyway',
      )
        .choices(DUPLICATE_POLICIES)
        .default('refuse'),
    )
    .option('--dry-run', 'check and report, store nothing')
    .addHelpText('after', `\nJSON output (--json): ${FACILITY_IMPORT_SHAPE}`)
    .action(
      async (
        file: string,
        opts: {
          format?: FileFormat;
          onDuplicate: (typeof DUPLICATE_POLICIES)[number];
          dryRun?: boolean;
        },
        cmd: Command,
      ) => {
        const { server, json } = globals(ctx, cmd);
        const items = await readFacilityFile(file, formatOf(file, opts.format));
        const { client } = await openSession(ctx, server, { unlock: false });
        if (!json) progress(ctx, `checking ${items.length} facilities…`);
        const result = await client.facilities.import({
          facilities: items.map((i) => ({
            ...(i.id === undefined ? {} : { id: i.id }),
            facility: i.facility,
          })),
          onDuplicate: opts.onDuplicate,
          dryRun: opts.dryRun === true,
        });
        emit(ctx, json, result, () => importSummary(result));
      },
    );

  facility
    .command('export')
    .description('write the register to a CSV or GeoJSON file')
    .requiredOption('--out <file>', 'the file to write (.csv or .geojson)')
    .addOption(
      new Option('--format <format>', 'file format (default: from the extension)').choices(FORMATS),
    )
    .option('--region <code>', 'only this region')
    .action(async (opts: { out: string; format?: FileFormat; region?: string }, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      const format = formatOf(opts.out, opts.format);
      const { client } = await openSession(ctx, server, { unlock: false });
      const list = await client.facilities.list(
        opts.region === undefined ? {} : { region: opts.region.toUpperCase() },
      );
      const text = format === 'csv' ? facilitiesToCsv(list) : facilitiesToGeoJson(list);
      await writeAtomically(opts.out, (write) => write(new TextEncoder().encode(text)));
      emit(
        ctx,
        json,
        { out: opts.out, format, facilities: list.length },
        () => `wrote ${list.length} facilities to ${opts.out}`,
      );
    });

  facility
    .command('merge')
    .description('fold a duplicate into the facility to keep (its names become aliases there)')
    .argument('<id>', 'the facility that goes')
    .requiredOption('--into <id>', 'the facility that stays')
    .action(async (id: string, opts: { into: string }, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      for (const x of [id, opts.into]) {
        if (!facilityIdSchema.safeParse(x).success) throw usageError(`"${x}" is not a facility id`);
      }
      const { client } = await openSession(ctx, server, { unlock: false });
      const kept = await client.facilities.merge(id, opts.into);
      emit(
        ctx,
        json,
        facilityJson(kept),
        () => `merged ${id} into ${kept.id}\n${facilityText(kept, 'en')}`,
      );
    });
};
