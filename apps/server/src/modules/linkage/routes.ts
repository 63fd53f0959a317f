import {
  linkageSummarySchema,
  linkDecisionListQuerySchema,
  linkDecisionListResponseSchema,
  linkDecisionRequestSchema,
  linkDecisionResponseSchema,
  linkPatternsRequestSchema,
  linkPatternsResponseSchema,
  linkRunCreatedResponseSchema,
  linkRunListResponseSchema,
  linkRunParamsSchema,
  linkRunRequestSchema,
  linkRunResponseSchema,
  vaultParamsSchema,
} from '@vigil/core';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { defineRoute } from '../../http/route';
import { memberActor } from '../vaults/member-actor';
import { linkPatterns } from './patterns';
import {
  decideLink,
  getRun,
  listDecisions,
  listLinkRuns,
  restoreRun,
  saveRun,
  summary,
} from './use-cases';

/** Record linkage kept as ids: decisions on pairs, runs of cluster ids, people and patterns. */
export const registerLinkageRoutes = (app: FastifyInstance, deps: AppDeps): void => {
  defineRoute(app, deps, 'linkDecisionCreate', {
    summary:
      'Store a reviewer decision on a pair of person records (match, non-match, unsure; withdrawn takes it back)',
    params: vaultParamsSchema,
    body: linkDecisionRequestSchema,
    response: linkDecisionResponseSchema,
    status: 201,
    handler: ({ membership, params, body }) =>
      decideLink(deps, memberActor(membership), params.vaultId, body),
  });

  defineRoute(app, deps, 'linkDecisionList', {
    summary: 'The current decision of each pair, or with history=1 every decision, newest first',
    params: vaultParamsSchema,
    query: linkDecisionListQuerySchema,
    response: linkDecisionListResponseSchema,
    handler: ({ params, query }) => listDecisions(deps, params.vaultId, query),
  });

  defineRoute(app, deps, 'linkRunCreate', {
    summary:
      'Save a linkage run: each person record’s pseudonymous cluster id (409 stale_link_run when basedOn is not the latest run)',
    params: vaultParamsSchema,
    body: linkRunRequestSchema,
    response: linkRunCreatedResponseSchema,
    status: 201,
    handler: ({ membership, params, body }) =>
      saveRun(deps, memberActor(membership), params.vaultId, body),
  });

  defineRoute(app, deps, 'linkRunList', {
    summary: 'The linkage runs of the vault, newest first, without assignments',
    params: vaultParamsSchema,
    response: linkRunListResponseSchema,
    handler: ({ params }) => listLinkRuns(deps, params.vaultId),
  });

  defineRoute(app, deps, 'linkRunLatest', {
    summary: 'The latest linkage run with its assignments (404 when there is none)',
    params: vaultParamsSchema,
    response: linkRunResponseSchema,
    handler: ({ params }) => getRun(deps, params.vaultId, null),
  });

  defineRoute(app, deps, 'linkRunGet', {
    summary: 'One linkage run with its assignments',
    params: linkRunParamsSchema,
    response: linkRunResponseSchema,
    handler: ({ params }) => getRun(deps, params.vaultId, params.number),
  });

  defineRoute(app, deps, 'linkRunRestore', {
    summary: 'Restore an earlier run as a new latest run (how merges and splits are undone)',
    params: linkRunParamsSchema,
    response: linkRunCreatedResponseSchema,
    status: 201,
    handler: ({ membership, params }) =>
      restoreRun(deps, memberActor(membership), params.vaultId, params.number),
  });

  defineRoute(app, deps, 'linkageSummary', {
    summary: 'How many people the person records are, counted from cluster ids',
    params: vaultParamsSchema,
    response: linkageSummarySchema,
    handler: ({ params }) => summary(deps, params.vaultId),
  });

  defineRoute(app, deps, 'linkPatterns', {
    summary:
      'The overlap pattern of lists (source organisations, material types, connections) over the people, per stratum',
    params: vaultParamsSchema,
    body: linkPatternsRequestSchema,
    response: linkPatternsResponseSchema,
    handler: ({ params, body }) => linkPatterns(deps, params.vaultId, body),
  });
};
