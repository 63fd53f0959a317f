import { field } from '../field';

/**
 * Remote monitoring structured like a CPT visit (DATA-MODEL.md "Monitoring report"): a report on
 * one facility for one period, gathered by one or more methods, and its findings, each under a CPT
 * heading. What informants said and who they are is sealed; what the server may count — the
 * facility, the period, the methods, the conditions measured, each finding's heading, kind and
 * follow-up — is coded. A finding is a record of its own, so its follow-up keeps a full history
 * (every change is a record version).
 */

/** How the information was gathered, now that no one may visit unannounced. */
export const MONITORING_METHODS = [
  'released-detainee-interview',
  'lawyer-visit',
  'relatives',
  'official-data',
  'open-sources',
  'in-person',
] as const;

/** How access to a doctor, a lawyer or the family was found. */
export const ACCESS_LEVELS = [
  'unrestricted',
  'restricted',
  'delayed',
  'denied',
  'unknown',
] as const;

/** Monitoring report: what a remote "visit" found at one facility over one period. */
export const monitoringReportFields = {
  // relations (coded)
  facility: field.relation('facility', { required: true, doc: 'The facility monitored' }),
  sources: field.relation('source', {
    multi: true,
    maxItems: 200,
    doc: 'Sources the report draws on (interviews, lawyers, relatives), with their consent',
  }),
  evidence: field.relation('evidence', { multi: true, maxItems: 500, doc: 'Evidence items' }),
  // coded
  period: field.dateRange({ doc: 'The period the report covers' }),
  methods: field.enum(MONITORING_METHODS, {
    required: true,
    multi: true,
    maxItems: 6,
    doc: 'How the information was gathered',
  }),
  informants: field.integer(0, 10_000, {
    doc: 'How many informants (their identities are sealed)',
  }),
  peopleHeld: field.integer(0, 100_000, { doc: 'People held at the facility, as reported' }),
  cellArea: field.integer(1, 10_000, { doc: 'Floor area of a typical cell, in square metres' }),
  peopleInCell: field.integer(1, 1_000, { doc: 'People held in that cell' }),
  doctorAccess: field.enum(ACCESS_LEVELS, { doc: 'Access to a doctor' }),
  lawyerAccess: field.enum(ACCESS_LEVELS, { doc: 'Access to a lawyer' }),
  familyContact: field.enum(ACCESS_LEVELS, { doc: 'Contact with the family' }),
  punishmentCellPlacements: field.integer(0, 100_000, {
    doc: 'Placements in punishment cells (ShIZO, PKT) reported for the period',
  }),
  deathsReported: field.integer(0, 10_000, { doc: 'Deaths in custody reported for the period' }),
  // sealed
  informantDetails: field.text(50_000, {
    doc: 'Who the informants are and how to reach them',
  }),
  interviewContent: field.text(200_000, { doc: 'What informants said' }),
  summary: field.text(50_000, { doc: 'Summary of the findings' }),
} as const;

/** The headings of a CPT visit report under which findings are filed. */
export const CPT_HEADINGS = [
  'ill-treatment',
  'safeguards.custody-notification',
  'safeguards.lawyer',
  'safeguards.doctor',
  'safeguards.information-on-rights',
  'safeguards.records',
  'conditions.space',
  'conditions.sanitation',
  'conditions.food',
  'conditions.light',
  'conditions.ventilation',
  'health-care',
  'discipline-segregation',
  'contact-outside-world',
  'complaints-inspection',
] as const;
export type CptHeading = (typeof CPT_HEADINGS)[number];

/** What a finding asks of the authorities. */
export const FINDING_KINDS = ['recommendation', 'comment', 'request-for-information'] as const;

/** Where the authorities' answer to a finding stands. */
export const FOLLOW_UP_STATUSES = [
  'open',
  'no-response',
  'in-progress',
  'partly-implemented',
  'implemented',
  'not-implemented',
  'closed',
] as const;

/** Monitoring finding: one recommendation, comment or request for information of a report. */
export const monitoringFindingFields = {
  // relations (coded)
  report: field.relation('monitoring-report', { required: true, doc: 'The report it belongs to' }),
  facility: field.relation('facility', { required: true, doc: 'The facility it is about' }),
  // coded
  heading: field.enum(CPT_HEADINGS, { required: true, doc: 'CPT heading' }),
  kind: field.enum(FINDING_KINDS, { required: true, doc: 'Recommendation, comment or request' }),
  followUp: field.enum(FOLLOW_UP_STATUSES, { required: true, doc: 'Follow-up status' }),
  followUpDate: field.date({ doc: 'When the follow-up status was last established' }),
  // sealed
  text: field.text(20_000, { doc: 'The finding as written in the report' }),
  followUpNotes: field.text(20_000, { doc: 'The authorities’ answer and what was done' }),
} as const;
