import type { Readable } from 'node:stream';
import type { ObjectStore } from './types';

/**
 * A store opened on first use: a server (or a test app) that never touches evidence never
 * creates the objects directory or contacts the bucket.
 */
export const lazyObjectStore = (open: () => Promise<ObjectStore>): ObjectStore => {
  let opened: Promise<ObjectStore> | null = null;
  const store = (): Promise<ObjectStore> => {
    opened ??= open().catch((error: unknown) => {
      opened = null;
      throw error;
    });
    return opened;
  };
  return {
    put: async (key, source, options) => (await store()).put(key, source, options),
    get: async (key, range): Promise<Readable> => (await store()).get(key, range),
    head: async (key) => (await store()).head(key),
    delete: async (key) => (await store()).delete(key),
    list: async function* (prefix) {
      yield* (await store()).list(prefix);
    },
  };
};
