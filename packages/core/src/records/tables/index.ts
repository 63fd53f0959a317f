import type { RecordKind } from '../kinds';
import type { FieldSpec } from '../field';
import { detentionFields } from './detention';
import { incidentFields } from './incident';
import { interventionFields } from './intervention';
import { medicalFindingFields } from './medical-finding';
import { monitoringFindingFields, monitoringReportFields } from './monitoring';
import { personFields } from './person';
import { reprisalFields } from './reprisal';
import { sourceFields } from './source';

export * from './detention';
export * from './incident';
export * from './intervention';
export * from './medical-finding';
export * from './monitoring';
export * from './person';
export * from './reprisal';
export * from './source';

/** The field table of every record kind: the one place that says what a field is. */
export const recordTables = {
  person: personFields,
  detention: detentionFields,
  incident: incidentFields,
  source: sourceFields,
  'medical-finding': medicalFindingFields,
  intervention: interventionFields,
  reprisal: reprisalFields,
  'monitoring-report': monitoringReportFields,
  'monitoring-finding': monitoringFindingFields,
} as const satisfies Record<RecordKind, Readonly<Record<string, FieldSpec>>>;
export type RecordTables = typeof recordTables;
