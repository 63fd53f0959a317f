import type { AccountView, KdfParams } from '@vigil/core';
import type { AuditHeadStore } from './audit-heads';
import type { KeyMaterialKind, KeyMaterialObserver, KeyStore } from './keystore';
import type { Transport } from './transport';

/** The state one client instance shares between its use cases. Internal to the package. */
export interface ClientContext {
  readonly transport: Transport;
  readonly keys: KeyStore;
  /** KDF parameters for new accounts (DEFAULT_KDF unless a test lowers them explicitly). */
  readonly kdf: KdfParams;
  readonly auditHeads: AuditHeadStore;
  /** Distinguishes servers in the audit head store. */
  readonly serverLabel: string;
  /** Reports secret material to the test-only observer (a copy, so zeroing ours is safe). */
  observe(kind: KeyMaterialKind, bytes: Uint8Array): void;
  account: AccountView | null;
}

/** Wraps an optional observer so callers need not check for it. */
export const observerOf =
  (observer: KeyMaterialObserver | undefined) =>
  (kind: KeyMaterialKind, bytes: Uint8Array): void => {
    observer?.(kind, bytes.slice());
  };
