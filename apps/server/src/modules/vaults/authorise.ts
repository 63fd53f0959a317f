import {
  ErrorCode,
  INSTANCE_CHAIN,
  VigilError,
  can,
  routes,
  type RouteName,
  type VaultAction,
} from '@vigil/core';
import type { Db } from '../../platform/db';
import { findMembership, writesInSomeVault, type MembershipRow } from './repository';

/** What the route table says a route needs, parsed. */
export type RouteAuth =
  | { kind: 'none' }
  | { kind: 'account' }
  | { kind: 'invitee' }
  /** Writes to the shared registers (facilities): an active writer in at least one vault. */
  | { kind: 'register' }
  | { kind: 'vault'; action: VaultAction };

/** Parses a route's `auth` entry from the shared table. */
export const routeAuth = (name: RouteName): RouteAuth => {
  const auth: string = routes[name].auth;
  if (auth === 'none' || auth === 'account' || auth === 'invitee' || auth === 'register') {
    return { kind: auth };
  }
  return { kind: 'vault', action: auth.slice('vault:'.length) as VaultAction };
};

/** The vault a request is about: its `vaultId`, or the `chain` when that names a vault. */
export const vaultIdOf = (params: unknown): string | null => {
  const p = (params ?? {}) as { vaultId?: unknown; chain?: unknown };
  if (typeof p.vaultId === 'string') return p.vaultId;
  if (typeof p.chain === 'string' && p.chain !== INSTANCE_CHAIN) return p.chain;
  return null;
};

// The same answer for "no such vault" and "not yours": existence is not revealed.
const notFound = () => new VigilError(ErrorCode.notFound, 'Not found.');

/**
 * THE authorisation step for vault routes, run before any vault data is loaded: loads the caller's
 * membership and checks it against `vaultPolicy`. Non-members get 404; members whose role lacks the
 * action, and invitees who have not accepted, get 403; invitation routes need a pending invitation.
 * The instance audit chain is open to every signed-in account (it holds only ids and codes).
 */
export const authorise = async (
  db: Db,
  auth: RouteAuth,
  accountId: string,
  params: unknown,
): Promise<MembershipRow | null> => {
  if (auth.kind === 'none' || auth.kind === 'account') return null;
  if (auth.kind === 'register') {
    if (!(await writesInSomeVault(db.kysely, accountId))) {
      throw new VigilError(
        ErrorCode.forbidden,
        'Only those who document in a vault (owner, admin or documenter) may change the register.',
      );
    }
    return null;
  }
  const vaultId = vaultIdOf(params);
  if (vaultId === null) return null;
  const membership = await db.cached(`membership:${vaultId}:${accountId}`, () =>
    findMembership(db.kysely, vaultId, accountId),
  );
  if (!membership) throw notFound();
  if (auth.kind === 'invitee') {
    if (membership.status !== 'invited') {
      throw new VigilError(ErrorCode.alreadyMember, 'You are already a member of this vault.');
    }
    return membership;
  }
  if (membership.status !== 'active' || !can(membership.role, auth.action)) {
    throw new VigilError(ErrorCode.forbidden, 'Your role does not allow this.');
  }
  return membership;
};
