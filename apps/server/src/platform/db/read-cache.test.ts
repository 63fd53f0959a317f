import { afterEach, describe, expect, it } from 'vitest';
import { OuterHandleInTransactionError } from './errors';
import { ReadCache } from './read-cache';
import { createTestDbFor, engines } from './test-db';
import type { TestDb } from './types';

/** A loader that counts its calls and answers what `value` holds at call time. */
const counting = <T>(value: () => T) => {
  let calls = 0;
  return { load: async () => ((calls += 1), value()), calls: () => calls };
};

describe('ReadCache', () => {
  it('answers a second read of a key from memory', async () => {
    const cache = new ReadCache(10);
    const loader = counting(() => 'a');
    expect(await cache.read('k', loader.load)).toBe('a');
    expect(await cache.read('k', loader.load)).toBe('a');
    expect(loader.calls()).toBe(1);
  });

  it('forgets everything when invalidated', async () => {
    const cache = new ReadCache(10);
    let value = 'old';
    const loader = counting(() => value);
    await cache.read('k', loader.load);
    value = 'new';
    cache.invalidate();
    expect(await cache.read('k', loader.load)).toBe('new');
  });

  it('does not keep an answer loaded while a write happened', async () => {
    const cache = new ReadCache(10);
    let release: () => void = () => undefined;
    const slow = cache.read(
      'k',
      () => new Promise<string>((done) => (release = () => done('stale'))),
    );
    cache.invalidate(); // a write lands while the read is in flight
    release();
    expect(await slow).toBe('stale');
    expect(await cache.read('k', async () => 'fresh')).toBe('fresh');
  });

  it('does not cache answers that found nothing', async () => {
    const cache = new ReadCache(10);
    const loader = counting((): string | undefined => undefined);
    await cache.read('k', loader.load);
    await cache.read('k', loader.load);
    expect(loader.calls()).toBe(2);
  });

  it('drops the oldest entry when full', async () => {
    const cache = new ReadCache(2);
    const first = counting(() => 1);
    await cache.read('a', first.load);
    await cache.read('b', async () => 2);
    await cache.read('c', async () => 3);
    await cache.read('a', first.load);
    expect(first.calls()).toBe(2);
  });
});

describe.each(engines())('cached reads on %s', (engine) => {
  let db: TestDb;
  afterEach(async () => {
    await db.drop();
  });

  const keys = async (): Promise<string[]> =>
    (await db.kysely.selectFrom('instance_settings').select('key').orderBy('key').execute()).map(
      (row) => row.key,
    );

  it('sees a committed transaction at the next read', async () => {
    db = await createTestDbFor(engine);
    expect(await db.cached('keys', keys)).toEqual([]);
    await db.transaction((trx) =>
      trx.insertInto('instance_settings').values({ key: 'a', value: '1' }).execute(),
    );
    expect(await db.cached('keys', keys)).toEqual(['a']);
  });

  it('sees a write through the outer handle at the next read', async () => {
    db = await createTestDbFor(engine);
    await db.kysely.insertInto('instance_settings').values({ key: 'a', value: '1' }).execute();
    expect(await db.cached('keys', keys)).toEqual(['a']);
    await db.kysely.deleteFrom('instance_settings').where('key', '=', 'a').execute();
    expect(await db.cached('keys', keys)).toEqual([]);
  });

  it('serves repeated reads from memory on the embedded engine only', async () => {
    db = await createTestDbFor(engine);
    await db.kysely.insertInto('instance_settings').values({ key: 'a', value: '1' }).execute();
    const loader = counting(() => keys());
    await db.cached('keys', loader.load);
    await db.cached('keys', loader.load);
    expect(loader.calls()).toBe(engine === 'pglite' ? 1 : 2);
  });

  it('refuses a cached read inside a transaction', async () => {
    db = await createTestDbFor(engine);
    await expect(db.transaction(() => db.cached('keys', keys))).rejects.toBeInstanceOf(
      OuterHandleInTransactionError,
    );
  });
});
