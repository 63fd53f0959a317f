import {
  ErrorCode,
  VigilError,
  type FieldError,
  type LinkageSummary,
  type LinkDecision,
  type linkDecisionListQuerySchema,
  type linkDecisionRequestSchema,
  type LinkRunResponse,
  type linkRunRequestSchema,
  type LinkRunSummary,
} from '@vigil/core';
import { uuidv7 } from '@vigil/crypto';
import type { z } from 'zod';
import type { AppDeps } from '../../deps';
import { lockChain } from '../audit/repository';
import {
  copyAssignments,
  currentDecisions,
  decisionCounts,
  decisionHistory,
  findRun,
  insertAssignments,
  insertDecision,
  insertRun,
  latestDecisionOf,
  latestRun,
  listRuns,
  peopleCounts,
  recordProblems,
  runAssignments,
  toLinkDecision,
  toLinkRunSummary,
  type RecordProblem,
} from './repository';

type DecisionInput = z.output<typeof linkDecisionRequestSchema>;
type DecisionListQuery = z.output<typeof linkDecisionListQuerySchema>;
type RunInput = z.output<typeof linkRunRequestSchema>;
type Actor = { readonly accountId: string };

/** Field errors listed for the ids of one request; the message says how many more there were. */
const LISTED_PROBLEMS = 20;

const problemText: Record<RecordProblem, string> = {
  missing: 'no record of this vault has this id',
  'not-person': 'this record is not a person record',
  deleted: 'this person record is deleted',
};

/**
 * Stores a reviewer's decision on a pair of person records of the vault, ordered (recordA <
 * recordB). `withdrawn` takes back the pair's current decision (409 when it has none). The audit
 * event carries the two ids, the decision and the probability: nothing else.
 */
export const decideLink = async (
  deps: AppDeps,
  actor: Actor,
  vaultId: string,
  input: DecisionInput,
): Promise<{ decision: LinkDecision }> => {
  const [a, b] =
    input.recordA < input.recordB ? [input.recordA, input.recordB] : [input.recordB, input.recordA];
  const problems = await recordProblems(deps.db.kysely, vaultId, [a, b], 2);
  const fields: FieldError[] = problems
    // A decision on a record deleted since may still be taken back.
    .filter((p) => !(p.problem === 'deleted' && input.decision === 'withdrawn'))
    .map((p) => ({
      path: p.id === input.recordA ? 'body.recordA' : 'body.recordB',
      message: problemText[p.problem],
    }));
  if (fields.length > 0) {
    throw new VigilError(ErrorCode.validationFailed, 'The decision is not valid.', fields);
  }
  const at = deps.clock();
  return deps.audit.run(async (uow) => {
    await lockChain(uow.trx, vaultId);
    if (input.decision === 'withdrawn') {
      const latest = await latestDecisionOf(uow.trx, vaultId, a, b);
      if (latest === undefined || latest.decision === 'withdrawn') {
        throw new VigilError(ErrorCode.conflict, 'This pair has no decision to withdraw.');
      }
    }
    const row = await insertDecision(uow, {
      vault_id: vaultId,
      id: uuidv7(),
      record_a: a,
      record_b: b,
      decision: input.decision,
      probability: input.probability ?? null,
      decided_at: at,
      decided_by: actor.accountId,
    });
    await uow.record({
      chain: vaultId,
      actor: actor.accountId,
      action: 'linkage.decision',
      subjectType: 'link-decision',
      subjectId: row.id,
      data: {
        recordA: a,
        recordB: b,
        decision: input.decision,
        probability: input.probability ?? null,
      },
    });
    return { decision: toLinkDecision(row) };
  });
};

/** The current decision of each pair (withdrawn left out), or with `history=1` every one. */
export const listDecisions = async (
  deps: AppDeps,
  vaultId: string,
  query: DecisionListQuery,
): Promise<{ decisions: LinkDecision[] }> => {
  const rows =
    query.history === '1'
      ? await decisionHistory(deps.db.kysely, vaultId)
      : await currentDecisions(deps.db.kysely, vaultId);
  return { decisions: rows.map(toLinkDecision) };
};

const staleRun = (latest: number | null, basedOn: number | null): VigilError =>
  new VigilError(
    ErrorCode.staleLinkRun,
    latest === null
      ? `There is no run ${basedOn ?? ''} to build on; load the runs again.`
      : `Run ${latest} was saved after run ${basedOn ?? '(none)'} that this one starts from; load it, check it and save again.`,
  );

/**
 * Saves a run: every assignment's record must be a live person record of the vault (refused
 * with a field error per id otherwise, the first 20 listed), and `basedOn` must be the latest run
 * (409 `stale_link_run`). One transaction under the vault's chain lock: all or nothing.
 */
