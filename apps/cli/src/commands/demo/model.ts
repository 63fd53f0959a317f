import type {
  DetentionId,
  Facility,
  FacilityId,
  IncidentId,
  PersonId,
  RecordData,
  RecordKind,
  SourceId,
} from '@vigil/core';
import type { NameOrigin, Sex } from './names';

/** What the generator needs of a register facility (ids and regions come from the server). */
export interface DemoFacility {
  readonly id: FacilityId;
  readonly region: string;
  readonly type: Facility['type'];
  readonly authority: Facility['authority'];
  readonly status: Facility['status'];
  readonly capacity: number | null;
}

/** One generated record: a kind, an id of the generator's own and the record's data. */
export type DemoRecord = {
  [K in RecordKind]: { readonly id: string; readonly kind: K; readonly data: RecordData<K> };
}[RecordKind];

/** Wraps a record of one kind (TypeScript cannot narrow the union from a generic kind). */
export const demoRecord = <K extends RecordKind>(
  kind: K,
  id: string,
  data: RecordData<K>,
): DemoRecord => ({ kind, id, data }) as DemoRecord;

/** Whose story a synthetic victim tells: it decides names, places, dates and groups. */
export const PROFILES = [
  'ru-political',
  'ru-religious',
  'ru-other',
  'ua-civilian',
  'ua-pow',
  'crimean-tatar',
] as const;
export type Profile = (typeof PROFILES)[number];

/** One detention of a victim, as the later stages need it (days are day numbers). */
export interface Stay {
  readonly id: DetentionId;
  readonly facility: DemoFacility;
  readonly from: number;
  /** Undefined while the person is still held there. */
  readonly to: number | undefined;
}

/** How a victim's detention ended, as of the last day of the timeline. */
export type Fate = 'held' | 'released' | 'dead' | 'missing';

/** A victim with what the later stages need; the person record itself is already emitted. */
export interface Victim {
  readonly id: PersonId;
  readonly given: string;
  readonly profile: Profile;
  readonly origin: NameOrigin;
  readonly sex: Sex;
  readonly stays: readonly Stay[];
  readonly fate: Fate;
}

/** An incident as the later stages need it. */
export interface IncidentFacts {
  readonly id: IncidentId;
  readonly victim: Victim;
  readonly stay: Stay;
  readonly day: number;
  readonly physical: boolean;
  readonly psychological: boolean;
  readonly methods: readonly string[];
  readonly sources: readonly SourceId[];
}
