import { field } from '../field';
import { z } from 'zod';
import { languageCodeSchema } from '../kinds';

/**
 * The short code of an organisation (`memorial`, `ovd-info`, `zmina`): lower-case letters, digits
 * and hyphens, at most 32. A code, not a name: it is stored in plaintext and counted as a list.
 */
export const organisationCodeSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,31}$/,
    'an organisation code is lower-case letters, digits and hyphens, e.g. ovd-info',
  );

/** The uses of a source's information that the person may authorise (DATA-MODEL.md "consent"). */
export const CONSENT_USES = [
  'internal',
  'un-bodies',
  'courts',
  'publication-anonymised',
  'publication-named',
] as const;

/** Source: information about an event, from a person or a document. */
export const sourceFields = {
  // relations (coded)
  person: field.relation('person', { doc: 'The person record of whoever gave the information' }),
  // coded
  connection: field.vocab('source-connections', { doc: 'Connection to the event (MT 19)' }),
  materialType: field.vocab('source-material-types', { doc: 'Type of source material (MT 16)' }),
  reliability: field.vocab('reliability', { doc: 'Reliability (MT 42)' }),
  date: field.date({ doc: 'When the information was given' }),
  language: field.code(languageCodeSchema, { doc: 'Language of the information (ISO 639)' }),
  organisation: field.code(organisationCodeSchema, {
    doc: 'Short code of the organisation that documented this source (e.g. a consortium member); used as a list for estimation',
  }),
  consent: field.enum(CONSENT_USES, {
    multi: true,
    maxItems: CONSENT_USES.length,
    doc: 'The uses the person authorised; none given means none authorised',
  }),
  // sealed
  who: field.text(1000, { doc: 'Who gave the information' }),
  contact: field.text(1000, { doc: 'How to reach them' }),
  testimony: field.text(200_000, { doc: 'Testimony text' }),
} as const;
