import { describe, expect, it } from 'vitest';
import type { Argon2id, Argon2idInput } from './argon2-types';
import { argon2id as wasmArgon2id } from './argon2-wasm';
import { createWorkerArgon2id, type Argon2WorkerPort } from './argon2-worker-client';
import {
  answerArgon2Request,
  type Argon2WorkerRequest,
  type Argon2WorkerResponse,
} from './argon2-worker-protocol';
import { utf8 } from './encoding';
import { expectCryptoError } from './test-support';

/** Small parameters: the protocol is under test here, not Argon2id's cost. */
const inputFor = (password: string, hashLength = 32): Argon2idInput => ({
  password: utf8(password),
  salt: utf8('sixteen byte salt!'),
  memoryKiB: 64,
  iterations: 1,
  parallelism: 1,
  hashLength,
});

/** A stand-in Argon2id whose output depends on its input, so mixed-up answers show. */
const fakeArgon2id: Argon2id = async (input) =>
  new Uint8Array(input.hashLength).fill((input.password[0] ?? 0) ^ input.password.length);

interface Posted {
  readonly message: Argon2WorkerRequest;
  readonly transfer: ArrayBuffer[];
}

/**
 * A worker double that records what it is sent and lets the test answer. Messages cross the
 * boundary through structuredClone with the transfer list, as postMessage does, so transferred
 * buffers are detached on the sending side.
 */
