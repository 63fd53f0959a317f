/** The last chain head this client verified: where it was and what it hashed to. */
export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
}

/**
 * Where verified heads are remembered between runs (SECURITY.md T6). The web app and the CLI
 * supply persistent stores; the default keeps them for the life of the client only.
 */
export interface AuditHeadStore {
  get(key: string): Promise<AuditHead | undefined>;
  set(key: string, head: AuditHead): Promise<void>;
}

/** An in-memory head store. */
export const createMemoryAuditHeadStore = (): AuditHeadStore => {
  const heads = new Map<string, AuditHead>();
  return {
    get: async (key) => heads.get(key),
    set: async (key, head) => {
      heads.set(key, head);
    },
  };
};
