import type { VaultView } from '@vigil/client';
import { can, type VaultId } from '@vigil/core';
import { useCallback, useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useSession } from '../../app/session';
import { useVaults } from './queries';

/**
 * The vault that pages outside a vault (a facility's page, the map, alerts) show their vault
 * sections for: the one named in the address (`?vault=`), else the one last opened on this
 * device, else the first by name. Only the vault's id is remembered (in localStorage, per
 * account): it names no one.
 */

const storageKey = (accountId: string) => `vigil.currentVault.${accountId}`;

/** The vault id remembered for an account, if any (storage may be unavailable). */
export const rememberedVault = (accountId: string, storage?: Storage): string | null => {
  try {
    return (storage ?? window.localStorage).getItem(storageKey(accountId));
  } catch {
    return null;
  }
};

/** Remembers the vault last used by an account on this device. */
export const rememberVault = (accountId: string, vaultId: string, storage?: Storage): void => {
  try {
    (storage ?? window.localStorage).setItem(storageKey(accountId), vaultId);
  } catch {
    // Private mode or full storage: the choice is simply not remembered.
  }
};

/** The vaults a member can read records of (active memberships), by name. */
export const readableVaults = (vaults: readonly VaultView[]): VaultView[] =>
  vaults
    .filter((v) => v.status === 'active' && can(v.role, 'records.read'))
    .sort((a, b) => a.name.localeCompare(b.name));

/** Which vault to show: the one asked for, else the remembered one, else the first; or none. */
export const chooseVault = (
  vaults: readonly VaultView[],
  asked: string | null,
  remembered: string | null,
): VaultView | undefined =>
  vaults.find((v) => v.id === asked) ?? vaults.find((v) => v.id === remembered) ?? vaults[0];

/** The current vault of the page and a way to change it (kept in the address and remembered). */
export function useCurrentVault() {
  const { account } = useSession();
  const vaults = useVaults();
  const [params, setParams] = useSearchParams();
  const readable = readableVaults(vaults.data ?? []);
  const accountId = account?.id ?? '';
  const current = chooseVault(
    readable,
    params.get('vault'),
    accountId === '' ? null : rememberedVault(accountId),
  );
  const choose = useCallback(
    (vaultId: VaultId) => {
      if (accountId !== '') rememberVault(accountId, vaultId);
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          next.set('vault', vaultId);
          return next;
        },
        { replace: true },
      );
    },
    [accountId, setParams],
  );
  return { vaults, readable, current, choose };
}

/** Remembers the vault a page belongs to as the current one (vault pages call it). */
export function useRememberVault(vaultId: VaultId): void {
  const { account } = useSession();
  const accountId = account?.id;
  useEffect(() => {
    if (accountId !== undefined) rememberVault(accountId, vaultId);
  }, [accountId, vaultId]);
}
