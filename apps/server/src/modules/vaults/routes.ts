import {
  changeRoleRequestSchema,
  createVaultRequestSchema,
  ErrorCode,
  inviteRequestSchema,
  memberListResponseSchema,
  memberParamsSchema,
  memberSchema,
  vaultListResponseSchema,
  vaultParamsSchema,
  rotateVaultRequestSchema,
  vaultSettingsRequestSchema,
  vaultSummarySchema,
  VigilError,
} from '@vigil/core';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { defineRoute } from '../../http/route';
import { signedIn } from '../identity/routes';
import type { MembershipRow } from './repository';
import { rotateVault } from './use-cases/rotation';
import { changeRole, inviteMember, membersOf, removeMember, type Actor } from './use-cases/members';
import {
  acceptVault,
  createVault,
  getVault,
  listVaults,
  setVaultSettings,
} from './use-cases/vaults';

/** The authorised member behind a vault route (set by `authorise` before the handler runs). */
const actorOf = (membership: MembershipRow | null): Actor => {
  if (membership === null)
    throw new VigilError(ErrorCode.forbidden, 'Your role does not allow this.');
  return { accountId: membership.account_id, role: membership.role };
};

/** Vaults and their members. */
export const registerVaultRoutes = (app: FastifyInstance, deps: AppDeps): void => {
  defineRoute(app, deps, 'vaultCreate', {
    summary: 'Create a vault whose key, name and profile the client sealed',
    body: createVaultRequestSchema,
    response: vaultSummarySchema,
    status: 201,
    handler: ({ caller, body }) => createVault(deps, signedIn(caller).accountId, body),
  });

  defineRoute(app, deps, 'vaultList', {
    summary: 'Vaults the caller belongs to or is invited to',
    response: vaultListResponseSchema,
    handler: async ({ caller }) => ({ vaults: await listVaults(deps, signedIn(caller).accountId) }),
  });

  defineRoute(app, deps, 'vaultGet', {
    summary: 'One vault',
    params: vaultParamsSchema,
    response: vaultSummarySchema,
    handler: ({ caller, params }) => getVault(deps, signedIn(caller).accountId, params.vaultId),
  });

  defineRoute(app, deps, 'vaultRotate', {
    summary:
      'Make a new vault key for the remaining members (after a removal, or when one is compromised)',
    params: vaultParamsSchema,
    body: rotateVaultRequestSchema,
    response: vaultSummarySchema,
    handler: ({ caller, params, body }) =>
      rotateVault(deps, signedIn(caller).accountId, params.vaultId, body),
  });

  defineRoute(app, deps, 'vaultSettings', {
    summary: 'Choose which sensitive record fields the vault stores as coded (owners, admins)',
    params: vaultParamsSchema,
    body: vaultSettingsRequestSchema,
    response: vaultSummarySchema,
    handler: ({ caller, params, body }) =>
      setVaultSettings(deps, signedIn(caller).accountId, params.vaultId, body),
  });

  defineRoute(app, deps, 'memberList', {
    summary: 'Members and pending invitations of a vault',
    params: vaultParamsSchema,
    response: memberListResponseSchema,
    handler: async ({ params }) => ({ members: await membersOf(deps, params.vaultId) }),
  });

  defineRoute(app, deps, 'memberInvite', {
    summary:
      "Invite an account with the vault key sealed to its public key by the inviter's client",
    params: vaultParamsSchema,
    body: inviteRequestSchema,
    response: memberSchema,
    status: 201,
    handler: ({ membership, params, body }) =>
      inviteMember(deps, actorOf(membership), params.vaultId, body),
  });

  defineRoute(app, deps, 'invitationAccept', {
    summary: "Accept the caller's pending invitation",
    params: vaultParamsSchema,
    response: vaultSummarySchema,
    handler: ({ caller, params }) => acceptVault(deps, signedIn(caller).accountId, params.vaultId),
  });

  defineRoute(app, deps, 'memberChangeRole', {
    summary: "Change a member's role",
    params: memberParamsSchema,
    body: changeRoleRequestSchema,
    status: 204,
    handler: ({ membership, params, body }) =>
      changeRole(deps, actorOf(membership), params.vaultId, params.accountId, body.role),
  });

  defineRoute(app, deps, 'memberRemove', {
    summary: 'Remove a member or withdraw an invitation',
    params: memberParamsSchema,
    status: 204,
    handler: ({ membership, params }) =>
      removeMember(deps, actorOf(membership), params.vaultId, params.accountId),
  });
};
