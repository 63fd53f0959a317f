import type { FacilityOverview } from '@vigil/core';

export type OverviewDetention = FacilityOverview['detentions'][number];

/**
 * People held at a facility now (an open detention) and before (an ended one), each a
 * detention: the longest held first now, the most recently released first before. Detentions
 * without any date are listed with those held before, last, since nothing says they go on.
 */
export const heldNowAndBefore = (
  detentions: readonly OverviewDetention[],
): { now: OverviewDetention[]; before: OverviewDetention[] } => {
  const now = detentions
    .filter((d) => d.ongoing)
    .sort((a, b) => (a.from ?? '').localeCompare(b.from ?? '') || a.id.localeCompare(b.id));
  const before = detentions
    .filter((d) => !d.ongoing)
    .sort(
      (a, b) =>
        (b.to ?? b.from ?? '').localeCompare(a.to ?? a.from ?? '') || a.id.localeCompare(b.id),
    );
  return { now, before };
};

/** People moved between this facility and another, counted by detention. */
export interface Flow {
  readonly from: string;
  readonly to: string;
  readonly count: number;
}

/**
 * The transfers the detentions at a facility record: into it from elsewhere (`transferFrom`) and
 * out of it (`transferTo`), one flow per other facility with the number of detentions, largest
 * first. Transfers between the facility and those merged into it are the same place: left out.
 */
export const transferFlows = (
  detentions: readonly OverviewDetention[],
  facility: string,
  merged: readonly string[] = [],
): { inbound: Flow[]; outbound: Flow[] } => {
  const self = new Set([facility, ...merged]);
  const count = (pick: (d: OverviewDetention) => string | null) => {
    const counts = new Map<string, number>();
    for (const d of detentions) {
      const other = pick(d);
      if (other !== null && !self.has(other)) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
    return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  };
  return {
    inbound: count((d) => d.transferFrom).map(([from, n]) => ({ from, to: facility, count: n })),
    outbound: count((d) => d.transferTo).map(([to, n]) => ({ from: facility, to, count: n })),
  };
};

/** A detention of one person as the path reads it: where, from and to, and when it started. */
export interface PathDetention {
  readonly id: string;
  readonly facility: string | null;
  readonly transferFrom: string | null;
  readonly transferTo: string | null;
  /** First possible day, for the order; null when unknown. */
  readonly start: string | null;
}

/** A stop of a person's path: a facility, and the detention that put them there (if recorded). */
export interface PathStop {
  readonly facility: string;
  readonly detention: string | null;
}

/**
 * A person's path through places of detention: their detentions in date order (undated last,
 * as recorded), each preceded by the facility it names as "transferred from" and followed by its
 * "transferred to" (unless the next detention starts there or names it too), the same facility
 * twice in a row counted once. Detentions that name no
 * facility at all cannot be placed; they are counted in `unplaced`.
 */
export const personPath = (
  detentions: readonly PathDetention[],
): { stops: PathStop[]; unplaced: number } => {
  const ordered = [...detentions].sort(
    (a, b) =>
      (a.start === null ? 1 : 0) - (b.start === null ? 1 : 0) ||
      (a.start ?? '').localeCompare(b.start ?? '') ||
      a.id.localeCompare(b.id),
  );
  const stops: PathStop[] = [];
  let unplaced = 0;
  const add = (facility: string | null, detention: string | null) => {
    if (facility === null) return;
    const last = stops[stops.length - 1];
    if (last?.facility === facility) {
      // The same place: keep the detention that names it as where the person was held.
      if (last.detention === null && detention !== null) {
        stops[stops.length - 1] = { facility, detention };
      }
      return;
    }
    stops.push({ facility, detention });
  };
  // A detention's "transferred to" and the next one's "transferred from" or facility describe
  // the same move: the destination waits until the next detention says where the person went.
  let pending: string | null = null;
  for (const d of ordered) {
    if (d.facility === null && d.transferFrom === null && d.transferTo === null) {
      unplaced += 1;
      continue;
    }
    if (pending !== null && pending !== d.transferFrom && pending !== d.facility) {
      add(pending, null);
    }
    add(d.transferFrom, null);
    add(d.facility, d.id);
    pending = d.transferTo;
  }
  add(pending, null);
  return { stops, unplaced };
};
