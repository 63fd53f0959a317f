import { SENSITIVE_FIELDS, type RecordSettings, type VaultId } from '@vigil/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useClient } from '../../app/session';
import { vaultKeys } from './queries';

/** The sensitive fields a vault may expose, in the order the settings show them. */
export const sensitiveFields: readonly string[] = SENSITIVE_FIELDS;

/** Settings with one field exposed (`coded` true) or sealed, in the canonical order. */
export const withField = (
  settings: RecordSettings,
  field: string,
  coded: boolean,
): RecordSettings => {
  const next = new Set(settings.codedSensitiveFields);
  if (coded) next.add(field);
  else next.delete(field);
  return { codedSensitiveFields: sensitiveFields.filter((f) => next.has(f)) };
};

/** Makes a new vault key for the current members (after a removal, or a compromised device). */
export function useRotateKey(vaultId: VaultId) {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => client.vaults.rotateKey(vaultId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vaultKeys.one(vaultId) }),
  });
}

/** Saves which sensitive fields the vault stores as coded. */
export function useSetRecordSettings(vaultId: VaultId) {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: RecordSettings) => client.vaults.setRecordSettings(vaultId, settings),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vaultKeys.one(vaultId) }),
  });
}
