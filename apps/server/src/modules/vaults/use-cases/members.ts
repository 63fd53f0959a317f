import {
  ErrorCode,
  VigilError,
  assignableRoles,
  type InviteRequest,
  type Member,
  type Role,
} from '@vigil/core';
import type { AppDeps } from '../../../deps';
import {
  countOwners,
  deleteMember,
  findMembership,
  insertInvitation,
  listMembers,
  updateRole,
  vaultKeyVersion,
  vaultRecordContext,
} from '../repository';
import { toMember } from '../views';

/** The authorised caller: their account and role in the vault. */
export interface Actor {
  readonly accountId: string;
  readonly role: Role;
}

const forbidden = () => new VigilError(ErrorCode.forbidden, 'Your role does not allow this.');
const notFound = () => new VigilError(ErrorCode.notFound, 'Not found.');
const lastOwner = () =>
  new VigilError(ErrorCode.lastOwner, 'A vault must keep at least one owner.');

/** Members of a vault. */
export const membersOf = async (deps: AppDeps, vaultId: string): Promise<Member[]> =>
  (await listMembers(deps.db.kysely, vaultId)).map(toMember);

/**
 * Invites an existing account with a vault key the inviter's client sealed for it. Only owners
 * hand out owner and admin; the key must be of the vault's current version.
 */
export const inviteMember = (
  deps: AppDeps,
  actor: Actor,
  vaultId: string,
  input: InviteRequest,
): Promise<Member> =>
  deps.audit.run(async (uow) => {
    if (!assignableRoles(actor.role).includes(input.role)) throw forbidden();
    const vault = await vaultRecordContext(uow.trx, vaultId);
    if (vault === null) throw notFound();
    if (vault.rotationRequired) {
      throw new VigilError(
        ErrorCode.staleKeyVersion,
        'A member left this vault: an admin must make a new vault key before inviting anyone.',
      );
    }
    const current = vault.keyVersion;
    const account = await uow.trx
      .selectFrom('accounts')
      .select('id')
      .where('id', '=', input.accountId)
      .executeTakeFirst();
    if (!account) throw notFound();
    if (await findMembership(uow.trx, vaultId, input.accountId)) {
      throw new VigilError(ErrorCode.alreadyMember, 'This account is already a member.');
    }
    if (input.keyVersion !== current) {
      throw new VigilError(
        ErrorCode.staleKeyVersion,
        'The vault key has changed; reload and retry.',
      );
    }
    await insertInvitation(uow, {
      vaultId,
      accountId: input.accountId,
      role: input.role,
      keyVersion: input.keyVersion,
      wrappedKey: input.wrappedKey,
      profile: input.profile,
      invitedBy: actor.accountId,
      at: deps.clock(),
    });
    const row = (await listMembers(uow.trx, vaultId)).find((m) => m.account_id === input.accountId);
    if (!row) throw notFound();
    return toMember(row);
  });

/** Changes a member's role; owners alone touch owners and admins, and the last owner stays. */
export const changeRole = (
  deps: AppDeps,
  actor: Actor,
  vaultId: string,
  accountId: string,
  role: Role,
): Promise<void> =>
  deps.audit.run(async (uow) => {
    await vaultKeyVersion(uow.trx, vaultId); // locks the vault row: owner counts stay true
    const target = await findMembership(uow.trx, vaultId, accountId, true);
    if (!target) throw notFound();
    const allowed = assignableRoles(actor.role);
    if (!allowed.includes(target.role) || !allowed.includes(role)) throw forbidden();
    if (target.role === role) return;
    if (
      target.role === 'owner' &&
      target.status === 'active' &&
      (await countOwners(uow.trx, vaultId)) <= 1
    ) {
      throw lastOwner();
    }
    await updateRole(uow, {
      vaultId,
      accountId,
      from: target.role,
      to: role,
      actor: actor.accountId,
    });
  });

/** Removes a member (or withdraws an invitation); the last owner cannot be removed. */
export const removeMember = (
  deps: AppDeps,
  actor: Actor,
  vaultId: string,
  accountId: string,
): Promise<void> =>
  deps.audit.run(async (uow) => {
    await vaultKeyVersion(uow.trx, vaultId);
    const target = await findMembership(uow.trx, vaultId, accountId, true);
    if (!target) throw notFound();
    if (!assignableRoles(actor.role).includes(target.role)) throw forbidden();
    if (
      target.role === 'owner' &&
      target.status === 'active' &&
      (await countOwners(uow.trx, vaultId)) <= 1
    ) {
      throw lastOwner();
    }
    await deleteMember(uow, { vaultId, accountId, actor: actor.accountId });
  });
