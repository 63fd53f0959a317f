import { z } from 'zod';
import { isoDaySchema } from '../dates';
import { facilityIdSchema, regionCodeSchema } from '../records/kinds';
import { isKnownRegion } from './regions';

/**
 * A place of detention in the shared register (DATA-MODEL.md "Public reference data"). Facilities
 * are public knowledge, shared by every vault of a server: nothing here is sealed, so nothing about
 * a person may be written into a facility (names of informants belong in monitoring reports).
 */

/** Kinds of place, after Russian law and the practice in occupied Ukraine. */
export const FACILITY_TYPES = [
  /** Police temporary detention (ИВС). */
  'ivs',
  /** Special detention centre for administrative arrest (спецприёмник). */
  'special-detention-centre',
  /** Pre-trial detention centre of the FSIN (СИЗО). */
  'sizo',
  /** Pre-trial detention centre of the FSB (e.g. Lefortovo). */
  'fsb-sizo',
  'penal-colony-general',
  'penal-colony-strict',
  'penal-colony-special',
  /** Colony-settlement (колония-поселение). */
  'colony-settlement',
  /** Prison (тюрьма), the strictest regime. */
  'prison',
  /** Educational colony for minors (воспитательная колония). */
  'educational-colony',
  /** Medical correctional institution or prison hospital (ЛИУ, ЛПУ). */
  'medical-correctional',
  'psychiatric-hospital',
  /** Centre for the temporary detention of foreign nationals (ЦВСИГ). */
  'migrant-detention',
  /** Military detention (гауптвахта, military units holding civilians). */
  'military-detention',
  /** A place not officially used for detention: basements, garages, "Izolyatsia". */
  'unofficial-site',
  /** A filtration point in occupied territory. */
  'filtration-point',
  'other',
] as const;
export const facilityTypeSchema = z.enum(FACILITY_TYPES);
export type FacilityType = z.infer<typeof facilityTypeSchema>;

/** Who runs the place. In occupied territory that is a fact with dates, recorded in `status`. */
export const FACILITY_AUTHORITIES = [
  'mvd',
  'fsin',
  'fsb',
  'mod',
  'rosgvardia',
  'health',
  'de-facto',
  'unknown',
] as const;
export const facilityAuthoritySchema = z.enum(FACILITY_AUTHORITIES);
export type FacilityAuthority = z.infer<typeof facilityAuthoritySchema>;

/** Units inside a facility where the harshest regimes are applied. */
export const FACILITY_UNIT_KINDS = [
  /** Punishment cell (ШИЗО). */
  'shizo',
  /** Cell-type premises (ПКТ). */
  'pkt',
  /** Single cell-type premises (ЕПКТ). */
  'epkt',
  /** Strict conditions of detention (СУС). */
  'sus',
  'medical-unit',
  'other',
] as const;
export const facilityUnitKindSchema = z.enum(FACILITY_UNIT_KINDS);
export type FacilityUnitKind = z.infer<typeof facilityUnitKindSchema>;

export const FACILITY_STATUSES = ['operating', 'closed', 'repurposed', 'unknown'] as const;
export const facilityStatusSchema = z.enum(FACILITY_STATUSES);
export type FacilityStatus = z.infer<typeof facilityStatusSchema>;

/** How exact coordinates are: the building, only the town, or only the region. */
export const COORDINATE_PRECISIONS = ['building', 'settlement', 'region'] as const;

const nameText = z.string().trim().min(1, 'a name cannot be empty').max(300);

/** Names in the three languages of the app; at least one is required. */
export const facilityNamesSchema = z
  .strictObject({ ru: nameText.optional(), en: nameText.optional(), uk: nameText.optional() })
  .refine((n) => n.ru !== undefined || n.en !== undefined || n.uk !== undefined, {
    message: 'give the facility a name in at least one of ru, en or uk',
  });
export type FacilityNames = z.infer<typeof facilityNamesSchema>;

export const coordinatesSchema = z.strictObject({
  lat: z
    .number()
    .min(-90, 'latitude is between -90 and 90')
    .max(90, 'latitude is between -90 and 90'),
  lon: z
    .number()
    .min(-180, 'longitude is between -180 and 180')
    .max(180, 'longitude is between -180 and 180'),
  precision: z.enum(COORDINATE_PRECISIONS).default('settlement'),
});
export type Coordinates = z.infer<typeof coordinatesSchema>;

/** A period with a status; no `from` = since before anyone recorded, no `to` = still so. */
export const statusPeriodSchema = z
  .strictObject({
    status: facilityStatusSchema,
    from: isoDaySchema.optional(),
    to: isoDaySchema.optional(),
  })
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
    message: 'a status period cannot end before it starts',
    path: ['to'],
  });
