import { describe, expect, it } from 'vitest';
import { localStorageDrafts } from './draftStorage';

/** A Storage stand-in with the Web Storage API's shape (apps/web tests run in node). */
const fakeStorage = (): Storage => {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
  };
};

describe('localStorageDrafts', () => {
  it('stores, lists by prefix and removes entries', async () => {
    const drafts = localStorageDrafts(fakeStorage());
    await drafts.set('vigil.draft.v1.a.v.1', 'x');
    await drafts.set('vigil.draft.v1.a.v.2', 'y');
    await drafts.set('vigil.locale', 'ru');
    expect((await drafts.keys('vigil.draft.v1.a.v.')).sort()).toEqual([
      'vigil.draft.v1.a.v.1',
      'vigil.draft.v1.a.v.2',
    ]);
    expect(await drafts.get('vigil.draft.v1.a.v.1')).toBe('x');
    await drafts.remove('vigil.draft.v1.a.v.1');
    expect(await drafts.get('vigil.draft.v1.a.v.1')).toBeUndefined();
    expect(await drafts.keys('vigil.draft.')).toEqual(['vigil.draft.v1.a.v.2']);
  });
});
