// The estimation worker: runs the estimators off the page's thread (LCMCR and dga take seconds),
// reports progress, and answers once. The page starts one per run and ends it to cancel.
import { runEstimate, type EstimateRequest } from './model/run';
import type { WorkerMessage } from './useEstimateWorker';

interface WorkerScope {
  onmessage: ((event: MessageEvent<EstimateRequest>) => void) | null;
  postMessage: (message: WorkerMessage) => void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  let last = -1;
  try {
    const result = runEstimate(event.data, (share) => {
      // At most a hundred messages a run: the page needs whole percents, not every sweep.
      const percent = Math.floor(share * 100);
      if (percent === last) return;
      last = percent;
      scope.postMessage({ type: 'progress', share });
    });
    scope.postMessage({ type: 'result', result });
  } catch (error) {
    scope.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
