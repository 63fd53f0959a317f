import { ENUM_LABELS } from '@vigil/core';
import { enumMessages } from '../../../app/i18n/enumMessages';
// Field and value labels of the monitoring kinds on the records pages (English), keyed like
// pages.en.ts: `records.field.<kind>.<field>`, `records.enum.<kind>.<field>.<value>`. Headings
// use the CPT's own wording; labels.test.ts checks every field and value has one.
export const recordsMonitoringEn = {
  'records.field.monitoring-report.facility': 'Facility',
  'records.field.monitoring-report.sources': 'Sources',
  'records.field.monitoring-report.evidence': 'Evidence',
  'records.field.monitoring-report.period': 'Period',
  'records.field.monitoring-report.methods': 'Methods',
  'records.field.monitoring-report.informants': 'Informants',
  'records.field.monitoring-report.peopleHeld': 'People held',
  'records.field.monitoring-report.cellArea': 'Cell area (m²)',
  'records.field.monitoring-report.peopleInCell': 'People in that cell',
  'records.field.monitoring-report.doctorAccess': 'Access to a doctor',
  'records.field.monitoring-report.lawyerAccess': 'Access to a lawyer',
  'records.field.monitoring-report.familyContact': 'Contact with the family',
  'records.field.monitoring-report.punishmentCellPlacements': 'Punishment-cell placements',
  'records.field.monitoring-report.deathsReported': 'Deaths in custody',
  'records.field.monitoring-report.informantDetails': 'Who the informants are',
  'records.field.monitoring-report.interviewContent': 'What informants said',
  'records.field.monitoring-report.summary': 'Summary',
  'records.field.monitoring-finding.report': 'Report',
  'records.field.monitoring-finding.facility': 'Facility',
  'records.field.monitoring-finding.heading': 'CPT heading',
  'records.field.monitoring-finding.kind': 'Kind',
  'records.field.monitoring-finding.followUp': 'Follow-up',
  'records.field.monitoring-finding.followUpDate': 'Follow-up checked on',
  'records.field.monitoring-finding.text': 'Text',
  'records.field.monitoring-finding.followUpNotes': 'Follow-up notes',

  ...enumMessages('records.enum.monitoring-report.methods', ENUM_LABELS.en.monitoringMethod),
  ...enumMessages('records.enum.monitoring-report.doctorAccess', ENUM_LABELS.en.access),
  ...enumMessages('records.enum.monitoring-report.lawyerAccess', ENUM_LABELS.en.access),
  ...enumMessages('records.enum.monitoring-report.familyContact', ENUM_LABELS.en.access),
  ...enumMessages('records.enum.monitoring-finding.heading', ENUM_LABELS.en.heading),
  ...enumMessages('records.enum.monitoring-finding.kind', ENUM_LABELS.en.findingKind),
  ...enumMessages('records.enum.monitoring-finding.followUp', ENUM_LABELS.en.followUp),
} as const satisfies Record<string, string>;
