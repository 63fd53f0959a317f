import { REPORT_LANGS, type ReportLang } from '@vigil/client';
import {
  CONSENT_USES,
  facilityIdSchema,
  isoDaySchema,
  personIdSchema,
  type ConsentUse,
} from '@vigil/core';
import { usageError } from '../../errors';

/** What `vigil report` writes. */
export const REPORT_FORMATS = ['html', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** --format when given, else the extension of --out (`.pdf` → pdf), else html. */
export const formatOf = (format: string | undefined, out: string): ReportFormat => {
  if (format !== undefined) {
    const found = REPORT_FORMATS.find((f) => f === format.trim().toLowerCase());
    if (found === undefined)
      throw usageError(`--format must be one of ${REPORT_FORMATS.join(', ')}`);
    return found;
  }
  return out.toLowerCase().endsWith('.pdf') ? 'pdf' : 'html';
};

/** --lang: en, ru or uk. */
export const parseLang = (raw: string): ReportLang => {
  const found = REPORT_LANGS.find((l) => l === raw.trim().toLowerCase());
  if (found === undefined) throw usageError(`--lang must be one of ${REPORT_LANGS.join(', ')}`);
  return found;
};

/** --from and --to: ISO days, the end not before the start. */
export const parsePeriod = (opts: {
  from?: string;
  to?: string;
}): { from?: string; to?: string } => {
  const day = (name: string, raw: string | undefined): string | undefined => {
    if (raw === undefined) return undefined;
    const parsed = isoDaySchema.safeParse(raw.trim());
    if (!parsed.success) throw usageError(`--${name} must be a day as YYYY-MM-DD (got "${raw}")`);
    return parsed.data;
  };
  const from = day('from', opts.from);
  const to = day('to', opts.to);
  if (from !== undefined && to !== undefined && to < from) {
    throw usageError('--to must not be before --from');
  }
  return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
};

/** --k: the smallest count published, a whole number from 2. */
export const parseThreshold = (raw: string): number => {
  const k = Number(raw);
  if (!Number.isInteger(k) || k < 2 || k > 100) {
    throw usageError('--k must be a whole number from 2 to 100 (counts below it are suppressed)');
  }
  return k;
};

/** --purpose of a facility report: one of the consent uses. */
export const parsePurpose = (raw: string): ConsentUse => {
  const found = CONSENT_USES.find((u) => u === raw.trim());
  if (found === undefined) throw usageError(`--purpose must be one of ${CONSENT_USES.join(', ')}`);
  return found;
};

/** --person: a person record id. */
export const parsePersonId = (raw: string): string => {
  const parsed = personIdSchema.safeParse(raw.trim().toLowerCase());
  if (!parsed.success)
    throw usageError('--person is a person record id (see `vigil record list person`)');
  return parsed.data;
};

/** --facility: a facility id of the register. */
export const parseFacilityId = (raw: string): string => {
  const parsed = facilityIdSchema.safeParse(raw.trim().toLowerCase());
  if (!parsed.success) throw usageError('--facility is a facility id (see `vigil facility list`)');
  return parsed.data;
};
