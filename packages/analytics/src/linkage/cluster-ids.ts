import { LinkageError, LinkageErrorCode } from './errors';

// Stable pseudonymous cluster ids (issue 7, point 4): the server counts people by coded ids
// that survive re-linking, so a person keeps an id while the records behind it change.

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Tries `newId` this many times for an id not yet used before giving up. */
const NEW_ID_ATTEMPTS = 100;

/**
 * One cluster id per record. Each new cluster takes the previous id held by most of its records
 * (ties: the id held by the smallest record id); when several clusters want one old id, the one
 * holding it on most records gets it (ties: the cluster whose smallest record holding it is
 * smallest), and the others, like clusters of new records, get `newId()`, called in order of
 * each cluster's first record. Records of one cluster share an id; different clusters have
 * different ids; an id `newId` gives is never one of `previous`'s (it is asked again).
 *
 * `recordIds` are the records' stable ids (unique; for several sources, compose source and id),
 * `clusterOf` their cluster numbers (any integers; equal = one cluster), `previous` the last
 * assignment by record id (records not in it are new).
 */
export const assignClusterIds = (
  recordIds: readonly string[],
  clusterOf: Int32Array,
  previous: ReadonlyMap<string, string>,
  newId: () => string,
): string[] => {
  const n = recordIds.length;
  if (clusterOf.length !== n) {
    throw new LinkageError(
      LinkageErrorCode.invalidClusterIds,
      `${n} record ids but ${clusterOf.length} cluster numbers`,
    );
  }
  if (new Set(recordIds).size !== n) {
    throw new LinkageError(LinkageErrorCode.invalidClusterIds, 'record ids must be unique');
  }
  // Clusters in order of their first record.
  const clusterIndex = new Map<number, number>();
  const members: number[][] = [];
  for (let r = 0; r < n; r += 1) {
    const c = clusterOf[r] as number;
    let at = clusterIndex.get(c);
    if (at === undefined) {
      at = members.length;
      clusterIndex.set(c, at);
      members.push([]);
    }
    (members[at] as number[]).push(r);
  }
  // Each cluster's wish: the old id most of its records held, with that overlap and the
  // smallest record id holding it.
  interface Wish {
    readonly id: string;
    readonly overlap: number;
    readonly smallest: string;
  }
  const wishes: (Wish | undefined)[] = members.map((list) => {
    const held = new Map<string, { overlap: number; smallest: string }>();
    for (const r of list) {
      const record = recordIds[r] as string;
      const old = previous.get(record);
      if (old === undefined) continue;
      const h = held.get(old);
      if (h === undefined) held.set(old, { overlap: 1, smallest: record });
      else {
        h.overlap += 1;
        if (byCodeUnits(record, h.smallest) < 0) h.smallest = record;
      }
    }
    let best: Wish | undefined;
    for (const [id, h] of held) {
      if (
        best === undefined ||
        h.overlap > best.overlap ||
        (h.overlap === best.overlap && byCodeUnits(h.smallest, best.smallest) < 0)
      ) {
        best = { id, ...h };
      }
    }
    return best;
  });
  // Each old id goes to the cluster that wants it with the largest overlap.
  const winner = new Map<string, number>();
  wishes.forEach((wish, c) => {
    if (wish === undefined) return;
    const other = winner.get(wish.id);
    const rival = other === undefined ? undefined : wishes[other];
    if (
      rival === undefined ||
      wish.overlap > rival.overlap ||
      (wish.overlap === rival.overlap && byCodeUnits(wish.smallest, rival.smallest) < 0)
    ) {
      winner.set(wish.id, c);
    }
  });
  const taken = new Set<string>(previous.values());
  const idOf = members.map((_, c) => {
    const wish = wishes[c];
    return wish !== undefined && winner.get(wish.id) === c ? wish.id : undefined;
  });
  const out = new Array<string>(n);
  members.forEach((list, c) => {
    let id = idOf[c];
    if (id === undefined) {
      for (let attempt = 0; attempt < NEW_ID_ATTEMPTS && id === undefined; attempt += 1) {
        const candidate = newId();
        if (!taken.has(candidate)) id = candidate;
      }
      if (id === undefined) {
        throw new LinkageError(
          LinkageErrorCode.invalidClusterIds,
          `newId gave only ids already in use, ${NEW_ID_ATTEMPTS} times`,
        );
      }
      taken.add(id);
    }
    for (const r of list) out[r] = id;
  });
  return out;
};
