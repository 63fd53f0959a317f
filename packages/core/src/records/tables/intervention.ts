import { field } from '../field';

/** Where an intervention stands. */
export const INTERVENTION_STATUSES = ['planned', 'submitted', 'in-progress', 'closed'] as const;

/** Intervention: a complaint, communication or appeal made on someone's behalf. */
export const interventionFields = {
  // relations (coded)
  people: field.relation('person', { multi: true, maxItems: 200, doc: 'People it is made for' }),
  incidents: field.relation('incident', {
    multi: true,
    maxItems: 500,
    doc: 'Incidents it concerns',
  }),
  detentions: field.relation('detention', {
    multi: true,
    maxItems: 200,
    doc: 'Detentions it concerns',
  }),
  // coded
  kind: field.vocab('intervention-kinds', { required: true, doc: 'Kind of intervention' }),
  submittedDate: field.date({ doc: 'When it was sent or filed' }),
  outcomeDate: field.date({ doc: 'When the last answer or decision came' }),
  status: field.enum(INTERVENTION_STATUSES, { doc: 'Where it stands' }),
  outcome: field.vocab('intervention-outcomes', {
    multi: true,
    maxItems: 10,
    doc: 'Outcomes so far',
  }),
  // sealed
  text: field.text(200_000, { doc: 'Text of the intervention' }),
  correspondents: field.text(1000, {
    multi: true,
    maxItems: 50,
    doc: 'Addressees and correspondents',
  }),
} as const;
