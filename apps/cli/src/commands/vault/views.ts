import type { MemberView, VaultView } from '@vigil/client';
import { formatTable } from '../../output';

/** The stable JSON shape of a vault (documented in `vigil vault --help`). */
export const vaultJson = (v: VaultView) => ({
  id: v.id,
  name: v.name,
  role: v.role,
  status: v.status,
  keyVersion: v.keyVersion,
  createdAt: v.createdAt,
});

/** The stable JSON shape of a member. */
export const memberJson = (m: MemberView) => ({
  accountId: m.accountId,
  email: m.email,
  role: m.role,
  status: m.status,
  createdAt: m.createdAt,
});

/** Vaults as a table for people. */
export const vaultTable = (vaults: readonly VaultView[]): string =>
  vaults.length === 0
    ? 'No vaults.\n'
    : formatTable(
        ['ID', 'NAME', 'ROLE', 'STATUS'],
        vaults.map((v) => [v.id, v.name, v.role, v.status]),
      );

/** Members as a table for people. */
export const memberTable = (members: readonly MemberView[]): string =>
  formatTable(
    ['ACCOUNT', 'EMAIL', 'ROLE', 'STATUS'],
    members.map((m) => [m.accountId, m.email, m.role, m.status]),
  );

export const VAULT_SHAPE =
  '{ "id": string, "name": string, "role": string, "status": "invited"|"active", "keyVersion": number, "createdAt": string }';
export const MEMBER_SHAPE =
  '{ "accountId": string, "email": string, "role": string, "status": "invited"|"active", "createdAt": string }';
