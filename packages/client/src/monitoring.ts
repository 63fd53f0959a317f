import type {
  AlertsResponse,
  FacilityOverview,
  FacilityOverviewQuery,
  FacilityStats,
  FacilityStatsQuery,
  VaultId,
} from '@vigil/core';
import type { ClientContext } from './context';

/** What the vault's records say about one facility (coded data; open names with records.get). */
export const facilityOverview = (
  ctx: ClientContext,
  vaultId: VaultId,
  facilityId: string,
  query: FacilityOverviewQuery = {},
): Promise<FacilityOverview> =>
  ctx.transport.call('facilityOverview', { params: { vaultId, facilityId }, query });

/** One count per facility, for a map coloured by it. */
export const facilityStats = (
  ctx: ClientContext,
  vaultId: VaultId,
  query: FacilityStatsQuery = {},
): Promise<FacilityStats> => ctx.transport.call('facilityStats', { params: { vaultId }, query });

/** The vault's alerts on a day (today by default). */
export const listAlerts = (
  ctx: ClientContext,
  vaultId: VaultId,
  on?: string,
): Promise<AlertsResponse> =>
  ctx.transport.call('alertList', { params: { vaultId }, query: on === undefined ? {} : { on } });