class FakeWorker implements Argon2WorkerPort {
  onmessage: ((event: { readonly data: unknown }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  onmessageerror: ((event: unknown) => void) | null = null;
  readonly received: Argon2WorkerRequest[] = [];
  readonly posted: Posted[] = [];
  terminated = false;

  postMessage(message: Argon2WorkerRequest, transfer: ArrayBuffer[]): void {
    this.posted.push({ message, transfer });
    this.received.push(structuredClone(message, { transfer }));
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Answers the i-th request the way argon2-worker.ts does, with the given implementation. */
  async answer(i: number, argon2id: Argon2id = fakeArgon2id): Promise<void> {
    const { message, transfer } = await answerArgon2Request(this.received[i], argon2id);
    this.reply(structuredClone(message, { transfer }));
  }

  reply(data: unknown): void {
    this.onmessage?.({ data });
  }
}

/** A client over fake workers, with the list of workers it started. */
const setup = () => {
  const workers: FakeWorker[] = [];
  const argon2id = createWorkerArgon2id(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  });
  return { argon2id, workers };
};

describe('Argon2id through a worker (browser)', () => {
  it('gives the same bytes as the WebAssembly build run on the calling thread', async () => {
    const { argon2id, workers } = setup();
    const input = inputFor('correct horse battery staple');
    const result = argon2id(input);
    await workers[0]?.answer(0, wasmArgon2id);
    expect(await result).toEqual(await wasmArgon2id(inputFor('correct horse battery staple')));
  });

  it('leaves the caller’s arrays intact and keeps no copy of the password on the page thread', async () => {
    const { argon2id, workers } = setup();
    const input = inputFor('a password');
    const result = argon2id(input);
    const [posted] = workers[0]?.posted ?? [];
    expect(posted?.transfer).toContain(posted?.message.input.password.buffer);
    expect(posted?.message.input.password.byteLength).toBe(0);
    expect(input.password).toEqual(utf8('a password'));
    expect(input.salt).toEqual(utf8('sixteen byte salt!'));
    await workers[0]?.answer(0);
    await result;
  });

  it('matches concurrent answers to their calls by message id, in whatever order they arrive', async () => {
    const { argon2id, workers } = setup();
    const inputs = ['first', 'second password', 'third'].map((p) => inputFor(p));
    const results = inputs.map((input) => argon2id(input));
    expect(workers).toHaveLength(1);
    for (const i of [2, 0, 1]) await workers[0]?.answer(i);
    const expected = await Promise.all(
      ['first', 'second password', 'third'].map((p) => fakeArgon2id(inputFor(p))),
    );
    expect(await Promise.all(results)).toEqual(expected);
  });

  it('ends the worker once no call is pending, and starts a new one for the next call', async () => {
    const { argon2id, workers } = setup();
    const first = argon2id(inputFor('one'));
    const second = argon2id(inputFor('two'));
    await workers[0]?.answer(0);
    await first;
    expect(workers[0]?.terminated).toBe(false);
    await workers[0]?.answer(1);
    await second;
    expect(workers[0]?.terminated).toBe(true);

    const third = argon2id(inputFor('three'));
    expect(workers).toHaveLength(2);
    await workers[1]?.answer(0);
    expect(await third).toEqual(await fakeArgon2id(inputFor('three')));
  });

  it('rejects every pending call with kdf_failed when the worker fails, then recovers with a fresh worker', async () => {
    const { argon2id, workers } = setup();
    const calls = [argon2id(inputFor('one')), argon2id(inputFor('two'))];
    workers[0]?.onerror?.({ message: 'script failed to load' });
    for (const call of calls) await expectCryptoError(call, ['kdf_failed']);
    expect(workers[0]?.terminated).toBe(true);

    const next = argon2id(inputFor('three'));
    await workers[1]?.answer(0);
    expect(await next).toEqual(await fakeArgon2id(inputFor('three')));
  });

  it('rejects with kdf_failed when a message cannot be read or the worker cannot be started', async () => {
    const { argon2id, workers } = setup();
    const call = argon2id(inputFor('one'));
    workers[0]?.onmessageerror?.({});
    await expectCryptoError(call, ['kdf_failed']);

    const failing = createWorkerArgon2id(() => {
      throw new Error('Worker is not defined');
    });
    await expectCryptoError(failing(inputFor('one')), ['kdf_failed']);
  });

  it('rejects with kdf_failed when the worker reports a failure or answers with the wrong length', async () => {
    const { argon2id, workers } = setup();
    const failed = argon2id(inputFor('one'));
    await workers[0]?.answer(0, () => Promise.reject(new Error('out of memory')));
    await expectCryptoError(failed, ['kdf_failed']);

    const short = argon2id(inputFor('two'));
    await workers[1]?.answer(0, async (input) => fakeArgon2id({ ...input, hashLength: 16 }));
    await expectCryptoError(short, ['kdf_failed']);
  });

  it('fails all pending calls on an answer to a call it never made', async () => {
    const { argon2id, workers } = setup();
    const call = argon2id(inputFor('one'));
    const stray: Argon2WorkerResponse = { id: 99, ok: true, hash: new Uint8Array(32) };
    workers[0]?.reply(stray);
    await expectCryptoError(call, ['kdf_failed']);
    expect(workers[0]?.terminated).toBe(true);
  });
});

describe('the Argon2id worker’s side of the protocol', () => {
  it('zeroes the password it received once the hash is computed', async () => {
    const input = inputFor('a password');
    const { message, transfer } = await answerArgon2Request({ id: 7, input }, fakeArgon2id);
    expect(message).toEqual({ id: 7, ok: true, hash: await fakeArgon2id(inputFor('a password')) });
    expect(transfer).toHaveLength(1);
    expect(input.password.every((b) => b === 0)).toBe(true);
  });

  it('answers a failure, without a message, to a malformed request or a failing computation', async () => {
    const broken = await answerArgon2Request({ id: 3, input: { password: 'text' } }, fakeArgon2id);
    expect(broken.message).toEqual({ id: 3, ok: false });
    const nothing = await answerArgon2Request(null, fakeArgon2id);
    expect(nothing.message).toEqual({ id: -1, ok: false });
    const input = inputFor('a password');
    const thrown = await answerArgon2Request({ id: 4, input }, () =>
      Promise.reject(new Error('out of memory')),
    );
    expect(thrown.message).toEqual({ id: 4, ok: false });
    expect(input.password.every((b) => b === 0)).toBe(true);
  });
});
