import type {
  AlertSettings,
  FacilityOverviewQuery,
  FacilityStatsQuery,
  VaultId,
} from '@vigil/core';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useClient } from '../../app/session';
import { vaultKeys } from '../vaults/queries';

// Under the vault's `records` key: a record saved anywhere refreshes what is computed from records,
// and the session's clearing of the cache on lock takes these too.
export const monitoringKeys = {
  overview: (vaultId: VaultId, facilityId: string, query: FacilityOverviewQuery) =>
    ['records', vaultId, 'monitoring', 'overview', facilityId, query] as const,
  stats: (vaultId: VaultId, query: FacilityStatsQuery) =>
    ['records', vaultId, 'monitoring', 'stats', query] as const,
  alerts: (vaultId: VaultId) => ['records', vaultId, 'monitoring', 'alerts'] as const,
};

/** What the vault's records say about one facility (coded data: ids, codes, counts). */
export function useFacilityOverview(
  vaultId: VaultId | undefined,
  facilityId: string,
  query: FacilityOverviewQuery,
) {
  const client = useClient();
  return useQuery({
    queryKey: monitoringKeys.overview(vaultId ?? ('' as VaultId), facilityId, query),
    queryFn: () => client.monitoring.overview(vaultId as VaultId, facilityId, query),
    enabled: vaultId !== undefined,
  });
}

/** One count per facility of the vault, for the map (nothing is asked without a vault). */
export function useFacilityStats(vaultId: VaultId | undefined, query: FacilityStatsQuery) {
  const client = useClient();
  return useQuery({
    queryKey: monitoringKeys.stats(vaultId ?? ('' as VaultId), query),
    queryFn: () => client.monitoring.stats(vaultId as VaultId, query),
    enabled: vaultId !== undefined,
  });
}

/** The vault's alerts today. */
export function useAlerts(vaultId: VaultId | undefined) {
  const client = useClient();
  return useQuery({
    queryKey: monitoringKeys.alerts(vaultId ?? ('' as VaultId)),
    queryFn: () => client.monitoring.alerts(vaultId as VaultId),
    enabled: vaultId !== undefined,
  });
}

/** The alerts of several vaults at once (the navigation's badge counts them all). */
export function useAlertsOf(vaultIds: readonly VaultId[]) {
  const client = useClient();
  return useQueries({
    queries: vaultIds.map((vaultId) => ({
      queryKey: monitoringKeys.alerts(vaultId),
      queryFn: () => client.monitoring.alerts(vaultId),
      // A badge is not worth an error message or a retry storm; the alerts page shows errors.
      retry: false,
      staleTime: 60_000,
    })),
  });
}

/** Changes when the vault's alerts are raised (owners and admins). */
export function useSetAlertSettings(vaultId: VaultId) {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: Partial<AlertSettings>) =>
      client.vaults.setAlertSettings(vaultId, settings),
    onSuccess: async (view) => {
      queryClient.setQueryData(vaultKeys.one(vaultId), view);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: vaultKeys.list }),
        queryClient.invalidateQueries({ queryKey: monitoringKeys.alerts(vaultId) }),
      ]);
    },
  });
}
