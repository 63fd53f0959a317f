import type { LinkPatternsRequest, VaultId } from '@vigil/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useClient } from '../../app/session';

// Under the vault's `records` key: a record saved anywhere refreshes the patterns counted from
// records, and the session's clearing of the cache on lock takes these too.
export const estimationKeys = {
  summary: (vaultId: VaultId) => ['records', vaultId, 'linkage', 'summary'] as const,
  patterns: (vaultId: VaultId, request: LinkPatternsRequest) =>
    ['records', vaultId, 'linkage', 'patterns', request] as const,
};

/** How many people the vault's person records are, and the linkage run they come from. */
export function useLinkageSummary(vaultId: VaultId) {
  const client = useClient();
  return useQuery({
    queryKey: estimationKeys.summary(vaultId),
    queryFn: () => client.linkage.summary(vaultId),
  });
}

/**
 * The overlap pattern of lists, counted by the server from coded data and cluster ids. The last
 * answer stays on screen while a changed choice is answered.
 */
export function useLinkPatterns(vaultId: VaultId, request: LinkPatternsRequest, enabled = true) {
  const client = useClient();
  return useQuery({
    queryKey: estimationKeys.patterns(vaultId, request),
    queryFn: () => client.linkage.patterns(vaultId, request),
    placeholderData: keepPreviousData,
    enabled,
  });
}
