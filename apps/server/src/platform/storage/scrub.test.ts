import { PutObjectCommand } from '@aws-sdk/client-s3';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDirStore } from './local-dir-store';
import { S3Store } from './s3-store';
import { startS3TestServer, TEST_BUCKET, type S3TestServer } from './s3-test-server';
import { scrubObjects, type ExpectedObject } from './scrub';
import { patternSource } from './test-support';
import type { ObjectStore } from './types';

/** Puts objects of the given sizes and returns what the database would have recorded. */
const putAll = async (store: ObjectStore, sizes: Record<string, number>) => {
  const expected: ExpectedObject[] = [];
  for (const [key, size] of Object.entries(sizes)) {
    const { sha256 } = await store.put(key, patternSource(size));
    expected.push({ key, size, sha256 });
  }
  return expected;
};

async function* lazily<T>(items: T[]): AsyncIterable<T> {
  yield* items;
}

describe('scrubObjects on LocalDirStore', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'vigil-scrub-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('finds nothing wrong with intact objects', async () => {
    const store = await LocalDirStore.open(join(dataDir, 'intact'));
    const expected = await putAll(store, { 'e/v/a': 0, 'e/v/b': 3 * 1024 * 1024 });
    expect(await scrubObjects(store, lazily(expected))).toEqual({
      checked: 2,
      missing: [],
      damaged: [],
      unreadable: [],
    });
  });

  it('reports a deleted object as missing and one with a byte flipped on disk as damaged', async () => {
    const store = await LocalDirStore.open(join(dataDir, 'hurt'));
    const expected = await putAll(store, { 'e/v/ok': 5000, 'e/v/gone': 100, 'e/v/flip': 70_000 });
    await store.delete('e/v/gone');
    const file = await open(store.pathOf('e/v/flip'), 'r+');
    const byte = Buffer.alloc(1);
    await file.read(byte, 0, 1, 65_000);
    byte[0] = (byte[0] ?? 0) ^ 0x01;
    await file.write(byte, 0, 1, 65_000);
    await file.close();

    expect(await scrubObjects(store, lazily(expected))).toEqual({
      checked: 3,
      missing: ['e/v/gone'],
      damaged: ['e/v/flip'],
      unreadable: [],
    });
  });

  it('reports an object whose size differs from the record as damaged', async () => {
    const store = await LocalDirStore.open(join(dataDir, 'size'));
    const [record] = await putAll(store, { 'e/v/s': 10 });
    if (record === undefined) throw new Error('no record');
    const report = await scrubObjects(store, [{ ...record, size: 11 }]);
    expect(report.damaged).toEqual(['e/v/s']);
  });
});

describe('scrubObjects on S3Store', () => {
  let server: S3TestServer;
  beforeAll(async () => {
    server = await startS3TestServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('reports a deleted object as missing and one changed behind its back as damaged', async () => {
    const store = new S3Store(server.client, { bucket: TEST_BUCKET });
    const expected = await putAll(store, { 'e/v/ok': 5000, 'e/v/gone': 100, 'e/v/swap': 6000 });
    await store.delete('e/v/gone');
    // Another writer of the bucket (not the store, which never overwrites) changes a byte.
    const body = Buffer.alloc(6000, 7);
    await server.client.send(
      new PutObjectCommand({ Bucket: TEST_BUCKET, Key: 'e/v/swap', Body: body }),
    );

    expect(await scrubObjects(store, lazily(expected))).toEqual({
      checked: 3,
      missing: ['e/v/gone'],
      damaged: ['e/v/swap'],
      unreadable: [],
    });
  });
});
