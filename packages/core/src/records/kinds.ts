import { z } from 'zod';

/** The record kinds a vault holds (DATA-MODEL.md "Records"), as they appear in URLs and the AAD. */
export const RECORD_KINDS = [
  'person',
  'detention',
  'incident',
  'source',
  'medical-finding',
  'intervention',
  'reprisal',
  'monitoring-report',
  'monitoring-finding',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export const recordKindSchema = z.enum(RECORD_KINDS);

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// The argument only fixes B; the brand exists in types alone (as in ../ids.ts).
const brandedId = <B extends string>(_brand: B) =>
  z.string().regex(uuidPattern, 'must be a lower-case UUID').brand<B>();

/** Record ids: UUIDv7 made by the client (they are in the AAD of the sealed part). */
export const personIdSchema = brandedId('PersonId');
export const detentionIdSchema = brandedId('DetentionId');
export const incidentIdSchema = brandedId('IncidentId');
export const sourceIdSchema = brandedId('SourceId');
export const medicalFindingIdSchema = brandedId('MedicalFindingId');
export const interventionIdSchema = brandedId('InterventionId');
export const reprisalIdSchema = brandedId('ReprisalId');
export const monitoringReportIdSchema = brandedId('MonitoringReportId');
export const monitoringFindingIdSchema = brandedId('MonitoringFindingId');
/** Evidence items (files) are records of their own, stored by the evidence module. */
export const evidenceIdSchema = brandedId('EvidenceId');
/** A facility of the shared public reference data (DATA-MODEL.md "Public reference data"). */
export const facilityIdSchema = brandedId('FacilityId');

export type PersonId = z.infer<typeof personIdSchema>;
export type DetentionId = z.infer<typeof detentionIdSchema>;
export type IncidentId = z.infer<typeof incidentIdSchema>;
export type SourceId = z.infer<typeof sourceIdSchema>;
export type MedicalFindingId = z.infer<typeof medicalFindingIdSchema>;
export type InterventionId = z.infer<typeof interventionIdSchema>;
export type ReprisalId = z.infer<typeof reprisalIdSchema>;
export type MonitoringReportId = z.infer<typeof monitoringReportIdSchema>;
export type MonitoringFindingId = z.infer<typeof monitoringFindingIdSchema>;
export type EvidenceId = z.infer<typeof evidenceIdSchema>;
export type FacilityId = z.infer<typeof facilityIdSchema>;

/** The id schema of each record kind. */
export const recordIdSchemas = {
  person: personIdSchema,
  detention: detentionIdSchema,
  incident: incidentIdSchema,
  source: sourceIdSchema,
  'medical-finding': medicalFindingIdSchema,
  intervention: interventionIdSchema,
  reprisal: reprisalIdSchema,
  'monitoring-report': monitoringReportIdSchema,
  'monitoring-finding': monitoringFindingIdSchema,
} as const satisfies Record<RecordKind, z.ZodType>;

/** What a relation field may point at: a record of the vault, an evidence item or a facility. */
export const RELATION_TARGETS = [...RECORD_KINDS, 'evidence', 'facility'] as const;
export type RelationTarget = (typeof RELATION_TARGETS)[number];

/** The id schema for each relation target. */
export const relationIdSchemas = {
  ...recordIdSchemas,
  evidence: evidenceIdSchema,
  facility: facilityIdSchema,
} as const satisfies Record<RelationTarget, z.ZodType>;

/** A region: ISO 3166-2 subdivision code (Russian federal subjects `RU-…`, Ukrainian oblasts `UA-…`). */
export const regionCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'a region is an ISO 3166-2 code such as RU-MOS or UA-43');

/** A country: ISO 3166-1 alpha-2 (`RU`, `UA`), or `XX` for stateless. */
export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'a country is an ISO 3166-1 alpha-2 code such as RU or UA (XX: stateless)');

/** A language: ISO 639-1 or 639-3 code, lower case (`ru`, `uk`, `crh` for Crimean Tatar). */
export const languageCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'a language is an ISO 639 code such as ru, uk or crh');
