// A 64 MiB object through put and get on each adapter: memory must not grow with the object.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createSha256, toHex } from '@vigil/crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDirStore } from './local-dir-store';
import { S3Store } from './s3-store';
import { startS3TestServer, TEST_BUCKET, type S3TestServer } from './s3-test-server';
import type { ObjectStore } from './types';

const MiB = 1024 * 1024;
const OBJECT_SIZE = 64 * MiB;
/**
 * Allowed growth of live memory (after a full garbage collection) over the baseline. A store
 * that buffered the object would grow by at least 64 MiB; the S3 store holds two 8 MiB parts,
 * and the SDK and (in this same process) s3rver some buffers of their own.
 */
const LIMIT = 32 * MiB;
/** Bytes between two measurements: each forces a full collection, so not every chunk. */
const SAMPLE_EVERY = 4 * MiB;

// Measuring live memory needs a forced collection: without one, chunks already read but not yet
// collected count as growth and the numbers swing with the collector's mood.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Peak live-memory growth over a baseline taken when the tracker starts. */
const trackMemory = () => {
  gc();
  const base = process.memoryUsage();
  let live = 0;
  let arrayBuffers = 0;
  let sinceSample = 0;
  return {
    /** Counts `bytes` of progress and measures every SAMPLE_EVERY bytes. */
    progress: (bytes: number) => {
      sinceSample += bytes;
      if (sinceSample < SAMPLE_EVERY) return;
      sinceSample = 0;
      gc();
      const now = process.memoryUsage();
      live = Math.max(live, now.heapUsed + now.arrayBuffers - (base.heapUsed + base.arrayBuffers));
      arrayBuffers = Math.max(arrayBuffers, now.arrayBuffers - base.arrayBuffers);
    },
    peak: () => ({ live, arrayBuffers }),
  };
};

/** 64 MiB in 1 MiB chunks from one reused buffer, so the source itself holds 1 MiB. */
async function* bigSource(progress: (bytes: number) => void): AsyncIterable<Uint8Array> {
  const chunk = new Uint8Array(MiB);
  for (let i = 0; i < OBJECT_SIZE / MiB; i += 1) {
    chunk.fill(i % 256);
    progress(chunk.length);
    yield chunk;
  }
}

const streamsInBoundedMemory = async (store: ObjectStore): Promise<void> => {
  // Warm up: load the SDK, the hash and the file paths before the baseline.
  await store
    .put(
      'warm/up',
      bigSource(() => undefined),
    )
    .then(() => store.delete('warm/up'));
  const memory = trackMemory();
  const put = await store.put('big/one', bigSource(memory.progress));
  expect(put.size).toBe(OBJECT_SIZE);

  const hasher = await createSha256();
  let size = 0;
  for await (const chunk of (await store.get('big/one')) as AsyncIterable<Uint8Array>) {
    hasher.update(chunk);
    size += chunk.length;
    memory.progress(chunk.length);
  }
  expect(size).toBe(OBJECT_SIZE);
  expect(toHex(hasher.digest())).toBe(put.sha256);
  const peak = memory.peak();
  // Buffers live outside the V8 heap (arrayBuffers), strings and arrays inside it (heapUsed):
  // together they are what the store holds. RSS is not asserted: the allocator keeps freed pages,
  // and under a parallel test run it rose to ~50 MiB while live memory stayed near 8 MiB.
  expect(peak.arrayBuffers, 'ArrayBuffer growth').toBeLessThan(LIMIT);
  expect(peak.live, 'live memory growth').toBeLessThan(LIMIT);
};

describe('streaming a 64 MiB object', () => {
  let dataDir: string;
  let server: S3TestServer;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'vigil-memory-'));
    server = await startS3TestServer();
  });
  afterAll(async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('goes through LocalDirStore put and get without memory growing with its size', async () => {
    await streamsInBoundedMemory(await LocalDirStore.open(dataDir));
  });

  it('goes through S3Store put and get without memory growing with its size', async () => {
    await streamsInBoundedMemory(new S3Store(server.client, { bucket: TEST_BUCKET }));
  });
});
