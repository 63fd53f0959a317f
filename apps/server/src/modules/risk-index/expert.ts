import { INDICATORS, type IndicatorDefinition } from '@vigil/analytics';
import {
  ErrorCode,
  VigilError,
  type ExpertValue,
  type expertValueInputSchema,
  type expertValueListQuerySchema,
  type FieldError,
  type RiskIndexLevel,
} from '@vigil/core';
import { uuidv7 } from '@vigil/crypto';
import type { z } from 'zod';
import type { AppDeps } from '../../deps';
import { findFacility } from '../facilities/repository';
import {
  findLiveById,
  findLiveByKey,
  insertExpertRow,
  listExpertRows,
  lockVault,
  toExpertValue,
  updateExpertRow,
  type ExpertRow,
} from './expert-repository';

type ExpertInput = z.output<typeof expertValueInputSchema>;
type ExpertListQuery = z.output<typeof expertValueListQuerySchema>;

const byId = new Map(INDICATORS.map((d) => [d.id, d]));

/** The range of raw values an expert may give: the goalposts, or from 0 for open scales. */
export const scaleOf = (d: IndicatorDefinition): { min: number; max: number } =>
  d.normalisation.kind === 'goalposts'
    ? { min: d.normalisation.min, max: d.normalisation.max }
    : { min: 0, max: Number.POSITIVE_INFINITY };

/**
 * What is wrong with an expert value for the catalogue: an unknown indicator, one computed from
 * records, one not defined at the level, or a value off its scale (ratings and counts are whole
 * numbers). Empty when it may be stored.
 */
export const expertProblems = (v: {
  readonly indicator: string;
  readonly level: RiskIndexLevel;
  readonly value: number;
}): FieldError[] => {
  const d = byId.get(v.indicator);
  if (d === undefined) {
    return [
      { path: 'body.indicator', message: `"${v.indicator}" is not an indicator of the index` },
    ];
  }
  if (d.source !== 'expert') {
    return [
      {
        path: 'body.indicator',
        message: `"${d.id}" is computed from the vault's records, not entered by experts`,
      },
    ];
  }
  if (!d.levels.includes(v.level)) {
    return [
      {
        path: 'body.level',
        message: `"${d.id}" is defined at ${d.levels.join(', ')} level, not ${v.level}`,
      },
    ];
  }
  const { min, max } = scaleOf(d);
  const whole = d.measure === 'scale' || d.measure === 'count';
  if (
    !Number.isFinite(v.value) ||
    v.value < min ||
    v.value > max ||
    (whole && !Number.isInteger(v.value))
  ) {
    return [
      {
        path: 'body.value',
        message: `"${d.id}" takes ${whole ? 'a whole number' : 'a number'} from ${min} to ${max}`,
      },
    ];
  }
  return [];
};

/** The vault's live expert values, narrowed as asked. */
export const listExpertValues = async (
  deps: AppDeps,
  vaultId: string,
  query: ExpertListQuery,
): Promise<{ values: ExpertValue[] }> => {
  const rows = await listExpertRows(deps.db.kysely, vaultId, query);
  return { values: rows.map(toExpertValue) };
};

/**
 * Stores an expert value: a new one, or the next version of the live value with the same
 * indicator, unit and period (409 when `expectedVersion` is given and the value moved on or is
 * gone). A facility must be in the register and not merged away. Audited on the vault's chain.
 */
export const putExpertValue = async (
  deps: AppDeps,
  actor: { accountId: string },
  vaultId: string,
  input: ExpertInput,
): Promise<ExpertValue> => {
  const problems = expertProblems(input);
  if (problems.length > 0) {
    throw new VigilError(ErrorCode.validationFailed, 'The expert value is not valid.', problems);
  }
  if (input.level === 'facility') {
    const facility = await findFacility(deps.db.kysely, input.unit);
    if (facility === undefined) {
      throw new VigilError(ErrorCode.validationFailed, 'The expert value is not valid.', [
        { path: 'body.unit', message: 'no facility of the register has this id' },
      ]);
    }
    if (facility.merged_into !== null) {
      throw new VigilError(ErrorCode.validationFailed, 'The expert value is not valid.', [
        {
          path: 'body.unit',
          message: `this facility was merged into ${facility.merged_into}; rate that one`,
        },
      ]);
    }
  }
  const at = deps.clock();
  return deps.audit.run(async (uow) => {
    await lockVault(uow, vaultId);
    const live = await findLiveByKey(uow, vaultId, input);
    if (input.expectedVersion !== undefined && live?.version !== input.expectedVersion) {
      throw new VigilError(
        ErrorCode.conflict,
        live === undefined
          ? 'This expert value was removed; enter it again.'
          : `This expert value is at version ${live.version} now; reload and retry.`,
      );
    }
    if (live !== undefined) {
      const next: ExpertRow = {
        ...live,
        value: input.value,
        evidence: input.evidence,
        confidence: input.confidence,
        version: live.version + 1,
        updated_at: at,
        updated_by: actor.accountId,
      };
      return toExpertValue(await updateExpertRow(uow, next, 'update'));
    }
    const row: ExpertRow = {
      vault_id: vaultId,
      id: uuidv7(),
      indicator: input.indicator,
      level: input.level,
      unit: input.unit,
      period_from: input.from,
      period_to: input.to,
      value: input.value,
      evidence: input.evidence,
      confidence: input.confidence,
      version: 1,
      deleted_at: null,
      deleted_by: null,
      created_at: at,
      created_by: actor.accountId,
      updated_at: at,
      updated_by: actor.accountId,
    };
    return toExpertValue(await insertExpertRow(uow, row));
  });
};

/** Removes a live expert value (kept, marked deleted, with a version and an audit event). */
export const deleteExpertValue = async (
  deps: AppDeps,
  actor: { accountId: string },
  vaultId: string,
  valueId: string,
): Promise<void> => {
  const at = deps.clock();
  await deps.audit.run(async (uow) => {
    await lockVault(uow, vaultId);
    const live = await findLiveById(uow, vaultId, valueId);
    if (live === undefined) throw new VigilError(ErrorCode.notFound, 'No such expert value.');
    await updateExpertRow(
      uow,
      {
        ...live,
        version: live.version + 1,
        updated_at: at,
        updated_by: actor.accountId,
        deleted_at: at,
        deleted_by: actor.accountId,
      },
      'delete',
    );
  });
};
