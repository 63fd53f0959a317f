import { field } from '../field';

/** Against whom a reprisal was directed. */
export const REPRISAL_TARGETS = [
  'witness',
  'survivor',
  'relative',
  'lawyer',
  'monitor',
  'other',
] as const;

/** Kinds of reprisal. */
export const REPRISAL_KINDS = [
  'threat',
  'violence',
  'search',
  'detention',
  'prosecution',
  'transfer',
  'punishment-cell',
  'loss-of-contact',
  'dismissal',
  'pressure-on-relatives',
  'surveillance',
  'other',
] as const;

/** Reprisal: retaliation against someone who spoke, documented or defended. */
export const reprisalFields = {
  // relations (coded)
  person: field.relation('person', { doc: 'The person targeted' }),
  incident: field.relation('incident', { doc: 'The incident reported or complained about' }),
  intervention: field.relation('intervention', { doc: 'The intervention it answered' }),
  // coded
  target: field.enum(REPRISAL_TARGETS, { required: true, doc: 'Against whom' }),
  kind: field.enum(REPRISAL_KINDS, { multi: true, maxItems: 12, doc: 'Kind of reprisal' }),
  date: field.dateValue({ doc: 'When it happened' }),
  // sealed
  details: field.text(50_000, { doc: 'Details' }),
} as const;
