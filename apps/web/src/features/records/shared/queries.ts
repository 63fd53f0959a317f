import type { RecordListOptions, RecordPage, RecordView, VigilClient } from '@vigil/client';
import type { RecordKind, VaultId } from '@vigil/core';
import {
  useInfiniteQuery,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useClient } from '../../../app/session';
import { personName } from './display';
import { incomingFieldsOf, namingRecords } from './relations';

// Query keys in one place. Everything under ['records', vaultId] holds opened (decrypted) data;
// the session clears the whole cache on lock and sign-out.
export const recordKeys = {
  all: (vaultId: VaultId) => ['records', vaultId] as const,
  list: (vaultId: VaultId, kind: RecordKind, options: object) =>
    ['records', vaultId, 'list', kind, options] as const,
  one: (vaultId: VaultId, id: string) => ['records', vaultId, 'one', id] as const,
  history: (vaultId: VaultId, id: string) => ['records', vaultId, 'history', id] as const,
  linked: (vaultId: VaultId, id: string) => ['records', vaultId, 'linked', id] as const,
};

/** Page size of lists. */
export const PAGE_SIZE = 50;
/** Largest number of records read to find the ones naming a record (client-side join). */
export const LINK_SCAN_LIMIT = 5000;

/** One kind's records page by page ("load more"), each page opened on this device. */
export function useRecordList(
  vaultId: VaultId,
  kind: RecordKind,
  options: Omit<RecordListOptions, 'after' | 'limit'>,
) {
  const client = useClient();
  return useInfiniteQuery({
    queryKey: recordKeys.list(vaultId, kind, options),
    queryFn: ({ pageParam }) =>
      client.records.list(vaultId, kind, {
        ...options,
        limit: PAGE_SIZE,
        ...(pageParam === null ? {} : { after: pageParam }),
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.next,
  });
}

/** One record, opened. */
export function useRecord(vaultId: VaultId, id: string) {
  const client = useClient();
  return useQuery({
    queryKey: recordKeys.one(vaultId, id),
    queryFn: () => client.records.get(vaultId, id),
  });
}

/** Records by id (for names in summaries and links); each cached with the record page's key. */
export function useRecordsById(vaultId: VaultId, ids: readonly string[]) {
  const client = useClient();
  const unique = [...new Set(ids)];
  const results = useQueries({
    queries: unique.map((id) => ({
      queryKey: recordKeys.one(vaultId, id),
      queryFn: () => client.records.get(vaultId, id),
      retry: false,
    })),
  });
  const byId = new Map<string, RecordView>();
  const failed = new Set<string>();
  unique.forEach((id, i) => {
    const result = results[i];
    if (result?.data !== undefined) byId.set(id, result.data);
    if (result?.isError === true) failed.add(id);
  });
  return { byId, failed };
}

/** The display names of the people among `ids`, once opened. */
export function usePeopleNames(vaultId: VaultId, ids: readonly string[]) {
  const { byId } = useRecordsById(vaultId, ids);
  return (id: string): string | undefined => {
    const view = byId.get(id);
    return view?.kind === 'person' ? personName(view.data) : undefined;
  };
}

/** Every record of a kind (up to LINK_SCAN_LIMIT), deleted ones left out. */
const listAll = async (
  client: VigilClient,
  vaultId: VaultId,
  kind: RecordKind,
  options: Omit<RecordListOptions, 'after' | 'limit'> = {},
): Promise<RecordView[]> => {
  const all: RecordView[] = [];
  let after: string | null = null;
  do {
    const page: RecordPage<RecordKind> = await client.records.list(vaultId, kind, {
      ...options,
      limit: 1000,
      ...(after === null ? {} : { after }),
    });
    // A page of one kind holds views of that kind: the union view type says the same.
    all.push(...(page.records as RecordView[]));
    after = page.next;
  } while (after !== null && all.length < LINK_SCAN_LIMIT);
  return all;
};

/**
 * The records naming this one (a person's detentions, incidents, sources, findings…): the other
 * side of each relation, asked of the server with the `linkedTo` filter for each kind that can
 * point here, and checked on this device.
 */
export function useLinkedRecords(vaultId: VaultId, kind: RecordKind, id: string) {
  const client = useClient();
  return useQuery({
    queryKey: recordKeys.linked(vaultId, id),
    queryFn: async () => {
      const kinds = [...new Set(incomingFieldsOf(kind).map((f) => f.kind))];
      // The server finds the records naming this one (filter linkedTo); the ids are checked
      // again here, so a wrong answer cannot link a record that does not name it.
      const lists = await Promise.all(
        kinds.map((k) => listAll(client, vaultId, k, { filter: { linkedTo: id } })),
      );
      return namingRecords(lists.flat(), kind, id);
    },
  });
}

/** Every version of a record, opened. */
export function useRecordHistory(vaultId: VaultId, id: string) {
  const client = useClient();
  return useQuery({
    queryKey: recordKeys.history(vaultId, id),
    queryFn: () => client.records.history(vaultId, id),
  });
}

/** Deletes (soft) or restores a record; lists, the record and its history are refreshed. */
export function useSetDeleted(vaultId: VaultId, id: string) {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deleted: boolean) =>
      deleted ? client.records.delete(vaultId, id) : client.records.restore(vaultId, id),
    onSuccess: (view) => {
      queryClient.setQueryData(recordKeys.one(vaultId, id), view);
      return queryClient.invalidateQueries({ queryKey: recordKeys.all(vaultId) });
    },
  });
}
