import type {
  Facility,
  FacilityCreateBody,
  FacilityImportBody,
  FacilityImportResponse,
  FacilityListQuery,
  FacilityListResponse,
  FacilityUpdateBody,
} from '@vigil/core';
import type { ClientContext } from './context';

/** Every facility of the register that matches, page after page (the register is small). */
export const listFacilities = async (
  ctx: ClientContext,
  query: Omit<FacilityListQuery, 'after' | 'limit'> = {},
): Promise<Facility[]> => {
  const out: Facility[] = [];
  let after: string | null = null;
  do {
    const page: FacilityListResponse = await ctx.transport.call('facilityList', {
      query: { ...query, limit: 2000, ...(after === null ? {} : { after }) },
    });
    out.push(...page.facilities);
    after = page.next;
  } while (after !== null);
  return out;
};

export const getFacility = (ctx: ClientContext, facilityId: string): Promise<Facility> =>
  ctx.transport.call('facilityGet', { params: { facilityId } });

export const createFacility = (ctx: ClientContext, body: FacilityCreateBody): Promise<Facility> =>
  ctx.transport.call('facilityCreate', { body });

export const updateFacility = (
  ctx: ClientContext,
  facilityId: string,
  body: FacilityUpdateBody,
): Promise<Facility> => ctx.transport.call('facilityUpdate', { params: { facilityId }, body });

export const mergeFacility = (
  ctx: ClientContext,
  facilityId: string,
  into: string,
): Promise<Facility> =>
  ctx.transport.call('facilityMerge', { params: { facilityId }, body: { into } });

export const importFacilities = (
  ctx: ClientContext,
  body: FacilityImportBody,
): Promise<FacilityImportResponse> => ctx.transport.call('facilityImport', { body });
