import type { Argon2id, Argon2idInput } from './argon2-types';

/** What the page posts to the Argon2id worker: one computation, tagged so answers can be matched. */
export interface Argon2WorkerRequest {
  readonly id: number;
  readonly input: Argon2idInput;
}

/** What the worker posts back. A failure carries no message: nothing from the worker reaches logs. */
export type Argon2WorkerResponse =
  | { readonly id: number; readonly ok: true; readonly hash: Uint8Array }
  | { readonly id: number; readonly ok: false };

/** An answer and the buffers to transfer (not copy) with it. */
export interface Argon2WorkerReply {
  readonly message: Argon2WorkerResponse;
  readonly transfer: ArrayBuffer[];
}

const isBytes = (value: unknown): value is Uint8Array => value instanceof Uint8Array;
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

const isRequest = (value: unknown): value is Argon2WorkerRequest => {
  if (typeof value !== 'object' || value === null) return false;
  const { id, input } = value as { id?: unknown; input?: unknown };
  if (!isCount(id) || typeof input !== 'object' || input === null) return false;
  const i = input as Record<string, unknown>;
  return (
    isBytes(i.password) &&
    isBytes(i.salt) &&
    isCount(i.memoryKiB) &&
    isCount(i.iterations) &&
    isCount(i.parallelism) &&
    isCount(i.hashLength)
  );
};

/**
 * The worker side of the protocol: computes one request with `argon2id` and builds the answer,
 * transferring the output. The password bytes the worker received are zeroed once used, so they
 * do not stay in the worker's heap. A malformed request or a failing computation gets `ok: false`
 * (id -1 when the request had no usable id).
 */
export const answerArgon2Request = async (
  data: unknown,
  argon2id: Argon2id,
): Promise<Argon2WorkerReply> => {
  if (!isRequest(data)) {
    const id = isCount((data as { id?: unknown } | null)?.id) ? (data as { id: number }).id : -1;
    return { message: { id, ok: false }, transfer: [] };
  }
  try {
    const output = await argon2id(data.input);
    // A copy with a buffer of its own, which can be transferred whatever `output` is a view on.
    const hash = output.slice();
    output.fill(0);
    return { message: { id: data.id, ok: true, hash }, transfer: [hash.buffer] };
  } catch {
    return { message: { id: data.id, ok: false }, transfer: [] };
  } finally {
    data.input.password.fill(0);
  }
};
