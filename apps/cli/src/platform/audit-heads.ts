import { join } from 'node:path';
import type { AuditHead, AuditHeadStore } from '@vigil/client';
import { readJsonFile, writeJsonFile } from './json-file';

type HeadMap = Record<string, AuditHead>;

const isHeadMap = (value: unknown): value is HeadMap =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((head: unknown) => {
    if (typeof head !== 'object' || head === null) return false;
    const { seq, hash } = head as { seq?: unknown; hash?: unknown };
    return typeof seq === 'number' && typeof hash === 'string';
  });

/** Path of the audit-heads file inside a state directory. */
export const auditHeadsPath = (home: string): string => join(home, 'audit-heads.json');

/**
 * Remembers the last audit chain head this machine verified, per server and chain, in
 * `<home>/audit-heads.json` (0600), so the client can report a server that rewrote history
 * between two runs (SECURITY.md T6). Heads are hashes and counters, not secrets.
 */
export const fileAuditHeadStore = (home: string): AuditHeadStore => {
  const file = auditHeadsPath(home);
  const load = async (): Promise<HeadMap> => {
    const parsed = await readJsonFile(file);
    return isHeadMap(parsed) ? parsed : {};
  };
  return {
    async get(key) {
      return (await load())[key];
    },
    async set(key, head) {
      const heads = await load();
      heads[key] = { seq: head.seq, hash: head.hash };
      await writeJsonFile(file, heads);
    },
  };
};
