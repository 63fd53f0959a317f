// Test-only: what the client tests with a fake transport share — an unlocked context holding the
// vault keys, and the vault summary fields the sealing path reads.
import type { KdfParams } from '@vigil/core';
import type { UserKeys, VaultKey } from '@vigil/crypto';
import { createMemoryAuditHeadStore } from './audit-heads';
import type { ClientContext } from './context';
import { KeyStore } from './keystore';
import type { Transport } from './transport';

/** Argon2id at its schema minimum: nothing in these tests derives a password. */
export const TEST_KDF: KdfParams = {
  algorithm: 'argon2id',
  memoryKiB: 8192,
  iterations: 1,
  parallelism: 1,
};

/** A transport whose only behaviour is `call`, as the fake servers of the tests define it. */
export const fakeTransport = (call: Transport['call']): Transport => ({
  mode: 'cli',
  token: () => 't',
  setToken: () => undefined,
  setCsrfToken: () => undefined,
  call,
  upload: () => Promise.reject(new Error('the fake transport sends no raw bytes')),
  download: () => Promise.reject(new Error('the fake transport reads no raw bytes')),
});

/** A client context unlocked with `userKeys`, holding `vaultKeys` by vault id. */
export const unlockedContext = (
  transport: Transport,
  userKeys: UserKeys,
  vaultKeys: Readonly<Record<string, VaultKey>>,
): ClientContext => {
  const keys = new KeyStore();
  keys.unlock(userKeys);
  for (const [vaultId, key] of Object.entries(vaultKeys)) keys.addVaultKey(vaultId, key);
  return {
    transport,
    keys,
    kdf: TEST_KDF,
    auditHeads: createMemoryAuditHeadStore(),
    serverLabel: 'fake',
    observe: () => undefined,
    account: null,
  };
};

/** The vault summary fields a fake `vaultGet` answers: key version 1, no chain, default settings. */
export const fakeVaultSummary = (id: string, keyVersion = 1) => ({
  id,
  keyVersion,
  wrappedKeyVersion: keyVersion,
  keyChain: [],
  recordSettings: { codedSensitiveFields: [] },
});
