import {
  ErrorCode,
  VigilError,
  type CreateVaultRequest,
  type VaultSettingsRequest,
  type VaultSummary,
} from '@vigil/core';
import type { AppDeps } from '../../../deps';
import type { Queryable } from '../../audit/repository';
import {
  acceptInvitation,
  insertVault,
  listVaultsFor,
  updateAlertSettings,
  updateRecordSettings,
} from '../repository';
import { keyChainsOf } from '../rotation-repository';
import { toVaultSummary } from '../views';

/** One vault as `accountId` sees it; the caller has been authorised already. */
export const summaryFor = async (
  q: Queryable,
  accountId: string,
  vaultId: string,
): Promise<VaultSummary> => {
  const [row] = await listVaultsFor(q, accountId, vaultId);
  if (!row) throw new VigilError(ErrorCode.notFound, 'Not found.');
  const chains = await keyChainsOf(q, [vaultId]);
  return toVaultSummary(row, chains.get(vaultId) ?? []);
};

/** Creates a vault whose key, name and profile the client sealed; the creator becomes owner. */
export const createVault = (
  deps: AppDeps,
  accountId: string,
  input: CreateVaultRequest,
): Promise<VaultSummary> =>
  deps.audit.run(async (uow) => {
    const existing = await uow.trx
      .selectFrom('vaults')
      .select('id')
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (existing) throw new VigilError(ErrorCode.conflict, 'This vault id is taken.');
    await insertVault(uow, {
      id: input.id,
      creator: accountId,
      name: input.name,
      keyVersion: input.keyVersion,
      wrappedKey: input.wrappedKey,
      profile: input.profile,
      at: deps.clock(),
    });
    return summaryFor(uow.trx, accountId, input.id);
  });

/** Every vault the account belongs to or is invited to. */
export const listVaults = (deps: AppDeps, accountId: string): Promise<VaultSummary[]> =>
  deps.db.cached(`vaults:${accountId}`, async () => {
    const rows = await listVaultsFor(deps.db.kysely, accountId);
    const chains = await keyChainsOf(
      deps.db.kysely,
      rows.map((r) => r.id),
    );
    return rows.map((row) => toVaultSummary(row, chains.get(row.id) ?? []));
  });

/** One vault the caller may read. */
export const getVault = (
  deps: AppDeps,
  accountId: string,
  vaultId: string,
): Promise<VaultSummary> => summaryFor(deps.db.kysely, accountId, vaultId);

/** Accepts the caller's pending invitation. */
export const acceptVault = (
  deps: AppDeps,
  accountId: string,
  vaultId: string,
): Promise<VaultSummary> =>
  deps.audit.run(async (uow) => {
    await acceptInvitation(uow, vaultId, accountId);
    return summaryFor(uow.trx, accountId, vaultId);
  });

/**
 * Changes which sensitive fields the vault stores as coded (owners and admins). Records saved
 * before keep each field on the side they were saved with until they are saved again.
 */
export const setVaultSettings = (
  deps: AppDeps,
  accountId: string,
  vaultId: string,
  input: VaultSettingsRequest,
): Promise<VaultSummary> =>
  deps.audit.run(async (uow) => {
    await updateRecordSettings(uow, {
      vaultId,
      actor: accountId,
      codedSensitiveFields: input.recordSettings.codedSensitiveFields,
    });
    if (input.alertSettings !== undefined) {
      await updateAlertSettings(uow, { vaultId, actor: accountId, settings: input.alertSettings });
    }
    return summaryFor(uow.trx, accountId, vaultId);
  });
