// Messages between the linkage page and its Web Worker. Plain data only (structured clone):
// the people's names go in, ids, numbers and the engine's explanations come out.
import type { LinkageStage, ReviewExplanation } from '@vigil/analytics';
import type { LinkagePerson } from '../model/people';
import type { IdLabel, QueuedPair } from '../model/review';

/** What the page asks of the worker. */
export type WorkerRequest =
  | {
      readonly type: 'run';
      readonly people: readonly LinkagePerson[];
      /** Current match / non-match decisions. */
      readonly labels: readonly IdLabel[];
      /** Every decided pair (unsure ones too), left out of the queue. */
      readonly decided: readonly (readonly [string, string])[];
    }
  | {
      readonly type: 'explain';
      readonly requestId: number;
      readonly left: string;
      readonly right: string;
    };

/** The outcome of a run: clusters and queue by record id. */
export interface LinkageOutput {
  /** Record ids in input order. */
  readonly ids: readonly string[];
  /** Cluster number per record (equal = one person). */
  readonly clusterOf: Int32Array;
  /** Per record: the strongest match probability with another record of its cluster; NaN alone. */
  readonly confidence: Float64Array;
  /** Pairs to review, most uncertain first, decided pairs left out. */
  readonly queue: readonly QueuedPair[];
  /** The match probability at which records are put together. */
  readonly threshold: number;
  /** The engine's notes (English; ids, never names). */
  readonly warnings: readonly string[];
  readonly stats: { readonly candidatePairs: number; readonly pairsAboveThreshold: number };
}

/** What the worker answers. */
export type WorkerResponse =
  | {
      readonly type: 'progress';
      readonly stage: LinkageStage;
      readonly done: number;
      readonly total: number;
    }
  | { readonly type: 'done'; readonly output: LinkageOutput }
  | {
      readonly type: 'explained';
      readonly requestId: number;
      readonly explanation: ReviewExplanation | null;
    }
  | { readonly type: 'failed'; readonly code: string; readonly message: string };
