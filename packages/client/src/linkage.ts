import type {
  LinkageSummary,
  LinkDecision,
  LinkDecisionRequest,
  LinkPatternsRequest,
  LinkPatternsResponse,
  LinkRunRequest,
  LinkRunResponse,
  LinkRunSummary,
  VaultId,
} from '@vigil/core';
import type { ClientContext } from './context';
import { isApiError } from './errors';

/**
 * Record linkage on the server (issue 7): what the reviewers decided about pairs of person records
 * and which records are one person, as ids and random cluster ids only. Linkage itself runs here,
 * on decrypted names (@vigil/analytics); nothing of a name is ever sent.
 */

/**
 * Stores a reviewer's decision on a pair of person records (the server orders the pair).
 * `withdrawn` takes the pair's current decision back. Audited on the vault's chain.
 */
export const decideLink = async (
  ctx: ClientContext,
  vaultId: VaultId,
  decision: LinkDecisionRequest,
): Promise<LinkDecision> =>
  (await ctx.transport.call('linkDecisionCreate', { params: { vaultId }, body: decision }))
    .decision;

/**
 * The current decision of each decided pair (withdrawn ones left out); with `history`, every
 * decision ever stored, newest first.
 */
export const listLinkDecisions = async (
  ctx: ClientContext,
  vaultId: VaultId,
  options: { history?: boolean } = {},
): Promise<LinkDecision[]> =>
  (
    await ctx.transport.call('linkDecisionList', {
      params: { vaultId },
      query: options.history === true ? { history: '1' } : {},
    })
  ).decisions;

/**
 * Saves the result of a linkage run: each person record's cluster id (`newClusterId()` of core,
 * random, never derived from a name). `basedOn` is the latest run the client started from (null
 * before the first): the server refuses with `stale_link_run` (409) when another was saved since.
 */
export const saveLinkRun = async (
  ctx: ClientContext,
  vaultId: VaultId,
  run: LinkRunRequest,
): Promise<LinkRunSummary> =>
  (await ctx.transport.call('linkRunCreate', { params: { vaultId }, body: run })).run;

/** The vault's runs, newest first, without their assignments. */
export const listLinkRuns = async (
  ctx: ClientContext,
  vaultId: VaultId,
): Promise<LinkRunSummary[]> =>
  (await ctx.transport.call('linkRunList', { params: { vaultId } })).runs;

/** The latest run with its assignments; null when the vault has none yet. */
export const latestLinkRun = async (
  ctx: ClientContext,
  vaultId: VaultId,
): Promise<LinkRunResponse | null> => {
  try {
    return await ctx.transport.call('linkRunLatest', { params: { vaultId } });
  } catch (error) {
    if (isApiError(error, 'not_found')) return null;
    throw error;
  }
};

/** One run with its assignments (`not_found` when there is no such run). */
export const getLinkRun = (
  ctx: ClientContext,
  vaultId: VaultId,
  number: number,
): Promise<LinkRunResponse> => ctx.transport.call('linkRunGet', { params: { vaultId, number } });

/**
 * Restores an earlier run as a new latest one (its assignments copied): how a merge, a split or a
 * whole save is reversed. Audited.
 */
export const restoreLinkRun = async (
  ctx: ClientContext,
  vaultId: VaultId,
  number: number,
): Promise<LinkRunSummary> =>
  (await ctx.transport.call('linkRunRestore', { params: { vaultId, number } })).run;

/** How many people the vault's person records are, counted by the server from cluster ids. */
export const linkageSummary = (ctx: ClientContext, vaultId: VaultId): Promise<LinkageSummary> =>
  ctx.transport.call('linkageSummary', { params: { vaultId } });

/**
 * The overlap pattern of lists (source organisations, material types or connections) over the
 * people of the latest run, per stratum: the input of multiple systems estimation.
 */
export const linkPatterns = (
  ctx: ClientContext,
  vaultId: VaultId,
  request: LinkPatternsRequest,
): Promise<LinkPatternsResponse> =>
  ctx.transport.call('linkPatterns', { params: { vaultId }, body: request });
