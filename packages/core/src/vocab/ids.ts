import { z } from 'zod';

/**
 * The vocabulary ids, in the order of `data/index.ts`. Written out rather than read from the data
 * so that schemas (and the web app, which bundles them) do not pull in every term; a test checks
 * that this list and the data agree.
 */
export const VOCABULARY_IDS = [
  'act-types',
  'violence-methods',
  'source-material-types',
  'involvement-degrees',
  'source-connections',
  'perpetrator-types',
  'victim-statuses',
  'whereabouts',
  'legal-counsel',
  'statements-signed',
  'medical-attention',
  'intent',
  'reliability',
  'perpetrator-agencies',
  'groups-at-risk',
  'person-statuses',
  'legal-statuses',
  'intervention-kinds',
  'intervention-outcomes',
  'consistency-levels',
] as const;
export type VocabularyId = (typeof VOCABULARY_IDS)[number];

/** A known vocabulary id (anything else is a 400 at the API). */
export const vocabIdSchema = z.enum(VOCABULARY_IDS);
