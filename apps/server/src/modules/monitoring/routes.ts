import {
  alertsQuerySchema,
  alertsResponseSchema,
  facilityOverviewParamsSchema,
  facilityOverviewQuerySchema,
  facilityOverviewSchema,
  facilityStatsQuerySchema,
  facilityStatsSchema,
  vaultParamsSchema,
} from '@vigil/core';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { defineRoute } from '../../http/route';
import { facilityOverview, facilityStats, listAlerts } from './use-cases';

/** A vault's view of places of detention: facility pages, map values and alerts. */
export const registerMonitoringRoutes = (app: FastifyInstance, deps: AppDeps): void => {
  defineRoute(app, deps, 'facilityOverview', {
    summary:
      'What the vault’s records say about one facility: incidents, detentions, reports, indicators',
    params: facilityOverviewParamsSchema,
    query: facilityOverviewQuerySchema,
    response: facilityOverviewSchema,
    handler: async ({ params, query }) =>
      facilityOverview(deps, params.vaultId, params.facilityId, query),
  });

  defineRoute(app, deps, 'facilityStats', {
    summary: 'One count per facility, for colouring the map',
    params: vaultParamsSchema,
    query: facilityStatsQuerySchema,
    response: facilityStatsSchema,
    handler: async ({ params, query }) => facilityStats(deps, params.vaultId, query),
  });

  defineRoute(app, deps, 'alertList', {
    summary: 'People held incommunicado, transfers to unknown places, clusters of incidents',
    params: vaultParamsSchema,
    query: alertsQuerySchema,
    response: alertsResponseSchema,
    handler: async ({ params, query }) => listAlerts(deps, params.vaultId, query.on),
  });
};
