import type { AccountId, Role, VaultId } from '@vigil/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useClient } from '../../app/session';

// Query keys in one place, so invalidation cannot drift from the queries.
export const vaultKeys = {
  list: ['vaults'] as const,
  one: (vaultId: VaultId) => ['vaults', vaultId] as const,
  members: (vaultId: VaultId) => ['vaults', vaultId, 'members'] as const,
};

/** The vaults the user belongs to or is invited to, names opened. */
export function useVaults() {
  const client = useClient();
  return useQuery({ queryKey: vaultKeys.list, queryFn: () => client.vaults.list() });
}

/** One vault as the user sees it. */
export function useVault(vaultId: VaultId) {
  const client = useClient();
  return useQuery({ queryKey: vaultKeys.one(vaultId), queryFn: () => client.vaults.get(vaultId) });
}

/** The members of a vault, their e-mails opened on this device. */
export function useMembers(vaultId: VaultId, enabled = true) {
  const client = useClient();
  return useQuery({
    queryKey: vaultKeys.members(vaultId),
    queryFn: () => client.vaults.members(vaultId),
    enabled,
  });
}

/** Creates a vault (key made and name sealed here). */
export function useCreateVault() {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; email: string }) => client.vaults.create(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vaultKeys.list }),
  });
}

/** Accepts an invitation to a vault. */
export function useAcceptInvitation() {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vaultId: VaultId) => client.vaults.accept(vaultId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vaultKeys.list }),
  });
}

/** Invites an existing account by e-mail (the vault key is sealed to them here). */
export function useInvite(vaultId: VaultId) {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; role: Role }) => client.vaults.invite(vaultId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vaultKeys.members(vaultId) }),
  });
}

/** Changes a member's role. */
export function useChangeRole(vaultId: VaultId) {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { accountId: AccountId; role: Role }) =>
      client.vaults.changeRole(vaultId, input.accountId, input.role),
    onSettled: () => queryClient.invalidateQueries({ queryKey: vaultKeys.members(vaultId) }),
  });
}

/** Removes a member from a vault. */
export function useRemoveMember(vaultId: VaultId) {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (accountId: AccountId) => client.vaults.remove(vaultId, accountId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vaultKeys.members(vaultId) }),
  });
}