export const saveRun = async (
  deps: AppDeps,
  actor: Actor,
  vaultId: string,
  input: RunInput,
): Promise<{ run: LinkRunSummary }> => {
  const at = deps.clock();
  const clusters = new Set(input.assignments.map((a) => a.clusterId)).size;
  return deps.audit.run(async (uow) => {
    await lockChain(uow.trx, vaultId);
    const latest = (await latestRun(uow.trx, vaultId))?.number ?? null;
    if (input.basedOn !== latest) throw staleRun(latest, input.basedOn);
    const problems = await recordProblems(
      uow.trx,
      vaultId,
      input.assignments.map((a) => a.recordId),
      LISTED_PROBLEMS + 1,
    );
    if (problems.length > 0) {
      const fields = problems.slice(0, LISTED_PROBLEMS).map((p) => ({
        path: `body.assignments.${p.index}.recordId`,
        message: problemText[p.problem],
      }));
      throw new VigilError(
        ErrorCode.validationFailed,
        problems.length > LISTED_PROBLEMS
          ? `More than ${LISTED_PROBLEMS} assignments name records that cannot be linked; the first ${LISTED_PROBLEMS} are listed.`
          : 'Some assignments name records that cannot be linked.',
        fields,
      );
    }
    const number = (latest ?? 0) + 1;
    const run = await insertRun(uow, {
      vault_id: vaultId,
      number,
      based_on: input.basedOn,
      restored_from: null,
      settings: input.settings,
      records: input.assignments.length,
      clusters,
      created_at: at,
      created_by: actor.accountId,
    });
    await insertAssignments(uow, vaultId, number, input.assignments);
    await uow.record({
      chain: vaultId,
      actor: actor.accountId,
      action: 'linkage.run.create',
      subjectType: 'link-run',
      subjectId: String(number),
      data: {
        number,
        basedOn: input.basedOn,
        records: input.assignments.length,
        clusters,
        threshold: input.settings.threshold,
      },
    });
    return { run: toLinkRunSummary(run) };
  });
};

/**
 * Restores run `number` as a new latest run with the same assignments and settings: how a merge,
 * a split or a whole save is undone. Audited.
 */
export const restoreRun = async (
  deps: AppDeps,
  actor: Actor,
  vaultId: string,
  number: number,
): Promise<{ run: LinkRunSummary }> => {
  const at = deps.clock();
  return deps.audit.run(async (uow) => {
    await lockChain(uow.trx, vaultId);
    const source = await findRun(uow.trx, vaultId, number);
    if (source === undefined)
      throw new VigilError(ErrorCode.notFound, `There is no run ${number}.`);
    const latest = (await latestRun(uow.trx, vaultId))?.number ?? number;
    const next = latest + 1;
    const run = await insertRun(uow, {
      vault_id: vaultId,
      number: next,
      based_on: latest,
      restored_from: number,
      settings: source.settings,
      records: source.records,
      clusters: source.clusters,
      created_at: at,
      created_by: actor.accountId,
    });
    await copyAssignments(uow, vaultId, number, next);
    await uow.record({
      chain: vaultId,
      actor: actor.accountId,
      action: 'linkage.run.restore',
      subjectType: 'link-run',
      subjectId: String(next),
      data: {
        number: next,
        basedOn: latest,
        restoredFrom: number,
        records: source.records,
        clusters: source.clusters,
      },
    });
    return { run: toLinkRunSummary(run) };
  });
};

export const listLinkRuns = async (
  deps: AppDeps,
  vaultId: string,
): Promise<{ runs: LinkRunSummary[] }> => ({
  runs: (await listRuns(deps.db.kysely, vaultId)).map(toLinkRunSummary),
});

/** A run (the latest when `number` is null) with its assignments; 404 when there is none. */
export const getRun = async (
  deps: AppDeps,
  vaultId: string,
  number: number | null,
): Promise<LinkRunResponse> => {
  const q = deps.db.kysely;
  const run = number === null ? await latestRun(q, vaultId) : await findRun(q, vaultId, number);
  if (run === undefined) {
    throw new VigilError(
      ErrorCode.notFound,
      number === null ? 'No linkage run has been saved yet.' : `There is no run ${number}.`,
    );
  }
  return {
    run: toLinkRunSummary(run),
    assignments: await runAssignments(q, vaultId, run.number),
  };
};

/**
 * How many people the vault's live person records are: distinct cluster ids of the latest run
 * among them, plus each record without one. Counted from ids alone.
 */
export const summary = async (deps: AppDeps, vaultId: string): Promise<LinkageSummary> => {
  const q = deps.db.kysely;
  const run = await latestRun(q, vaultId);
  const counts = await peopleCounts(q, vaultId, run?.number ?? null);
  return {
    ...counts,
    run: run === undefined ? null : toLinkRunSummary(run),
    decisions: await decisionCounts(q, vaultId),
  };
};
