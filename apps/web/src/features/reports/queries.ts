import type { RecordViewOf } from '@vigil/client';
import type { VaultId } from '@vigil/core';
import { useQuery } from '@tanstack/react-query';
import { useClient } from '../../app/session';

/** The most people the picker lists (opened here; the page says when there are more). */
export const PEOPLE_LIMIT = 1000;

/**
 * The vault's people for the picker, names opened on this device. Under the vault's `records`
 * key, so the session's clearing of the cache on lock takes them too.
 */
export function usePeople(vaultId: VaultId, enabled: boolean) {
  const client = useClient();
  return useQuery({
    queryKey: ['records', vaultId, 'reports', 'people'] as const,
    queryFn: async (): Promise<{ people: RecordViewOf<'person'>[]; more: boolean }> => {
      const page = await client.records.list(vaultId, 'person', { limit: PEOPLE_LIMIT });
      return { people: page.records, more: page.next !== null };
    },
    enabled,
  });
}
