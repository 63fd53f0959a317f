import type { StatsResponse } from '@vigil/core';

/** The message saying what a distinct victim is in an answer, and its values. */
export type PeopleNote =
  | { readonly id: 'statistics.people.records'; readonly values: Record<string, never> }
  | { readonly id: 'statistics.people.linkRun'; readonly values: { readonly seq: number } };

/**
 * People after the vault's latest linkage run (records linked as one person count once), or
 * person records when no linkage is saved (two records of one person count twice).
 */
export const peopleNoteOf = (people: StatsResponse['people']): PeopleNote =>
  people.linkRun === null
    ? { id: 'statistics.people.records', values: {} }
    : { id: 'statistics.people.linkRun', values: { seq: people.linkRun } };
