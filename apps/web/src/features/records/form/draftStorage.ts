import type { DraftStorage } from '@vigil/client';

/**
 * Drafts in the browser's localStorage. Only sealed envelopes (and the ids and kind that pick
 * their AAD) are written; the client seals before calling `set`.
 */
export const localStorageDrafts = (storage: Storage = window.localStorage): DraftStorage => ({
  get: async (key) => storage.getItem(key) ?? undefined,
  set: async (key, value) => storage.setItem(key, value),
  remove: async (key) => storage.removeItem(key),
  keys: async (prefix) => {
    const found: string[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) found.push(key);
    }
    return found;
  },
});
