import type { AccountId, AlertSettings, RecordSettings, Role, VaultId } from '@vigil/core';

/** Membership state: invited members can already open the vault name, not yet act in it. */
export type MembershipStatus = 'invited' | 'active';

/**
 * A vault as the signed-in member sees it, with its name opened. The sealed server shape is
 * `VaultSummary` (core); only this view carries plaintext, and it never goes back to the server.
 */
export interface VaultView {
  readonly id: VaultId;
  readonly name: string;
  readonly role: Role;
  readonly status: MembershipStatus;
  readonly keyVersion: number;
  readonly createdAt: string;
  /** Which sensitive record fields this vault stores as coded (the rest of them are sealed). */
  readonly recordSettings: RecordSettings;
  /** When the vault's alerts are raised. */
  readonly alertSettings: AlertSettings;
  /** A member left and no new key was made yet: an owner or admin must rotate before new work. */
  readonly rotationRequired: boolean;
}

/** A vault member with their sealed profile opened (the sealed shape is `Member` in core). */
export interface MemberView {
  readonly accountId: AccountId;
  readonly email: string;
  readonly role: Role;
  readonly status: MembershipStatus;
  readonly createdAt: string;
}

/** The outcome of checking an audit chain end to end; a failure names the first bad event. */
export type AuditVerifyResult =
  | { readonly ok: true; readonly events: number; readonly head: string }
  | { readonly ok: false; readonly seq: number; readonly reason: string };
