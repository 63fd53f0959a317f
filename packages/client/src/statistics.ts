import type {
  PublicationQuery,
  PublicationResponse,
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

/** Tables of the vault safe to publish: no figure about fewer than k people (see @vigil/analytics). */
export const statisticsPublication = (
  ctx: ClientContext,
  vaultId: VaultId,
  query: PublicationQuery = {},
): Promise<PublicationResponse> =>
  ctx.transport.call('statsPublication', { params: { vaultId }, query });
