import type { Queryable } from '../audit/repository';
import { registerFingerprint } from '../facilities/repository';
import { VaultFacts } from './facts';
import {
  changedRecords,
  FIRST_RECORD_ID,
  latestState,
  linkAssignments,
  registerEntries,
} from './repository';

/** Rows read per query while catching up (a first look at a large vault reads many pages). */
const PAGE = 20_000;
/** Assignments of a linkage run read per query (two short fields each). */
const LINK_PAGE = 100_000;
/** Vaults whose facts a server keeps in memory at once; the least recently used is dropped. */
const MAX_VAULTS = 4;

/**
 * The facts of the vaults statistics were asked about, each brought up to date before use by
 * reading only the records changed since the last look, and the assignments of the vault's latest
 * linkage run when a run was saved or restored since. Looks at one vault run one at a time.
 */
export class StatisticsStore {
  readonly #vaults = new Map<string, VaultFacts>();
  readonly #pending = new Map<string, Promise<VaultFacts>>();

  /** The vault's facts as of now. */
  async current(q: Queryable, vaultId: string): Promise<VaultFacts> {
    const running = this.#pending.get(vaultId);
    const next = (running ?? Promise.resolve(undefined))
      .catch(() => undefined)
      .then(() => this.#refresh(q, vaultId));
    this.#pending.set(vaultId, next);
    try {
      return await next;
    } finally {
      if (this.#pending.get(vaultId) === next) this.#pending.delete(vaultId);
    }
  }

  async #refresh(q: Queryable, vaultId: string): Promise<VaultFacts> {
    const facts = this.#vaults.get(vaultId) ?? new VaultFacts();
    this.#vaults.delete(vaultId);
    this.#vaults.set(vaultId, facts); // most recently used last
    for (const [oldest] of this.#vaults) {
      if (this.#vaults.size <= MAX_VAULTS) break;
      this.#vaults.delete(oldest);
    }
    const register = await registerFingerprint(q);
    if (register !== facts.register) facts.setRegister(register, await registerEntries(q));
    // Every stamp up to the latest committed one is final (migration 0012).
    const { seq: latest, linkRun } = await latestState(q, vaultId);
    while (BigInt(facts.seq) < BigInt(latest)) {
      const rows = await changedRecords(q, vaultId, facts.seq, latest, PAGE);
      facts.apply(rows);
      if (rows.length < PAGE) facts.seq = latest;
    }
    // A run is written with its assignments in one transaction and never changed (migration
    // 0014): once its number is seen, all of it can be read, at any later time.
    if (linkRun !== facts.linkRun) facts.setLinkage(await readLinkage(q, vaultId, facts, linkRun));
    return facts;
  }
}

/** Every assignment of linkage run `run` (none for null), page by page, numbered for `facts`. */
const readLinkage = async (
  q: Queryable,
  vaultId: string,
  facts: VaultFacts,
  run: number | null,
) => {
  const linkage = facts.linkageOf(run);
  if (run === null) return linkage;
  for (let after = FIRST_RECORD_ID; ;) {
    const page = await linkAssignments(q, vaultId, run, after, LINK_PAGE);
    linkage.add(page);
    const last = page.at(-1);
    if (last === undefined || page.length < LINK_PAGE) return linkage;
    after = last.recordId;
  }
};
