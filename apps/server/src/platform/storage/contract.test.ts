// One contract, run against both adapters: what the evidence module may rely on.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { sha256Hex } from '@vigil/crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testConfig } from '../config';
import { isStorageError, type StorageErrorCode } from './errors';
import { LocalDirStore } from './local-dir-store';
import { openObjectStore } from './open';
import { startS3TestServer, TEST_BUCKET } from './s3-test-server';
import { collect, failingSource, patternBytes, patternSource, readAll } from './test-support';
import type { ObjectStore } from './types';

interface Running {
  readonly store: ObjectStore;
  /** Temp files (local) or multipart uploads (S3) that a put left behind. */
  leftovers(): Promise<string[]>;
  stop(): Promise<void>;
}

const adapters: { name: string; start: () => Promise<Running> }[] = [
  {
    name: 'LocalDirStore',
    start: async () => {
      const dataDir = await mkdtemp(join(tmpdir(), 'vigil-objects-'));
      const store = await LocalDirStore.open(dataDir);
      return {
        store,
        leftovers: () => readdir(join(store.root, '.tmp')),
        stop: () => rm(dataDir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'S3Store on s3rver',
    start: async () => {
      const server = await startS3TestServer();
      const config = testConfig({
        storage: 's3',
        s3Endpoint: server.endpoint,
        s3Bucket: TEST_BUCKET,
        s3AccessKeyId: 'S3RVER',
        s3SecretAccessKey: 'S3RVER',
        s3ForcePathStyle: true,
      });
      const store = await openObjectStore(config, '/nonexistent-vigil-data');
      return { store, leftovers: server.danglingUploads, stop: server.stop };
    },
  },
];

const MiB = 1024 * 1024;

const rejectsWith = async (promise: Promise<unknown>, code: StorageErrorCode): Promise<void> => {
  const error: unknown = await promise.then(
    () => new Error('expected a StorageError'),
    (e: unknown) => e,
  );
  expect(isStorageError(error) ? error.code : error).toBe(code);
};

describe.each(adapters)('the object store contract: $name', ({ start }) => {
  let running: Running;
  let store: ObjectStore;
  let ns = 0;
  /** A key in this test's own namespace, so tests sharing one store do not meet. */
  const key = (name: string): string => `c${ns}/${name}`;

  beforeAll(async () => {
    running = await start();
    store = running.store;
  });
  afterAll(async () => {
    await running.stop();
  });
  beforeEach(() => {
    ns += 1;
  });

  const roundTrip = async (size: number): Promise<void> => {
    const put = await store.put(key('obj'), patternSource(size, 100_003));
    const expected = patternBytes(size);
    expect(put).toEqual({ size, sha256: await sha256Hex(expected) });
    expect(await store.head(key('obj'))).toEqual({ size });
    const back = await readAll(await store.get(key('obj')));
    expect(back.length).toBe(size);
    expect(Buffer.compare(back, expected)).toBe(0);
  };

  it('stores an empty object and gives back its size, SHA-256 and no bytes', async () => {
    await roundTrip(0);
  });

  it('stores a small object and gives back exactly its bytes', async () => {
    await roundTrip(1000);
  });

  it('streams a multi-MiB object through in uneven chunks and gives back exactly its bytes', async () => {
    await roundTrip(17 * MiB + 12_345);
  });

  it('takes a Node Readable as the source', async () => {
    const put = await store.put(key('r'), Readable.from([Buffer.from('abc'), Buffer.from('def')]));
    expect(put.size).toBe(6);
    expect(Buffer.from(await readAll(await store.get(key('r')))).toString()).toBe('abcdef');
  });

  it('reads a byte range with its end inclusive, or to the end of the object', async () => {
    await store.put(key('r'), Readable.from([Buffer.from('0123456789')]));
    const text = async (start: number, end?: number): Promise<string> =>
      Buffer.from(await readAll(await store.get(key('r'), { start, end }))).toString();
    expect(await text(2, 4)).toBe('234');
    expect(await text(7)).toBe('789');
    expect(await text(9, 9)).toBe('9');
    expect(await text(5, 1000)).toBe('56789');
  });

  it('refuses a range that starts at or past the end, or that is malformed', async () => {
    await store.put(key('r'), Readable.from([Buffer.from('0123456789')]));
    await rejectsWith(store.get(key('r'), { start: 10 }), 'bad_range');
    await rejectsWith(store.get(key('r'), { start: 5, end: 4 }), 'bad_range');
    await rejectsWith(store.get(key('r'), { start: -1 }), 'bad_range');
    await rejectsWith(store.get(key('r'), { start: 1.5 }), 'bad_range');
  });

  it('accepts a matching expected SHA-256, in either case', async () => {
    const sha = await sha256Hex(patternBytes(5000));
    const put = await store.put(key('a'), patternSource(5000), { expectedSha256: sha });
    expect(put.sha256).toBe(sha);
    await store.put(key('b'), patternSource(5000), { expectedSha256: sha.toUpperCase() });
  });

  it('stores nothing when the bytes do not match the expected SHA-256', async () => {
    const wrong = '0'.repeat(64);
    for (const size of [0, 5000, 11 * MiB]) {
      await rejectsWith(
        store.put(key(`m${size}`), patternSource(size), { expectedSha256: wrong }),
        'hash_mismatch',
      );
      expect(await store.head(key(`m${size}`))).toBeNull();
    }
    expect(await collect(store.list(key('')))).toEqual([]);
    expect(await running.leftovers()).toEqual([]);
  });

  it('leaves no object, temp file or multipart upload when the source fails midway', async () => {
    for (const size of [1000, 11 * MiB]) {
      await expect(store.put(key(`f${size}`), failingSource(size))).rejects.toThrow(
        'source failed',
      );
      expect(await store.head(key(`f${size}`))).toBeNull();
    }
    expect(await collect(store.list(key('')))).toEqual([]);
    expect(await running.leftovers()).toEqual([]);
  });

  it('shows nothing of a put until it is complete, even after megabytes have been sent', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* paused(): AsyncIterable<Uint8Array> {
      yield* patternSource(9 * MiB); // more than a part: S3 has a multipart upload running
      await gate;
      yield new Uint8Array(10);
    }
    const put = store.put(key('p'), paused());
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await store.head(key('p'))).toBeNull();
    await rejectsWith(store.get(key('p')), 'not_found');
    expect(await collect(store.list(key('')))).toEqual([]);
    release();
    expect((await put).size).toBe(9 * MiB + 10);
    expect(await store.head(key('p'))).toEqual({ size: 9 * MiB + 10 });
  });

  it('refuses to overwrite an object, with exists, and keeps the original', async () => {
    await store.put(key('once'), Readable.from([Buffer.from('original')]));
    await rejectsWith(store.put(key('once'), Readable.from([Buffer.from('other')])), 'exists');
    expect(Buffer.from(await readAll(await store.get(key('once')))).toString()).toBe('original');
    expect(await running.leftovers()).toEqual([]);
  });

  it('reports a missing object as not_found on get and null on head', async () => {
    await rejectsWith(store.get(key('none')), 'not_found');
    expect(await store.head(key('none'))).toBeNull();
  });

  it('deletes an object, and deleting it again (or a key never used) succeeds', async () => {
    await store.put(key('d'), Readable.from([Buffer.from('x')]));
    await store.delete(key('d'));
    expect(await store.head(key('d'))).toBeNull();
    await store.delete(key('d'));
    await store.delete(key('never'));
    // A deleted key can be used again: write-once is per object, not per name forever.
    await store.put(key('d'), Readable.from([Buffer.from('y')]));
    expect(await store.head(key('d'))).toEqual({ size: 1 });
  });

  it('lists the objects under a prefix with their sizes, and nothing else', async () => {
    const put = (name: string, size: number) => store.put(key(name), patternSource(size));
    await put('evidence/v1/o1', 10);
    await put('evidence/v1/o2', 20);
    await put('evidence/v10/o3', 30);
    await put('evidence/v2/o4', 40);
    await put('evidence', 5);
    const listed = async (prefix: string) =>
      (await collect(store.list(key(prefix)))).sort((a, b) => a.key.localeCompare(b.key));
    expect(await listed('evidence/v1/')).toEqual([
      { key: key('evidence/v1/o1'), size: 10 },
      { key: key('evidence/v1/o2'), size: 20 },
    ]);
    expect((await listed('evidence/v1')).map((o) => o.key)).toEqual([
      key('evidence/v1/o1'),
      key('evidence/v1/o2'),
      key('evidence/v10/o3'),
    ]);
    expect(await listed('')).toHaveLength(5);
    expect(await listed('nothing/')).toEqual([]);
  });

  it('keeps a key and a longer key under it as two objects', async () => {
    await store.put(key('a'), Readable.from([Buffer.from('1')]));
    await store.put(key('a/b'), Readable.from([Buffer.from('22')]));
    expect(await store.head(key('a'))).toEqual({ size: 1 });
    expect(await store.head(key('a/b'))).toEqual({ size: 2 });
  });

  it('refuses keys and prefixes outside the id alphabet, with bad_key, before touching storage', async () => {
    const bad = [
      '',
      '/abs',
      'a/../b',
      '../x',
      'a//b',
      'a/',
      'A',
      'a.b',
      'a b',
      'ä',
      `a${'x'.repeat(201)}`,
      '-a',
    ];
    for (const k of bad) {
      await rejectsWith(store.put(k, patternSource(1)), 'bad_key');
      await rejectsWith(store.get(k), 'bad_key');
      await rejectsWith(store.head(k), 'bad_key');
      await rejectsWith(store.delete(k), 'bad_key');
    }
    for (const prefix of ['/a', 'a/../', 'A', 'a.b', 'a//']) {
      await rejectsWith(collect(store.list(prefix)), 'bad_key');
    }
    expect(await running.leftovers()).toEqual([]);
  });
});