export type StatusPeriod = z.infer<typeof statusPeriodSchema>;

/** The first pair of status periods that overlap (indexes into `periods`), or null. */
export const overlappingPeriods = (
  periods: readonly { from?: string | undefined; to?: string | undefined }[],
): [number, number] | null => {
  // Open ends sort as the earliest and latest possible days; ISO days compare as text.
  const start = (i: number) => periods[i]?.from ?? '0000-00-00';
  const end = (i: number) => periods[i]?.to ?? '9999-99-99';
  const order = periods.map((_p, i) => i).sort((a, b) => start(a).localeCompare(start(b)));
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1] as number;
    const next = order[k] as number;
    // Periods share a day when the next starts on or before the day the previous ends.
    if (start(next) <= end(prev)) return [Math.min(prev, next), Math.max(prev, next)];
  }
  return null;
};

export const facilityUnitSchema = z.strictObject({
  kind: facilityUnitKindSchema,
  name: z.string().trim().min(1).max(200).optional(),
});

export const facilitySourceSchema = z.strictObject({
  title: z.string().trim().min(1, 'a source needs a title').max(500),
  url: z
    .url({ protocol: /^https?$/, error: 'a source URL must start with http:// or https://' })
    .max(2000)
    .optional(),
  accessed: isoDaySchema.optional(),
});
export type FacilitySource = z.infer<typeof facilitySourceSchema>;

const knownRegion = regionCodeSchema.refine(isKnownRegion, {
  message:
    'not a region Vigil knows: use an ISO 3166-2 code of a Russian federal subject or a Ukrainian region (e.g. RU-ROS, UA-14)',
});

/** A facility as written by people and imports: everything but the ids and versions. */
export const facilityInputSchema = z
  .strictObject({
    names: facilityNamesSchema,
    aliases: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
    type: facilityTypeSchema,
    authority: facilityAuthoritySchema,
    region: knownRegion,
    coordinates: coordinatesSchema.nullable().default(null),
    capacity: z.number().int().min(0).max(100_000).nullable().default(null),
    status: z.array(statusPeriodSchema).max(50).default([]),
    units: z.array(facilityUnitSchema).max(50).default([]),
    sources: z.array(facilitySourceSchema).max(50).default([]),
    /** Shipped starter data: a sample of documented places, never the whole picture. */
    sample: z.boolean().default(false),
  })
  .superRefine((f, ctx) => {
    const overlap = overlappingPeriods(f.status);
    if (overlap !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['status', overlap[1]],
        message: `status periods ${overlap[0] + 1} and ${overlap[1] + 1} overlap: a facility has one status at a time`,
      });
    }
  });
export type FacilityInput = z.output<typeof facilityInputSchema>;
/** What a caller may send: defaults not yet filled in. */
export type FacilityInputWire = z.input<typeof facilityInputSchema>;

/** A facility of the register, as the server answers it. */
export const facilitySchema = z.strictObject({
  id: facilityIdSchema,
  version: z.number().int().min(1),
  names: facilityNamesSchema,
  aliases: z.array(z.string()),
  type: facilityTypeSchema,
  authority: facilityAuthoritySchema,
  region: regionCodeSchema,
  coordinates: coordinatesSchema.nullable(),
  capacity: z.number().int().nullable(),
  status: z.array(statusPeriodSchema),
  units: z.array(facilityUnitSchema),
  sources: z.array(facilitySourceSchema),
  sample: z.boolean(),
  /** Set when the facility was merged into another: references to it now mean that one. */
  mergedInto: facilityIdSchema.nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Facility = z.infer<typeof facilitySchema>;

/** The name to show: in the reader's language when there is one, else any other. */
export const facilityName = (names: FacilityNames, lang: 'en' | 'ru' | 'uk'): string =>
  names[lang] ?? names.en ?? names.ru ?? names.uk ?? '';

/** The facility's status on a day (ISO), from its periods; undefined when none covers it. */
export const statusOn = (
  periods: readonly {
    status: FacilityStatus;
    from?: string | undefined;
    to?: string | undefined;
  }[],
  day: string,
): FacilityStatus | undefined =>
  periods.find((p) => (p.from ?? '0000-00-00') <= day && day <= (p.to ?? '9999-99-99'))?.status;

/** A register facility as input again (for an edit form, a merge or an export to re-import). */
export const facilityInputOf = (f: Facility): FacilityInput => ({
  names: f.names,
  aliases: f.aliases,
  type: f.type,
  authority: f.authority,
  region: f.region,
  coordinates: f.coordinates,
  capacity: f.capacity,
  status: f.status,
  units: f.units,
  sources: f.sources,
  sample: f.sample,
});
