// A person record as the linkage sees it (the input of `personLinkageSource`) and as the
// side-by-side view shows it. Both are made on this device from opened records.
import type { RecordData } from '@vigil/core';

/** What the linkage compares of a person record (the shape `personLinkageSource` takes). */
export interface LinkagePerson {
  readonly id: string;
  readonly names: string[];
  readonly birthDate: string | null;
  readonly birthYear: number | null;
  readonly sex: string | null;
  readonly citizenship: string | null;
}

/** What the side-by-side view shows of a person record. */
export interface PersonCard {
  readonly id: string;
  readonly names: readonly string[];
  readonly namesAsWritten: readonly string[];
  readonly aliases: readonly string[];
  /** ISO day, month or year, as precise as the record is. */
  readonly birthDate: string | null;
  readonly birthYear: number | null;
  readonly sex: string | null;
  readonly citizenship: readonly string[];
  readonly groups: readonly string[];
}

const texts = (values: readonly string[] | undefined): string[] =>
  (values ?? []).map((v) => v.trim()).filter((v) => v !== '');

/** The birth date's value as precise as recorded, or null when unknown. */
const birthDateOf = (data: RecordData<'person'>): string | null => {
  const d = data.birthDate;
  if (d === undefined || d === null || d.precision === 'unknown') return null;
  return d.value;
};

/** The card of a person record. */
export const personCard = (id: string, data: RecordData<'person'>): PersonCard => ({
  id,
  names: texts(data.names),
  namesAsWritten: texts(data.namesAsWritten),
  aliases: texts(data.aliases),
  birthDate: birthDateOf(data),
  birthYear: data.birthYear ?? null,
  sex: data.sex ?? null,
  citizenship: [...(data.citizenship ?? [])],
  groups: [...(data.groups ?? [])],
});

/**
 * The linkage input of a card: every name, written form and alias (deduplicated, original
 * names first), the birth date, birth year, sex ("unknown" is missing) and first citizenship.
 */
export const linkagePerson = (card: PersonCard): LinkagePerson => ({
  id: card.id,
  names: [...new Set([...card.names, ...card.namesAsWritten, ...card.aliases])],
  birthDate: card.birthDate,
  birthYear: card.birthYear ?? yearOf(card.birthDate),
  sex: card.sex === 'unknown' ? null : card.sex,
  citizenship: card.citizenship[0] ?? null,
});

const yearOf = (date: string | null): number | null => {
  const year = date === null ? NaN : Number(date.slice(0, 4));
  return Number.isInteger(year) ? year : null;
};

/** The name a list shows for a record: its first name of any kind, else null. */
export const displayName = (card: PersonCard | undefined): string | null =>
  card?.names[0] ?? card?.namesAsWritten[0] ?? card?.aliases[0] ?? null;
