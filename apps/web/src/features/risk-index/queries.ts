import type { ExpertValueInput, RiskIndexLevel, RiskIndexQuery, VaultId } from '@vigil/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useClient } from '../../app/session';

// Under the vault's `records` key: a record saved anywhere refreshes the index computed from
// records, and the session's clearing of the cache on lock takes these too.
export const riskIndexKeys = {
  all: (vaultId: VaultId) => ['records', vaultId, 'risk-index'] as const,
  index: (vaultId: VaultId, query: RiskIndexQuery) =>
    ['records', vaultId, 'risk-index', 'index', query] as const,
  experts: (vaultId: VaultId, level: RiskIndexLevel) =>
    ['records', vaultId, 'risk-index', 'experts', level] as const,
};

/** The index of the vault for a query; the last answer stays on screen while a new one comes. */
export function useRiskIndex(vaultId: VaultId, query: RiskIndexQuery) {
  const client = useClient();
  return useQuery({
    queryKey: riskIndexKeys.index(vaultId, query),
    queryFn: () => client.riskIndex.compute(vaultId, query),
    placeholderData: keepPreviousData,
  });
}

/** The vault's expert values of one level. */
export function useExpertValues(vaultId: VaultId, level: RiskIndexLevel) {
  const client = useClient();
  return useQuery({
    queryKey: riskIndexKeys.experts(vaultId, level),
    queryFn: () => client.riskIndex.expert.list(vaultId, { level }),
  });
}

/** Enters or changes an expert value; the index and the list are asked again. */
export function usePutExpertValue(vaultId: VaultId) {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (value: ExpertValueInput) => client.riskIndex.expert.put(vaultId, value),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: riskIndexKeys.all(vaultId) }),
  });
}

/** Removes an expert value. */
export function useDeleteExpertValue(vaultId: VaultId) {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (valueId: string) => client.riskIndex.expert.delete(vaultId, valueId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: riskIndexKeys.all(vaultId) }),
  });
}
