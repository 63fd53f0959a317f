import type { LinkDecision, LinkDecisionRequest, LinkRunRequest, VaultId } from '@vigil/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useClient } from '../../app/session';
import { idPairKey } from './model/review';
import { personCard, type PersonCard } from './model/people';

// Under the vault's `records` key: the session's clearing of the cache on lock takes these too,
// and a record saved anywhere refreshes the counts.
export const linkageKeys = {
  all: (vaultId: VaultId) => ['records', vaultId, 'linkage'] as const,
  summary: (vaultId: VaultId) => ['records', vaultId, 'linkage', 'summary'] as const,
  decisions: (vaultId: VaultId) => ['records', vaultId, 'linkage', 'decisions'] as const,
  history: (vaultId: VaultId) => ['records', vaultId, 'linkage', 'history'] as const,
  runs: (vaultId: VaultId) => ['records', vaultId, 'linkage', 'runs'] as const,
  latest: (vaultId: VaultId) => ['records', vaultId, 'linkage', 'latest'] as const,
};

/** The server's count of people (from cluster ids) and of decisions. */
export function useLinkageSummary(vaultId: VaultId) {
  const client = useClient();
  return useQuery({
    queryKey: linkageKeys.summary(vaultId),
    queryFn: () => client.linkage.summary(vaultId),
  });
}

/** The current decision of each decided pair. */
export function useDecisions(vaultId: VaultId) {
  const client = useClient();
  return useQuery({
    queryKey: linkageKeys.decisions(vaultId),
    queryFn: () => client.linkage.decisions(vaultId),
  });
}

/** Every decision ever stored, newest first. */
export function useDecisionHistory(vaultId: VaultId) {
  const client = useClient();
  return useQuery({
    queryKey: linkageKeys.history(vaultId),
    queryFn: () => client.linkage.decisions(vaultId, { history: true }),
  });
}

/** The saved runs, newest first. */
export function useRuns(vaultId: VaultId) {
  const client = useClient();
  return useQuery({
    queryKey: linkageKeys.runs(vaultId),
    queryFn: () => client.linkage.runs(vaultId),
  });
}

/** The latest saved run with its assignments (null before the first save). */
export function useLatestRun(vaultId: VaultId) {
  const client = useClient();
  return useQuery({
    queryKey: linkageKeys.latest(vaultId),
    queryFn: () => client.linkage.latestRun(vaultId),
  });
}

/** The current decisions with one pair's new decision in place (a withdrawn pair taken out). */
export const withDecision = (
  list: readonly LinkDecision[] | undefined,
  decision: LinkDecision,
): LinkDecision[] => {
  const key = idPairKey(decision.recordA, decision.recordB);
  const rest = (list ?? []).filter((d) => idPairKey(d.recordA, d.recordB) !== key);
  return decision.decision === 'withdrawn' ? rest : [decision, ...rest];
};

/**
 * Stores decisions one after the other (a split or a merge is several); the list of current
 * decisions is updated in place so the queue moves on at once, then the rest is asked again.
 */
export function useDecide(vaultId: VaultId) {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (requests: readonly LinkDecisionRequest[]): Promise<LinkDecision[]> => {
      const stored: LinkDecision[] = [];
      for (const request of requests) {
        const decision = await client.linkage.decide(vaultId, request);
        stored.push(decision);
        queryClient.setQueryData<LinkDecision[]>(linkageKeys.decisions(vaultId), (list) =>
          withDecision(list, decision),
        );
      }
      return stored;
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: linkageKeys.history(vaultId) }),
        queryClient.invalidateQueries({ queryKey: linkageKeys.summary(vaultId) }),
      ]),
  });
}

/** Saves a run; the summary, runs and latest run are asked again. */
export function useSaveRun(vaultId: VaultId) {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (run: LinkRunRequest) => client.linkage.saveRun(vaultId, run),
    onSuccess: () => refreshRuns(queryClient, vaultId),
  });
}

/** Restores an earlier run as the newest one. */
export function useRestoreRun(vaultId: VaultId) {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (number: number) => client.linkage.restoreRun(vaultId, number),
    onSuccess: () => refreshRuns(queryClient, vaultId),
  });
}

/** Asks the server again for what a saved or restored run changes. */
export const refreshRuns = (
  queryClient: ReturnType<typeof useQueryClient>,
  vaultId: VaultId,
): Promise<unknown> =>
  Promise.all(
    [linkageKeys.summary, linkageKeys.runs, linkageKeys.latest].map((key) =>
      queryClient.invalidateQueries({ queryKey: key(vaultId) }),
    ),
  );

/** Person records opened on this device, page by page. */
export type PeopleLoad =
  | { readonly status: 'loading'; readonly done: number }
  | { readonly status: 'done'; readonly cards: readonly PersonCard[] }
  | { readonly status: 'failed'; readonly error: unknown };

/** Pages of this size are asked for (the server's most). */
const PAGE = 1000;

/**
 * Opens every live person record of the vault, reporting how many are open so far. A new
 * `attempt` starts again (after a failure, or to see records added since).
 */
export function usePersonRecords(vaultId: VaultId, attempt: number): PeopleLoad {
  const client = useClient();
  const [state, setState] = useState<PeopleLoad>({ status: 'loading', done: 0 });
  useEffect(() => {
    let stopped = false;
    setState({ status: 'loading', done: 0 });
    const load = async () => {
      const cards: PersonCard[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await client.records.list(vaultId, 'person', {
          limit: PAGE,
          ...(after === undefined ? {} : { after }),
        });
        if (stopped) return;
        for (const r of page.records) if (!r.deleted) cards.push(personCard(r.id, r.data));
        setState({ status: 'loading', done: cards.length });
        if (page.next === null) break;
        after = page.next;
      }
      setState({ status: 'done', cards });
    };
    load().catch((error: unknown) => {
      if (!stopped) setState({ status: 'failed', error });
    });
    return () => {
      stopped = true;
    };
  }, [client, vaultId, attempt]);
  return state;
}
