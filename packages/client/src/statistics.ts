import type {
  StatsQuery,
  StatsRecordsBody,
  StatsRecordsResponse,
  StatsResponse,
  VaultId,
} from '@vigil/core';
import type { ClientContext } from './context';

/** Incidents and distinct victims of the vault by one or two dimensions (coded data). */
export const statistics = (
  ctx: ClientContext,
  vaultId: VaultId,
  query: StatsQuery,
): Promise<StatsResponse> => ctx.transport.call('statsQuery', { params: { vaultId }, body: query });

/** The ids of the incidents behind one figure (open them with records.get). */
export const statisticsRecords = (
  ctx: ClientContext,
  vaultId: VaultId,
  body: StatsRecordsBody,
): Promise<StatsRecordsResponse> =>
  ctx.transport.call('statsRecords', { params: { vaultId }, body });
