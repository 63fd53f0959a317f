import { mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fsyncPath } from '../db/durability';
import { LocalDirStore, STALE_TEMP_MS } from './local-dir-store';
import { failingSource, readAll } from './test-support';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'vigil-local-store-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const bytes = (text: string): Readable => Readable.from([Buffer.from(text)]);

describe('LocalDirStore', () => {
  it('keeps objects under <data dir>/objects, files 0600 in directories 0700', async () => {
    const store = await LocalDirStore.open(dataDir);
    await store.put('evidence/v1/o1', bytes('sealed'));
    const file = join(dataDir, 'objects', 'evidence', 'v1', 'o1.obj');
    expect(store.pathOf('evidence/v1/o1')).toBe(file);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    for (const dir of ['objects', 'objects/evidence', 'objects/evidence/v1', 'objects/.tmp']) {
      expect((await stat(join(dataDir, dir))).mode & 0o777, dir).toBe(0o700);
    }
  });

  it('removes temp files of crashed puts at start, and leaves recent ones to their puts', async () => {
    await LocalDirStore.open(dataDir);
    const tmp = join(dataDir, 'objects', '.tmp');
    const old = join(tmp, '.put-1-1-1');
    const recent = join(tmp, '.put-1-1-2');
    await writeFile(old, 'half an object');
    await writeFile(recent, 'a put in progress');
    const longAgo = new Date(Date.now() - STALE_TEMP_MS - 60_000);
    await utimes(old, longAgo, longAgo);

    await LocalDirStore.open(dataDir);
    expect(await readdir(tmp)).toEqual(['.put-1-1-2']);
  });

  it('syncs every directory it creates, and the object directory after linking', async () => {
    const synced: string[] = [];
    const store = await LocalDirStore.open(dataDir, {
      fsync: async (path) => {
        synced.push(path);
        await fsyncPath(path);
      },
    });
    synced.length = 0;
    await store.put('evidence/v1/o1', bytes('x'));
    const objects = join(dataDir, 'objects');
    // New entries: evidence/ in objects/, v1/ in evidence/, then o1.obj in v1/.
    expect(synced).toEqual([objects, join(objects, 'evidence'), join(objects, 'evidence', 'v1')]);
    synced.length = 0;
    await store.put('evidence/v1/o2', bytes('y'));
    expect(synced).toEqual([join(objects, 'evidence', 'v1')]);
    synced.length = 0;
    await store.delete('evidence/v1/o2');
    expect(synced).toEqual([join(objects, 'evidence', 'v1')]);
  });

  it('never shows a put in progress: no object until the last byte is on disk', async () => {
    const store = await LocalDirStore.open(dataDir);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* slow(): AsyncIterable<Uint8Array> {
      yield Buffer.from('first half, ');
      await gate;
      yield Buffer.from('second half');
    }
    const put = store.put('evidence/v1/slow', slow());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await store.head('evidence/v1/slow')).toBeNull();
    expect(await readdir(join(dataDir, 'objects', '.tmp'))).toHaveLength(1);
    release();
    await put;
    const text = Buffer.from(await readAll(await store.get('evidence/v1/slow'))).toString();
    expect(text).toBe('first half, second half');
    expect(await readdir(join(dataDir, 'objects', '.tmp'))).toEqual([]);
  });

  it('lets only one of two concurrent puts of a key win; the other gets exists', async () => {
    const store = await LocalDirStore.open(dataDir);
    const results = await Promise.allSettled([
      store.put('evidence/v1/race', bytes('one')),
      store.put('evidence/v1/race', bytes('two')),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejected?.status === 'rejected' && rejected.reason).toMatchObject({ code: 'exists' });
    expect(await readdir(join(dataDir, 'objects', '.tmp'))).toEqual([]);
  });

  it('passes the source error through unchanged when the source fails', async () => {
    const store = await LocalDirStore.open(dataDir);
    await expect(store.put('evidence/v1/f', failingSource(10))).rejects.toThrow('source failed');
  });
});
