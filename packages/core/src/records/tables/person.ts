import { countryCodeSchema } from '../kinds';
import { field } from '../field';

/**
 * Groups at risk, split by how dangerous their disclosure is. A term belongs to exactly one
 * field (a test checks the whole list is covered, so a new term must be placed here first).
 */
export const GROUPS_AT_RISK = {
  groups: [
    'political-prisoner',
    'human-rights-defender',
    'journalist',
    'lawyer',
    'activist',
    'anti-war-protester',
    'ukrainian-civilian',
    'ukrainian-pow',
    'migrant',
    'conscientious-objector',
    'refusing-serviceman',
    'conscript',
    'minor',
    'other',
  ],
  groupsEthnicity: ['crimean-tatar', 'ethnic-minority', 'indigenous-people'],
  groupsReligion: [
    'religious-minority',
    'jehovahs-witness',
    'muslim-banned-organisation',
    'protestant',
    'ukrainian-church',
  ],
  groupsLgbtq: ['lgbtq'],
  groupsDisability: ['person-with-disability'],
} as const;

/** Age bands for when only an approximate age is known. */
export const AGE_BANDS = [
  '0-13',
  '14-17',
  '18-24',
  '25-34',
  '35-44',
  '45-54',
  '55-64',
  '65+',
] as const;

/** The age band of an age in years (as when only a birth year is known), null when implausible. */
export const ageBandOf = (age: number): (typeof AGE_BANDS)[number] | null => {
  if (!Number.isInteger(age) || age < 0 || age > 130) return null;
  const lows = [0, 14, 18, 25, 35, 45, 55, 65];
  let band = 0;
  for (let i = 0; i < lows.length; i++) if (age >= (lows[i] ?? 0)) band = i;
  return AGE_BANDS[band] ?? null;
};

/** Person: a victim, witness, relative, perpetrator or anyone else a record is about. */
export const personFields = {
  // coded
  sex: field.enum(['female', 'male', 'other', 'unknown'], { doc: 'Sex as recorded by the source' }),
  birthYear: field.integer(1900, 2100, { doc: 'Year of birth, when known' }),
  ageBand: field.enum(AGE_BANDS, { doc: 'Age band when the birth year is not known' }),
  citizenship: field.code(countryCodeSchema, {
    multi: true,
    maxItems: 5,
    doc: 'Citizenships, ISO 3166-1 alpha-2 (XX for stateless)',
  }),
  groups: field.vocab('groups-at-risk', {
    multi: true,
    terms: GROUPS_AT_RISK.groups,
    doc: 'Groups at risk the person belongs to (the non-sensitive ones)',
  }),
  groupsEthnicity: field.sensitiveVocab('groups-at-risk', {
    multi: true,
    terms: GROUPS_AT_RISK.groupsEthnicity,
    doc: 'Ethnic groups at risk (sensitive: sealed unless the vault exposes it)',
  }),
  groupsReligion: field.sensitiveVocab('groups-at-risk', {
    multi: true,
    terms: GROUPS_AT_RISK.groupsReligion,
    doc: 'Religious groups at risk (sensitive: sealed unless the vault exposes it)',
  }),
  groupsLgbtq: field.sensitiveVocab('groups-at-risk', {
    multi: true,
    terms: GROUPS_AT_RISK.groupsLgbtq,
    doc: 'LGBTQ+ (sensitive: sealed unless the vault exposes it)',
  }),
  groupsDisability: field.sensitiveVocab('groups-at-risk', {
    multi: true,
    terms: GROUPS_AT_RISK.groupsDisability,
    doc: 'Disability (sensitive: sealed unless the vault exposes it)',
  }),
  status: field.vocab('person-statuses', { doc: 'At liberty, detained, missing, dead or unknown' }),
  // sealed
  names: field.text(300, { multi: true, maxItems: 20, doc: 'Names in the original script' }),
  namesAsWritten: field.text(300, {
    multi: true,
    maxItems: 50,
    doc: 'Names as the sources wrote them (other scripts and spellings)',
  }),
  aliases: field.text(300, { multi: true, maxItems: 50, doc: 'Nicknames, pseudonyms, call signs' }),
  birthDate: field.date({ class: 'sealed', doc: 'Exact date of birth' }),
  contacts: field.text(500, { multi: true, maxItems: 20, doc: 'Phones, e-mail, messengers' }),
  addresses: field.text(1000, { multi: true, maxItems: 20, doc: 'Addresses' }),
  identityDocuments: field.text(500, {
    multi: true,
    maxItems: 20,
    doc: 'Identity documents: kind, number, issuer',
  }),
  photo: field.sealedRef('evidence', { doc: 'The evidence item holding a photo of the person' }),
  notes: field.text(20_000, { doc: 'Notes' }),
} as const;
