// What "Save clusters" posts: one pseudonymous cluster id per record (a person keeps the id of
// the saved run where the records allow, new ones are random), the run it starts from, and the
// threshold. Ids and numbers only.
import { assignClusterIds } from '@vigil/analytics';
import type { LinkRunRequest } from '@vigil/core';

/** The part of a linkage result a save needs. */
export interface SavableRun {
  readonly ids: readonly string[];
  readonly clusterOf: Int32Array;
  /** Per record, NaN for a record alone. */
  readonly confidence: Float64Array;
  readonly threshold: number;
}

/** The saved run the page started from: its number and assignments; null before the first. */
export interface SavedRun {
  readonly run: { readonly number: number };
  readonly assignments: readonly { readonly recordId: string; readonly clusterId: string }[];
}

/** The request of `POST …/linkage/runs` for a result, based on the latest saved run. */
export const runRequestOf = (
  result: SavableRun,
  saved: SavedRun | null,
  newId: () => string,
): LinkRunRequest => {
  const previous = new Map((saved?.assignments ?? []).map((a) => [a.recordId, a.clusterId]));
  const ids = assignClusterIds(result.ids, result.clusterOf, previous, newId);
  return {
    basedOn: saved?.run.number ?? null,
    settings: { threshold: result.threshold },
    assignments: result.ids.map((recordId, i) => {
      const confidence = result.confidence[i] ?? Number.NaN;
      return {
        recordId,
        clusterId: ids[i] ?? '',
        probability: Number.isNaN(confidence) ? null : confidence,
      };
    }),
  };
};
