import { useCallback, useEffect, useRef, useState } from 'react';
import type { EstimateRequest, EstimateResult } from './model/run';

/** What the worker sends back. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly share: number }
  | { readonly type: 'result'; readonly result: EstimateResult }
  | { readonly type: 'error'; readonly message: string };

/** Where a run is. */
export type RunState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly share: number }
  | { readonly status: 'done'; readonly result: EstimateResult }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'cancelled' };

/**
 * Runs estimates in a Web Worker (`estimate.worker.ts`), one worker per run: Cancel ends it
 * at once, whatever the sampler is doing, and leaving the page ends it too.
 */
export function useEstimateWorker() {
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);

  useEffect(() => stop, [stop]);

  const run = useCallback(
    (request: EstimateRequest) => {
      stop();
      const w = new Worker(new URL('./estimate.worker.ts', import.meta.url), { type: 'module' });
      worker.current = w;
      setState({ status: 'running', share: 0 });
      w.onmessage = (event: MessageEvent<WorkerMessage>) => {
        if (worker.current !== w) return;
        const message = event.data;
        if (message.type === 'progress') {
          setState({ status: 'running', share: message.share });
          return;
        }
        stop();
        setState(
          message.type === 'result'
            ? { status: 'done', result: message.result }
            : { status: 'failed', message: message.message },
        );
      };
      w.onerror = (event) => {
        if (worker.current !== w) return;
        event.preventDefault();
        stop();
        setState({ status: 'failed', message: event.message || 'the estimation worker stopped' });
      };
      w.postMessage(request);
    },
    [stop],
  );

  const cancel = useCallback(() => {
    if (worker.current === null) return;
    stop();
    setState({ status: 'cancelled' });
  }, [stop]);

  const reset = useCallback(() => {
    stop();
    setState({ status: 'idle' });
  }, [stop]);

  return { state, run, cancel, reset };
}
