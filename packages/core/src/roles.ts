import { z } from 'zod';

/** Vault roles, most to least powerful. */
export const roles = ['owner', 'admin', 'documenter', 'analyst', 'viewer'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

const everyone: readonly Role[] = roles;
const admins: readonly Role[] = ['owner', 'admin'];
/** Those who document: they write records; analysts and viewers only read them. */
const writers: readonly Role[] = ['owner', 'admin', 'documenter'];

/**
 * The declarative vault policy: for each action, the roles allowed to do it. The server checks it
 * before loading data, the web app uses it to hide what a user cannot do, and the authorisation
 * matrix test walks it. Actions not listed here do not exist.
 */
export const vaultPolicy = {
  'vault.read': everyone,
  /** Which sensitive fields the vault stores as coded (what the server may read). */
  'vault.settings': admins,
  /** A new vault key for the remaining members (after a removal, or when one is compromised). */
  'vault.rotate': admins,
  'members.list': everyone,
  'members.invite': admins,
  'members.changeRole': admins,
  'members.remove': admins,
  'audit.read': admins,
  'records.read': everyone,
  'records.write': writers,
  'records.delete': writers,
  /** Open evidence files and their custody; viewing or downloading one adds a custody event. */
  'evidence.read': everyone,
  /** Upload evidence files (originals and working copies). */
  'evidence.write': writers,
} as const satisfies Record<string, readonly Role[]>;
export type VaultAction = keyof typeof vaultPolicy;

/** True when a member with `role` may perform `action` in the vault. */
export const can = (role: Role, action: VaultAction): boolean =>
  (vaultPolicy[action] as readonly Role[]).includes(role);

/** Roles a member holding `actor` may grant or take away (only owners touch owners and admins). */
export const assignableRoles = (actor: Role): readonly Role[] =>
  actor === 'owner' ? roles : actor === 'admin' ? ['documenter', 'analyst', 'viewer'] : [];
