import type { Argon2id, Argon2idInput } from './argon2-types';
import type { Argon2WorkerRequest } from './argon2-worker-protocol';
import { CryptoError } from './errors';

/** The part of a browser `Worker` the client uses; tests pass a fake. */
export interface Argon2WorkerPort {
  onmessage: ((event: { readonly data: unknown }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  onmessageerror: ((event: unknown) => void) | null;
  postMessage(message: Argon2WorkerRequest, transfer: ArrayBuffer[]): void;
  terminate(): void;
}

// The package is typed without DOM libs; this is the browser's constructor as far as we use it.
declare const Worker: new (url: URL, options: { type: 'module' }) => Argon2WorkerPort;

interface Pending {
  readonly hashLength: number;
  readonly resolve: (hash: Uint8Array) => void;
  readonly reject: (error: CryptoError) => void;
}

const failure = (): CryptoError =>
  new CryptoError('kdf_failed', 'the key derivation worker failed');

/**
 * Argon2id computed in a dedicated worker: posts each input to the worker and resolves with its
 * answer, matched by a message id so concurrent calls do not mix. The worker is started on the
 * first call and ended as soon as no call is pending, which frees its 64 MiB of Argon2 memory
 * and whatever of the password's derivation it still holds. The password is posted as a copy
 * whose buffer is transferred, so no extra copy stays on this thread; the caller's arrays are not
 * touched. If the worker cannot start, crashes or answers something unexpected, every pending
 * call rejects with CryptoError 'kdf_failed' and the next call starts a fresh worker.
 */
export const createWorkerArgon2id = (spawn: () => Argon2WorkerPort): Argon2id => {
  let worker: Argon2WorkerPort | null = null;
  let nextId = 0;
  const pending = new Map<number, Pending>();

  const stop = (): void => {
    if (worker === null) return;
    worker.onmessage = null;
    worker.onerror = null;
    worker.onmessageerror = null;
    worker.terminate();
    worker = null;
  };

  const failAll = (): void => {
    stop();
    const calls = [...pending.values()];
    pending.clear();
    for (const call of calls) call.reject(failure());
  };

  const onMessage = (data: unknown): void => {
    const { id, ok, hash } = (typeof data === 'object' && data !== null ? data : {}) as {
      id?: unknown;
      ok?: unknown;
      hash?: unknown;
    };
    const call = typeof id === 'number' ? pending.get(id) : undefined;
    if (call === undefined) {
      failAll();
      return;
    }
    pending.delete(id as number);
    if (pending.size === 0) stop();
    if (ok === true && hash instanceof Uint8Array && hash.length === call.hashLength) {
      call.resolve(hash);
    } else {
      call.reject(failure());
    }
  };

  const start = (): Argon2WorkerPort => {
    const started = spawn();
    started.onmessage = (event) => onMessage(event.data);
    started.onerror = () => failAll();
    started.onmessageerror = () => failAll();
    return started;
  };

  return (input: Argon2idInput) =>
    new Promise<Uint8Array>((resolve, reject) => {
      const id = nextId++;
      // A copy with its own buffer: transferring it leaves nothing behind here and does not
      // detach the caller's array (which may be a view on a larger buffer).
      const password = input.password.slice();
      const request: Argon2WorkerRequest = {
        id,
        input: {
          password,
          salt: input.salt.slice(),
          memoryKiB: input.memoryKiB,
          iterations: input.iterations,
          parallelism: input.parallelism,
          hashLength: input.hashLength,
        },
      };
      pending.set(id, { hashLength: input.hashLength, resolve, reject });
      try {
        worker ??= start();
        worker.postMessage(request, [password.buffer]);
      } catch {
        password.fill(0);
        pending.delete(id);
        if (pending.size === 0) stop();
        reject(failure());
      }
    });
};

/**
 * The browser's Argon2id (the `browser` condition of `#argon2`): the WebAssembly build in a
 * dedicated module worker (argon2-worker.ts), off the page's main thread (SECURITY.md).
 */
export const argon2id: Argon2id = createWorkerArgon2id(
  () => new Worker(new URL('./argon2-worker.ts', import.meta.url), { type: 'module' }),
);
