import type { VaultId } from '@vigil/core';
import { useQuery } from '@tanstack/react-query';
import { useClient } from '../../app/session';

// Opened (decrypted) evidence metadata sits under ['records', vaultId, …] with the records, so
// the session's clearing of the cache on lock and sign-out removes it too.
export const evidenceKeys = {
  all: (vaultId: VaultId) => ['records', vaultId, 'evidence'] as const,
  linked: (vaultId: VaultId, recordId: string) =>
    ['records', vaultId, 'evidence', 'linked', recordId] as const,
  custody: (vaultId: VaultId, id: string) =>
    ['records', vaultId, 'evidence', 'custody', id] as const,
};

/** The evidence linked to a record, its metadata opened (first 500: one record rarely has more). */
export function useLinkedEvidence(vaultId: VaultId, recordId: string) {
  const client = useClient();
  return useQuery({
    queryKey: evidenceKeys.linked(vaultId, recordId),
    queryFn: () => client.evidence.list(vaultId, { linkedTo: recordId, limit: 500 }),
  });
}

/**
 * An item's custody events, each signature and link checked on this device, and the intake's
 * file hash against the one in the item's sealed metadata when it has one.
 */
export function useCustody(vaultId: VaultId, id: string, sha256: string | undefined) {
  const client = useClient();
  return useQuery({
    queryKey: evidenceKeys.custody(vaultId, id),
    queryFn: () => client.evidence.verify(vaultId, id, sha256),
  });
}
