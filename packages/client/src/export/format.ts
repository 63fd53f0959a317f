import {
  EXCLUSION_REASONS,
  EXPORT_PURPOSES,
  RECORD_KINDS,
  anyRecordIdSchema,
  fieldClassOf,
  fieldsOf,
  type RecordKind,
} from '@vigil/core';
import { z } from 'zod';

/** The JSON export's format name and version (bump the version on any incompatible change). */
export const EXPORT_FORMAT = 'vigil-vault-export';
export const EXPORT_FORMAT_VERSION = 1;

/** Which sealed fields an export carries: all, none, or those named `kind.field`. */
export type SealedFieldChoice = 'all' | 'none' | readonly string[];

/** A record an export left out, and why (`reason` a stable code, `message` in words). */
export const excludedRecordSchema = z.object({
  kind: z.enum(RECORD_KINDS),
  id: anyRecordIdSchema,
  reason: z.enum(EXCLUSION_REASONS),
  message: z.string(),
});
export type ExcludedRecord = z.infer<typeof excludedRecordSchema>;

/** One record of a JSON export: opened, with its id, relations (in `data`) and state. */
export const exportedRecordSchema = z.object({
  id: anyRecordIdSchema,
  kind: z.enum(RECORD_KINDS),
  deleted: z.boolean(),
  version: z.number().int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type ExportedRecord = z.infer<typeof exportedRecordSchema>;

/** The JSON export file: a header, what was left out and why, then the records. */
export const vaultExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  vaultId: z.string(),
  createdAt: z.string(),
  purpose: z.enum(EXPORT_PURPOSES),
  /** True when nothing was left out: a backup with every sealed field (re-importable as is). */
  complete: z.boolean(),
  sealedFields: z.union([z.enum(['all', 'none']), z.array(z.string())]),
  /** The version of every vocabulary the codes refer to. */
  vocabularies: z.record(z.string(), z.number().int()),
  excluded: z.array(excludedRecordSchema),
  records: z.array(exportedRecordSchema),
});
export type VaultExport = z.infer<typeof vaultExportSchema>;

/** True when the export should carry this field: coded always, sealed when chosen. */
export const carriesField = (
  kind: RecordKind,
  name: string,
  choice: SealedFieldChoice,
): boolean => {
  const spec = fieldsOf(kind).find(([n]) => n === name)?.[1];
  if (spec === undefined) return false;
  if (fieldClassOf(kind, spec, name) === 'coded') return true;
  return choice === 'all' || (choice !== 'none' && choice.includes(`${kind}.${name}`));
};

/** Every `kind.field` name of a sealed field, for validating a choice and for help texts. */
export const SEALED_FIELD_NAMES: readonly string[] = RECORD_KINDS.flatMap((kind) =>
  fieldsOf(kind)
    .filter(([name, spec]) => fieldClassOf(kind, spec, name) === 'sealed')
    .map(([name]) => `${kind}.${name}`),
);

/** A record's data with the sealed fields not chosen left out. */
export const withChosenFields = (
  kind: RecordKind,
  data: Readonly<Record<string, unknown>>,
  choice: SealedFieldChoice,
): Record<string, unknown> =>
  choice === 'all'
    ? { ...data }
    : Object.fromEntries(Object.entries(data).filter(([name]) => carriesField(kind, name, choice)));
