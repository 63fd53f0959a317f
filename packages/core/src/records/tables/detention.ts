import { field } from '../field';

/** Detention: one person held in one place over one period. */
export const detentionFields = {
  // relations (coded)
  person: field.relation('person', { required: true, doc: 'The person held' }),
  facility: field.relation('facility', { doc: 'Where the person is or was held' }),
  transferFrom: field.relation('facility', { doc: 'The facility the person was transferred from' }),
  transferTo: field.relation('facility', { doc: 'The facility the person was transferred to' }),
  // coded
  period: field.dateRange({
    doc: 'Start and end of the detention, each with its precision; no end while ongoing',
  }),
  legalStatus: field.vocab('legal-statuses', { doc: 'Legal status while held' }),
  whereabouts: field.vocab('whereabouts', {
    doc: 'Whether the capture and place are acknowledged (MT 30)',
  }),
  lawyerAccess: field.vocab('legal-counsel', {
    multi: true,
    maxItems: 10,
    doc: 'Access to a lawyer (MT 31)',
  }),
  familyContact: field.enum(['allowed', 'restricted', 'denied', 'unknown'], {
    doc: 'Contact with the family',
  }),
  // sealed
  circumstances: field.text(20_000, { doc: 'Circumstances of the arrest and detention' }),
  notes: field.text(20_000, { doc: 'Notes' }),
} as const;
