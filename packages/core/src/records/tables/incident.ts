import { field, vocabPart } from '../field';
import { regionCodeSchema } from '../kinds';

/** Where an incident happened, when no facility is known or it happened outside one. */
export const PLACE_TYPES = [
  'facility',
  'police-station',
  'court',
  'transport',
  'filtration-point',
  'unofficial-site',
  'street',
  'home',
  'other',
  'unknown',
] as const;

/** Physical consequences (coded summary; the description is sealed in the narrative). */
export const PHYSICAL_CONSEQUENCES = [
  'none-known',
  'injury',
  'fracture',
  'burns',
  'sexual-injury',
  'lasting-disability',
  'illness',
  'death',
] as const;

/** Psychological consequences (coded summary). */
export const PSYCHOLOGICAL_CONSEQUENCES = [
  'none-known',
  'trauma-symptoms',
  'depression',
  'anxiety',
  'sleep-disorder',
  'self-harm',
  'other',
] as const;

/** Who may see the incident beyond the vault, whatever the sources' consent allows. */
export const CONFIDENTIALITY_LEVELS = ['normal', 'restricted', 'strictly-confidential'] as const;

/** Incident: one act against one victim (ESF "act"). */
export const incidentFields = {
  // relations (coded)
  victim: field.relation('person', { required: true, doc: 'The victim' }),
  detention: field.relation('detention', { doc: 'The detention during which it happened' }),
  facility: field.relation('facility', { doc: 'The facility where it happened' }),
  perpetratorPeople: field.relation('person', {
    multi: true,
    maxItems: 50,
    doc: 'Person records of identified perpetrators',
  }),
  sources: field.relation('source', { multi: true, maxItems: 200, doc: 'Sources reporting it' }),
  evidence: field.relation('evidence', { multi: true, maxItems: 500, doc: 'Evidence items' }),
  // coded
  date: field.dateValue({ doc: 'When it happened: a date or a period, with precision' }),
  placeType: field.enum(PLACE_TYPES, { doc: 'Kind of place where it happened' }),
  region: field.code(regionCodeSchema, { doc: 'Region (ISO 3166-2)' }),
  actType: field.vocab('act-types', { required: true, doc: 'Type of act (MT 4)' }),
  methods: field.vocab('violence-methods', {
    multi: true,
    maxItems: 50,
    doc: 'Methods of violence (MT 5)',
  }),
  perpetrators: field.group(
    {
      type: vocabPart('perpetrator-types', false, 'Type of perpetrator (MT 24)'),
      agency: vocabPart('perpetrator-agencies', false, 'Agency the perpetrator belongs to'),
      involvement: vocabPart('involvement-degrees', false, 'Degree of involvement (MT 18)'),
    },
    { multi: true, maxItems: 50, doc: 'Perpetrator involvements' },
  ),
  intent: field.vocab('intent', { multi: true, maxItems: 10, doc: 'Intent (MT 38)' }),
  statementsSigned: field.vocab('statements-signed', { doc: 'Statements signed (MT 36)' }),
  medicalAttention: field.vocab('medical-attention', {
    multi: true,
    maxItems: 10,
    doc: 'Medical attention (MT 37)',
  }),
  physicalConsequences: field.enum(PHYSICAL_CONSEQUENCES, {
    multi: true,
    maxItems: PHYSICAL_CONSEQUENCES.length,
    doc: 'Physical consequences',
  }),
  psychologicalConsequences: field.enum(PSYCHOLOGICAL_CONSEQUENCES, {
    multi: true,
    maxItems: PSYCHOLOGICAL_CONSEQUENCES.length,
    doc: 'Psychological consequences',
  }),
  victimStatus: field.vocab('victim-statuses', { doc: "Victim's status at the end (MT 25)" }),
  confidentiality: field.enum(CONFIDENTIALITY_LEVELS, { doc: 'Confidentiality of the incident' }),
  // sealed
  narrative: field.text(100_000, { doc: 'What happened' }),
  namedPerpetrators: field.text(500, {
    multi: true,
    maxItems: 50,
    doc: 'Perpetrators as named (names, ranks, call signs)',
  }),
  exactLocation: field.text(1000, { doc: 'Exact location (cell, room, address, coordinates)' }),
  quotes: field.text(10_000, {
    multi: true,
    maxItems: 50,
    doc: 'Quotes from the victim or witnesses',
  }),
} as const;
