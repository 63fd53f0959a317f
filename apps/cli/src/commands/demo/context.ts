import type { DemoFacility, DemoRecord } from './model';
import type { Random } from './prng';

/** What every stage of the generator shares: the random sequence, the timeline and the output. */
export interface GenContext {
  readonly random: Random;
  /** Day numbers of the first and last day of the timeline. */
  readonly start: number;
  readonly until: number;
  /** The note every synthetic person carries. */
  readonly note: string;
  readonly facilities: readonly DemoFacility[];
  /** Adds a record to the dataset (records come out in the order they are emitted). */
  emit(record: DemoRecord): void;
}

/** A new record id of a branded id type (ids are plain UUIDs; the brand exists in types only). */
export const newId = <T extends string>(ctx: GenContext): T => ctx.random.uuid() as T;
