import {
  publicationQuerySchema,
  publicationSchema,
  statsQuerySchema,
  statsRecordsBodySchema,
  statsRecordsResponseSchema,
  statsResponseSchema,
  vaultParamsSchema,
} from '@vigil/core';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { defineRoute } from '../../http/route';
import { statistics, statisticsPublication, statisticsRecords } from './use-cases';

/** Statistics over a vault's incidents, and the records behind each figure. */
export const registerStatisticsRoutes = (app: FastifyInstance, deps: AppDeps): void => {
  defineRoute(app, deps, 'statsQuery', {
    summary: 'Incidents and distinct victims by one or two dimensions, from coded data',
    params: vaultParamsSchema,
    body: statsQuerySchema,
    response: statsResponseSchema,
    handler: async ({ params, body }) => statistics(deps, params.vaultId, body),
  });

  defineRoute(app, deps, 'statsRecords', {
    summary: 'The incidents behind one figure of a statistic',
    params: vaultParamsSchema,
    body: statsRecordsBodySchema,
    response: statsRecordsResponseSchema,
    handler: async ({ params, body }) => statisticsRecords(deps, params.vaultId, body),
  });

  defineRoute(app, deps, 'statsPublication', {
    summary: 'Public statistics: tables in which no figure is about fewer than k people',
    params: vaultParamsSchema,
    query: publicationQuerySchema,
    response: publicationSchema,
    handler: async ({ params, query }) => statisticsPublication(deps, params.vaultId, query),
  });
};
