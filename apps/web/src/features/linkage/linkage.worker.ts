// The linkage Web Worker: runs the engine off the page's thread, reports progress by stage (at
// most every 100 ms), keeps the last result to explain pairs on demand. The page cancels a run
// by terminating the worker. See worker/protocol.ts for the messages.
import type { LinkageResult, LinkageStage } from '@vigil/analytics';
import { explainIds, runLinkage } from './worker/engine';
import type { WorkerRequest, WorkerResponse } from './worker/protocol';

const post = (message: WorkerResponse, transfer: Transferable[] = []): void =>
  (self as unknown as Worker).postMessage(message, transfer);

let last: LinkageResult | null = null;

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'explain') {
    post({
      type: 'explained',
      requestId: request.requestId,
      explanation: last === null ? null : explainIds(last, request.left, request.right),
    });
    return;
  }
  let shown = 0;
  let stageShown: LinkageStage | null = null;
  try {
    const { output, result } = runLinkage(
      request.people,
      request.labels,
      request.decided,
      (stage, done, total) => {
        const now = Date.now();
        if (stage === stageShown && now - shown < 100 && done < total) return;
        shown = now;
        stageShown = stage;
        post({ type: 'progress', stage, done, total });
      },
    );
    last = result;
    post({ type: 'done', output });
  } catch (error) {
    const code =
      typeof error === 'object' &&
      error !== null &&
      'code' in error &&
      typeof error.code === 'string'
        ? error.code
        : 'failed';
    post({ type: 'failed', code, message: error instanceof Error ? error.message : String(error) });
  }
});
