// The page's side of the linkage worker: one run at a time, progress by stage, cancel by
// terminating the worker (a new one is made for the next run), explanations by request id.
import type { LinkageStage, ReviewExplanation } from '@vigil/analytics';
import type { LinkageOutput, WorkerRequest, WorkerResponse } from './protocol';

/** The part of `Worker` this client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Progress of a run: the stage and how far it is. */
export interface RunProgress {
  readonly stage: LinkageStage;
  readonly done: number;
  readonly total: number;
}

/** Why a run did not finish: cancelled by the user, or refused by the engine (with its code). */
export class LinkageRunError extends Error {
  override readonly name = 'LinkageRunError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type RunInput = Omit<Extract<WorkerRequest, { type: 'run' }>, 'type'>;

/** Runs linkage in a worker made by `create`; `cancel` ends a run at once. */
export class LinkageWorkerClient {
  private worker: WorkerLike | null = null;
  private pendingRun: {
    resolve: (o: LinkageOutput) => void;
    reject: (e: Error) => void;
    onProgress: (p: RunProgress) => void;
  } | null = null;
  private readonly explains = new Map<number, (e: ReviewExplanation | null) => void>();
  private nextRequest = 1;
  /** Whether the worker holds the result of a finished run (explanations need it). */
  private ready = false;

  constructor(private readonly create: () => WorkerLike) {}

  /** Links the people in the worker; rejects with code `cancelled` when cancelled. */
  run(input: RunInput, onProgress: (p: RunProgress) => void): Promise<LinkageOutput> {
    this.cancel();
    const worker = this.ensure();
    return new Promise<LinkageOutput>((resolve, reject) => {
      this.pendingRun = { resolve, reject, onProgress };
      worker.postMessage({ type: 'run', ...input });
    });
  }

  /** Ends a running run (the worker is terminated; explanations of the last run go with it). */
  cancel(): void {
    if (this.pendingRun === null) return;
    const run = this.pendingRun;
    this.pendingRun = null;
    this.dispose();
    run.reject(new LinkageRunError('cancelled', 'linkage was cancelled'));
  }

  /** Why two records score as they do in the last finished run; null when there is none. */
  explain(left: string, right: string): Promise<ReviewExplanation | null> {
    if (!this.ready || this.worker === null) return Promise.resolve(null);
    const requestId = this.nextRequest;
    this.nextRequest += 1;
    const worker = this.worker;
    return new Promise((resolve) => {
      this.explains.set(requestId, resolve);
      worker.postMessage({ type: 'explain', requestId, left, right });
    });
  }

  /** Terminates the worker; pending explanations resolve to null. */
  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.ready = false;
    for (const resolve of this.explains.values()) resolve(null);
    this.explains.clear();
  }

  private ensure(): WorkerLike {
    if (this.worker !== null) return this.worker;
    const worker = this.create();
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => {
      const run = this.pendingRun;
      this.pendingRun = null;
      this.dispose();
      run?.reject(new LinkageRunError('failed', event.message));
    };
    this.worker = worker;
    return worker;
  }

  private receive(message: WorkerResponse): void {
    switch (message.type) {
      case 'progress':
        this.pendingRun?.onProgress(message);
        return;
      case 'done': {
        const run = this.pendingRun;
        this.pendingRun = null;
        this.ready = true;
        run?.resolve(message.output);
        return;
      }
      case 'failed': {
        const run = this.pendingRun;
        this.pendingRun = null;
        run?.reject(new LinkageRunError(message.code, message.message));
        return;
      }
      case 'explained': {
        const resolve = this.explains.get(message.requestId);
        this.explains.delete(message.requestId);
        resolve?.(message.explanation);
        return;
      }
    }
  }
}

/** The browser's linkage worker (Vite bundles it as a module of its own; CSP worker-src 'self'). */
export const createLinkageWorker = (): WorkerLike =>
  new Worker(new URL('../linkage.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
