import { argon2id } from './argon2-wasm';
import { answerArgon2Request } from './argon2-worker-protocol';

/** The part of DedicatedWorkerGlobalScope this worker uses (the package is typed without DOM libs). */
declare const self: {
  onmessage: ((event: { readonly data: unknown }) => void) | null;
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
};

/**
 * Entry point of the dedicated module worker that computes Argon2id for the browser (started by
 * argon2-worker-client.ts, bundled by Vite as a separate same-origin script): the WebAssembly
 * build runs here, so the page's main thread keeps drawing and answering input meanwhile.
 */
self.onmessage = (event) => {
  void answerArgon2Request(event.data, argon2id).then(({ message, transfer }) =>
    self.postMessage(message, transfer),
  );
};
