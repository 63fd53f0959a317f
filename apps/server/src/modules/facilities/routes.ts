import {
  facilityCreateBodySchema,
  facilityImportBodySchema,
  facilityImportResponseSchema,
  facilityListQuerySchema,
  facilityListResponseSchema,
  facilityMergeBodySchema,
  facilityParamsSchema,
  facilitySchema,
  facilityUpdateBodySchema,
} from '@vigil/core';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { defineRoute } from '../../http/route';
import { signedIn } from '../identity/routes';
import {
  changeFacility,
  createFacility,
  getFacility,
  importFacilities,
  listFacilityPage,
  mergeFacility,
} from './use-cases';

/** The shared facility register: read by every account, written by those who document. */
export const registerFacilityRoutes = (app: FastifyInstance, deps: AppDeps): void => {
  defineRoute(app, deps, 'facilityList', {
    summary: 'Facilities of the register, by region and type, ordered by id',
    query: facilityListQuerySchema,
    response: facilityListResponseSchema,
    handler: async ({ query }) => listFacilityPage(deps, query),
  });

  defineRoute(app, deps, 'facilityGet', {
    summary: 'One facility',
    params: facilityParamsSchema,
    response: facilitySchema,
    handler: async ({ params }) => getFacility(deps, params.facilityId),
  });

  defineRoute(app, deps, 'facilityCreate', {
    summary: 'Adds a facility; refuses a likely duplicate unless told otherwise',
    body: facilityCreateBodySchema,
    response: facilitySchema,
    status: 201,
    handler: async ({ body, caller }) => createFacility(deps, signedIn(caller).accountId, body),
  });

  defineRoute(app, deps, 'facilityImport', {
    summary: 'Imports facilities all or nothing (or checks them with dryRun)',
    body: facilityImportBodySchema,
    response: facilityImportResponseSchema,
    handler: async ({ body, caller }) => importFacilities(deps, signedIn(caller).accountId, body),
  });

  defineRoute(app, deps, 'facilityUpdate', {
    summary: 'Changes a facility, given the version it was read at',
    params: facilityParamsSchema,
    body: facilityUpdateBodySchema,
    response: facilitySchema,
    handler: async ({ params, body, caller }) =>
      changeFacility(deps, signedIn(caller).accountId, params.facilityId, body),
  });

  defineRoute(app, deps, 'facilityMerge', {
    summary: 'Merges a facility into another (its names become aliases there)',
    params: facilityParamsSchema,
    body: facilityMergeBodySchema,
    response: facilitySchema,
    handler: async ({ params, body, caller }) =>
      mergeFacility(deps, signedIn(caller).accountId, params.facilityId, body.into),
  });
};
