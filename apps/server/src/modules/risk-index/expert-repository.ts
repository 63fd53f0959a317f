import type { ExpertValue, RiskIndexLevel } from '@vigil/core';
import type { Selectable } from 'kysely';
import type { RiskIndexExpertValuesTable } from '../../platform/db/schema';
import { lockChain, type Queryable } from '../audit/repository';
import type { UnitOfWork } from '../audit/log';

/** Plain queries over the expert values of the risk index (migration 0013). */

export type ExpertRow = Selectable<RiskIndexExpertValuesTable>;

/** The API's view of a stored value. */
export const toExpertValue = (r: ExpertRow): ExpertValue =>
  ({
    id: r.id,
    indicator: r.indicator,
    level: r.level,
    unit: r.unit,
    from: r.period_from,
    to: r.period_to,
    value: r.value,
    evidence: r.evidence,
    confidence: r.confidence,
    version: r.version,
    createdAt: new Date(r.created_at).toISOString(),
    createdBy: r.created_by,
    updatedAt: new Date(r.updated_at).toISOString(),
    updatedBy: r.updated_by,
  }) as ExpertValue;

/** The live values of a vault, narrowed by level, indicator and unit when given. */
export const listExpertRows = (
  q: Queryable,
  vaultId: string,
  filter: { level?: RiskIndexLevel; indicator?: string; unit?: string },
): Promise<ExpertRow[]> => {
  let query = q
    .selectFrom('risk_index_expert_values')
    .selectAll()
    .where('vault_id', '=', vaultId)
    .where('deleted_at', 'is', null);
  if (filter.level !== undefined) query = query.where('level', '=', filter.level);
  if (filter.indicator !== undefined) query = query.where('indicator', '=', filter.indicator);
  if (filter.unit !== undefined) query = query.where('unit', '=', filter.unit);
  return query
    .orderBy('level')
    .orderBy('indicator')
    .orderBy('unit')
    .orderBy('period_from')
    .orderBy('id')
    .execute();
};

/** The key of a live value: one per indicator, unit and period. */
export interface ExpertKey {
  readonly indicator: string;
  readonly unit: string;
  readonly from: string;
  readonly to: string;
}

/** The live value with this key, locked for the change. */
export const findLiveByKey = (uow: UnitOfWork, vaultId: string, key: ExpertKey) =>
  uow.trx
    .selectFrom('risk_index_expert_values')
    .selectAll()
    .where('vault_id', '=', vaultId)
    .where('indicator', '=', key.indicator)
    .where('unit', '=', key.unit)
    .where('period_from', '=', key.from)
    .where('period_to', '=', key.to)
    .where('deleted_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();

/** A live value by id, locked for the change. */
export const findLiveById = (uow: UnitOfWork, vaultId: string, id: string) =>
  uow.trx
    .selectFrom('risk_index_expert_values')
    .selectAll()
    .where('vault_id', '=', vaultId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();

/**
 * Takes the vault's audit-chain lock (which the change's event needs anyway) before looking a
 * value up, so that two writers of the same key take turns instead of both inserting.
 */
export const lockVault = (uow: UnitOfWork, vaultId: string): Promise<void> =>
  lockChain(uow.trx, vaultId);

const appendVersion = async (
  uow: UnitOfWork,
  r: ExpertRow,
  change: 'create' | 'update' | 'delete',
): Promise<void> => {
  await uow.trx
    .insertInto('risk_index_expert_value_versions')
    .values({
      vault_id: r.vault_id,
      value_id: r.id,
      version: r.version,
      change,
      value: r.value,
      evidence: r.evidence,
      confidence: r.confidence,
      deleted: change === 'delete',
      changed_at: r.updated_at,
      changed_by: r.updated_by,
    })
    .execute();
  // Ids, codes and numbers only: the evidence text stays out of the audit chain.
  await uow.record({
    chain: r.vault_id,
    actor: r.updated_by,
    action: `risk-index.expert.${change}`,
    subjectType: 'risk-index-expert-value',
    subjectId: r.id,
    data: {
      indicator: r.indicator,
      level: r.level,
      unit: r.unit,
      from: r.period_from,
      to: r.period_to,
      value: r.value,
      confidence: r.confidence,
      version: r.version,
    },
  });
};

/** Inserts a new value as version 1, keeps the version and records `risk-index.expert.create`. */
export const insertExpertRow = async (uow: UnitOfWork, r: ExpertRow): Promise<ExpertRow> => {
  const row = await uow.trx
    .insertInto('risk_index_expert_values')
    .values(r)
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendVersion(uow, row, 'create');
  return row;
};

/** Writes a value's next version (a change, or its deletion) and keeps it. */
export const updateExpertRow = async (
  uow: UnitOfWork,
  r: ExpertRow,
  change: 'update' | 'delete',
): Promise<ExpertRow> => {
  const row = await uow.trx
    .updateTable('risk_index_expert_values')
    .set({
      value: r.value,
      evidence: r.evidence,
      confidence: r.confidence,
      version: r.version,
      updated_at: r.updated_at,
      updated_by: r.updated_by,
      deleted_at: r.deleted_at,
      deleted_by: r.deleted_by,
    })
    .where('vault_id', '=', r.vault_id)
    .where('id', '=', r.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendVersion(uow, row, change);
  return row;
};
