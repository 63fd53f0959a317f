import { z } from 'zod';
import { isoDaySchema } from '../dates/partial-date';
import shipped from './data/regions.json';

/**
 * Russian federal subjects and Ukrainian regions (ISO 3166-2), shipped as data. Occupied
 * territories are Ukraine de jure: Crimea is UA-43 whoever holds it, and who holds a region
 * is a fact with dates (`control`), never a change of code.
 */
export const REGION_KINDS = [
  'oblast',
  'krai',
  'republic',
  'federal-city',
  'autonomous-okrug',
  'autonomous-oblast',
  'autonomous-republic',
  'city-special-status',
] as const;

export const CONTROL_STATUSES = ['occupied', 'partly-occupied'] as const;
export type ControlStatus = (typeof CONTROL_STATUSES)[number];

const controlPeriodSchema = z.strictObject({
  from: isoDaySchema,
  to: isoDaySchema.optional(),
  status: z.enum(CONTROL_STATUSES),
  by: z.string().regex(/^[A-Z]{2}$/),
  source: z.strictObject({ title: z.string().min(1), url: z.url() }),
});

export const regionSchema = z.strictObject({
  code: z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/),
  country: z.enum(['RU', 'UA']),
  kind: z.enum(REGION_KINDS),
  names: z.strictObject({ en: z.string().min(1), ru: z.string().min(1), uk: z.string().min(1) }),
  control: z.array(controlPeriodSchema),
});
export type Region = z.infer<typeof regionSchema>;

/** Every region, sorted by code; validated when the module loads so a bad file fails loudly. */
export const REGIONS: readonly Region[] = Object.freeze(z.array(regionSchema).parse(shipped));

const byCode = new Map(REGIONS.map((r) => [r.code, r]));

export const isKnownRegion = (code: string): boolean => byCode.has(code);

export const regionByCode = (code: string): Region | undefined => byCode.get(code);

/** Who held the region on a day (ISO): an occupation status, or null when the country did. */
export const controlOn = (
  code: string,
  day: string,
): { status: ControlStatus; by: string } | null => {
  const period = byCode
    .get(code)
    ?.control.find((p) => p.from <= day && day <= (p.to ?? '9999-12-31'));
  return period === undefined ? null : { status: period.status, by: period.by };
};
