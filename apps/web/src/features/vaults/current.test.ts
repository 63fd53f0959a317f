import type { VaultView } from '@vigil/client';
import type { VaultId } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import { chooseVault, readableVaults, rememberedVault, rememberVault } from './current';

const vault = (name: string, over: Partial<VaultView> = {}): VaultView =>
  ({
    id: `id-${name}` as VaultId,
    name,
    role: 'documenter',
    status: 'active',
    keyVersion: 1,
    createdAt: '2026-01-01T00:00:00Z',
    ...over,
  }) as VaultView;

const memoryStorage = (): Storage => {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
    key: () => null,
    get length() {
      return map.size;
    },
  };
};

describe('the current vault', () => {
  const list = readableVaults([
    vault('Zeta'),
    vault('Alpha'),
    vault('Invited', { status: 'invited' }),
  ]);

  it('is chosen among active vaults, by name', () => {
    expect(list.map((v) => v.name)).toEqual(['Alpha', 'Zeta']);
  });

  it('is the one in the address, else the one remembered, else the first', () => {
    expect(chooseVault(list, 'id-Zeta', 'id-Alpha')?.name).toBe('Zeta');
    expect(chooseVault(list, 'id-gone', 'id-Zeta')?.name).toBe('Zeta');
    expect(chooseVault(list, null, null)?.name).toBe('Alpha');
    expect(chooseVault([], null, null)).toBeUndefined();
  });

  it('is remembered per account on this device, by id only', () => {
    const storage = memoryStorage();
    rememberVault('acc1', 'id-Zeta', storage);
    expect(rememberedVault('acc1', storage)).toBe('id-Zeta');
    expect(rememberedVault('acc2', storage)).toBeNull();
  });
});
