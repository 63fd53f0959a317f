import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalDirStore } from './local-dir-store';

/** A local store in a fresh temporary directory (test apps), and how to remove it. */
export const openTempObjectStore = async (): Promise<{
  store: LocalDirStore;
  remove: () => Promise<void>;
}> => {
  const dir = await mkdtemp(join(tmpdir(), 'vigil-objects-'));
  return {
    store: await LocalDirStore.open(dir),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
};
