import { field } from '../field';

/** Kinds of findings an Istanbul Protocol examination records. */
export const FINDING_TYPES = [
  'bruise',
  'abrasion',
  'laceration',
  'burn',
  'electrical-injury',
  'fracture',
  'dental-injury',
  'joint-or-soft-tissue',
  'neurological',
  'sensory-loss',
  'sexual-violence',
  'scar',
  'psychological',
  'other',
] as const;

/** Body regions. */
export const BODY_REGIONS = [
  'head',
  'face',
  'neck',
  'chest',
  'back',
  'abdomen',
  'genitals-or-anus',
  'upper-limbs',
  'hands',
  'lower-limbs',
  'feet',
  'whole-body',
  'not-applicable',
] as const;

/** Qualification of the examiner. */
export const EXAMINER_QUALIFICATIONS = [
  'forensic-physician',
  'physician',
  'psychiatrist',
  'psychologist',
  'nurse',
  'other',
] as const;

/** Medical finding (Istanbul Protocol): one finding of an examination of a person. */
export const medicalFindingFields = {
  // relations (coded)
  person: field.relation('person', { required: true, doc: 'The person examined' }),
  incident: field.relation('incident', {
    doc: 'The alleged incident the finding is compared with',
  }),
  // coded
  findingType: field.enum(FINDING_TYPES, { required: true, doc: 'Type of finding' }),
  bodyRegion: field.enum(BODY_REGIONS, { multi: true, maxItems: 13, doc: 'Body regions' }),
  consistency: field.vocab('consistency-levels', {
    doc: 'Level of consistency with the allegation (Istanbul Protocol)',
  }),
  examinerQualification: field.enum(EXAMINER_QUALIFICATIONS, { doc: "Examiner's qualification" }),
  // sealed
  description: field.text(50_000, { doc: 'Description of the finding' }),
  examinerIdentity: field.text(1000, { doc: 'Who examined' }),
} as const;
