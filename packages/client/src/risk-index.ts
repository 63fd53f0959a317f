import type {
  ExpertValue,
  ExpertValueInput,
  ExpertValueListQuery,
  RiskIndexQuery,
  RiskIndexResponse,
  VaultId,
} from '@vigil/core';
import type { ClientContext } from './context';

/**
 * The torture-risk index of a vault at one level (coded records and expert values; unit labels
 * are the caller's: region names from core's REGIONS, facility names from the register).
 */
export const computeRiskIndex = (
  ctx: ClientContext,
  vaultId: VaultId,
  query: RiskIndexQuery = {},
): Promise<RiskIndexResponse> => ctx.transport.call('riskIndex', { params: { vaultId }, query });

/** The vault's expert values, narrowed by level, indicator or unit. */
export const listExpertValues = async (
  ctx: ClientContext,
  vaultId: VaultId,
  query: ExpertValueListQuery = {},
): Promise<ExpertValue[]> =>
  (await ctx.transport.call('riskIndexExpertList', { params: { vaultId }, query })).values;

/**
 * Enters an expert value, or changes the live one with the same indicator, unit and period. Its
 * evidence is stored in plaintext on the server: laws and public facts only, never a person.
 */
export const putExpertValue = (
  ctx: ClientContext,
  vaultId: VaultId,
  value: ExpertValueInput,
): Promise<ExpertValue> =>
  ctx.transport.call('riskIndexExpertPut', { params: { vaultId }, body: value });

/** Removes an expert value (the server keeps it as a version). */
export const deleteExpertValue = async (
  ctx: ClientContext,
  vaultId: VaultId,
  valueId: string,
): Promise<void> => {
  await ctx.transport.call('riskIndexExpertDelete', { params: { vaultId, valueId } });
};
