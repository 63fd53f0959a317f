import type {
  Facility,
  FacilityCreateBody,
  FacilityImportBody,
  FacilityUpdateBody,
} from '@vigil/core';
import { can } from '@vigil/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useClient } from '../../app/session';
import { useVaults } from '../vaults/queries';

// Query keys in one place, so invalidation cannot drift from the queries.
export const facilityKeys = {
  all: ['facilities'] as const,
  list: ['facilities', 'list'] as const,
  one: (id: string) => ['facilities', 'one', id] as const,
};

/** The whole register (merged facilities left out); it is small, so filters run here. */
export function useFacilities() {
  const client = useClient();
  return useQuery({ queryKey: facilityKeys.list, queryFn: () => client.facilities.list() });
}

/** One facility, merged ones included (their page says where they went). */
export function useFacility(id: string, enabled = true) {
  const client = useClient();
  return useQuery({
    queryKey: facilityKeys.one(id),
    queryFn: () => client.facilities.get(id),
    enabled,
  });
}

/** The register by id (merged facilities are not in the list: look those up one by one). */
export function useFacilityIndex(): ReadonlyMap<string, Facility> | undefined {
  const list = useFacilities();
  return useMemo(
    () => (list.data === undefined ? undefined : new Map(list.data.map((f) => [f.id, f]))),
    [list.data],
  );
}

/**
 * Whether the user may write the register: the server allows it to active owners, admins and
 * documenters of at least one vault (route auth `register`), so the same is read from the vault
 * list. Write actions are hidden while the list loads or for everyone else.
 */
export function useMayWriteRegister(): boolean {
  const vaults = useVaults();
  return (vaults.data ?? []).some((v) => v.status === 'active' && can(v.role, 'records.write'));
}

export function useCreateFacility() {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FacilityCreateBody) => client.facilities.create(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: facilityKeys.all }),
  });
}

export function useUpdateFacility(id: string) {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FacilityUpdateBody) => client.facilities.update(id, body),
    onSuccess: (facility) => {
      queryClient.setQueryData(facilityKeys.one(id), facility);
      return queryClient.invalidateQueries({ queryKey: facilityKeys.list });
    },
  });
}

export function useMergeFacility(id: string) {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (into: string) => client.facilities.merge(id, into),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: facilityKeys.all }),
  });
}

export function useImportFacilities() {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FacilityImportBody) => client.facilities.import(body),
    onSuccess: (result) =>
      result.dryRun ? undefined : queryClient.invalidateQueries({ queryKey: facilityKeys.all }),
  });
}
