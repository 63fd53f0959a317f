import type { UserKeys, VaultKey } from '@vigil/crypto';
import { lockedError } from './errors';

/** Kinds of secret material a test observer may see (see `KeyMaterialObserver`). */
export type KeyMaterialKind = 'master-key' | 'wrap-key' | 'vault-key' | 'private-key';

/**
 * Test-only hook: called with each secret the client derives or opens, so a test can prove that
 * none of it ever appears in a request. Production code passes nothing.
 */
export type KeyMaterialObserver = (kind: KeyMaterialKind, bytes: Uint8Array) => void;

/**
 * Holds the unlocked account keys and the opened vault keys in memory only. Nothing here is ever
 * persisted or serialised; `lock()` drops every reference. Internal to the package.
 */
export class KeyStore {
  #userKeys: UserKeys | null = null;
  readonly #vaultKeys = new Map<string, Map<number, VaultKey>>();

  /** Keeps the opened private keys; vault keys from an earlier unlock are dropped. */
  unlock(keys: UserKeys): void {
    this.lock();
    this.#userKeys = keys;
  }

  /** Forgets every key. Byte arrays are zeroed so copies we own do not linger. */
  lock(): void {
    if (this.#userKeys !== null) {
      this.#userKeys.encryption.privateKey.fill(0);
      this.#userKeys.signing.privateKey.fill(0);
    }
    for (const ring of this.#vaultKeys.values()) for (const key of ring.values()) key.bytes.fill(0);
    this.#userKeys = null;
    this.#vaultKeys.clear();
  }

  /** True while the private keys are in memory. */
  isUnlocked(): boolean {
    return this.#userKeys !== null;
  }

  /** The account keys; throws `locked` when they are not in memory. */
  userKeys(): UserKeys {
    if (this.#userKeys === null) throw lockedError();
    return this.#userKeys;
  }

  /** The cached keys of a vault, by version (empty when none was opened yet). */
  vaultKeyring(vaultId: string): ReadonlyMap<number, VaultKey> {
    return this.#vaultKeys.get(vaultId) ?? new Map<number, VaultKey>();
  }

  /** Caches one opened vault key version. Requires the store to be unlocked. */
  addVaultKey(vaultId: string, key: VaultKey): void {
    if (this.#userKeys === null) throw lockedError();
    let ring = this.#vaultKeys.get(vaultId);
    if (ring === undefined) {
      ring = new Map();
      this.#vaultKeys.set(vaultId, ring);
    }
    ring.set(key.version, key);
  }
}
