import {
  expertValueInputSchema,
  expertValueListQuerySchema,
  expertValueListResponseSchema,
  expertValueParamsSchema,
  expertValueSchema,
  riskIndexQuerySchema,
  riskIndexResponseSchema,
  vaultParamsSchema,
} from '@vigil/core';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { defineRoute } from '../../http/route';
import { memberActor } from '../vaults/member-actor';
import { deleteExpertValue, listExpertValues, putExpertValue } from './expert';
import { riskIndex } from './use-cases';

/** The torture-risk index of a vault, and the expert values it takes besides the records. */
export const registerRiskIndexRoutes = (app: FastifyInstance, deps: AppDeps): void => {
  defineRoute(app, deps, 'riskIndex', {
    summary:
      'The torture-risk index at one level: scores with 95 % intervals, ranks, pillars, sensitivity',
    params: vaultParamsSchema,
    query: riskIndexQuerySchema,
    response: riskIndexResponseSchema,
    handler: ({ params, query }) => riskIndex(deps, params.vaultId, query),
  });

  defineRoute(app, deps, 'riskIndexExpertList', {
    summary: 'Expert values of the risk index (evidence is stored in plaintext)',
    params: vaultParamsSchema,
    query: expertValueListQuerySchema,
    response: expertValueListResponseSchema,
    handler: ({ params, query }) => listExpertValues(deps, params.vaultId, query),
  });

  defineRoute(app, deps, 'riskIndexExpertPut', {
    summary:
      'Enter or change an expert value for an indicator, unit and period (evidence in plaintext: never name a person)',
    params: vaultParamsSchema,
    body: expertValueInputSchema,
    response: expertValueSchema,
    handler: ({ membership, params, body }) =>
      putExpertValue(deps, memberActor(membership), params.vaultId, body),
  });

  defineRoute(app, deps, 'riskIndexExpertDelete', {
    summary: 'Remove an expert value (kept as a version, audited)',
    params: expertValueParamsSchema,
    status: 204,
    handler: ({ membership, params }) =>
      deleteExpertValue(deps, memberActor(membership), params.vaultId, params.valueId),
  });
};
