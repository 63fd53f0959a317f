import {
  ErrorCode,
  VigilError,
  recordKindSchema,
  type FieldError,
  type ImportSession,
  type UploadImportRequest,
  indexedCodesOf,
  indexedLinksOf,
} from '@vigil/core';
import { uuidv7 } from '@vigil/crypto';
import type { AppDeps } from '../../deps';
import { insertStagedRecords } from '../records/repository';
import {
  brokenLink,
  checkKeyVersion,
  mainDayBounds,
  relationLinks,
  sealedFieldsSentCoded,
  vaultForWrite,
  type RecordActor,
} from '../records/use-cases';
import {
  countStaged,
  extendImport,
  finishImport,
  findImport,
  insertImport,
  stageRecords,
  stagedBrokenRelations,
  stagedIdsTaken,
  stagedOtherKeyVersion,
  staleImports,
  type ImportRow,
} from './repository';

/** An open import with no upload for this long expires (its staged records are dropped). */
export const IMPORT_IDLE_MS = 60 * 60 * 1000;
/** At most this many problems are reported by a failed commit. */
const MAX_PROBLEMS = 100;

const notFound = () => new VigilError(ErrorCode.notFound, 'Not found.');

/** The import, if the actor opened it in this vault and it is still open; locked. */
const openImport = async (
  deps: AppDeps,
  q: Parameters<typeof findImport>[0],
  actor: RecordActor,
  vaultId: string,
  importId: string,
): Promise<ImportRow> => {
  const row = await findImport(q, vaultId, importId, true);
  // Another member's import is not theirs to fill or commit: as if it did not exist.
  if (!row || row.created_by !== actor.accountId) throw notFound();
  if (row.state !== 'open' || row.expires_at.getTime() < deps.clock().getTime()) {
    const state = row.state === 'open' ? 'expired' : row.state;
    throw new VigilError(ErrorCode.conflict, `This import is ${state}; start a new one.`);
  }
  return row;
};

const sessionOf = (row: { id: string; total: number }, expiresAt: Date): ImportSession => ({
  id: row.id,
  total: row.total,
  expiresAt: expiresAt.toISOString(),
});

/** Expires open imports past their time (any vault): their staged records are dropped. */
export const expireStaleImports = (deps: AppDeps): Promise<number> =>
  deps.audit.run(async (uow) => {
    const now = deps.clock();
    const stale = await staleImports(uow.trx, now);
    for (const s of stale) {
      await finishImport(uow.trx, s.id, 'expired', now);
      await uow.record({
        chain: s.vault_id,
        actor: null,
        action: 'import.expire',
        subjectType: 'import',
        subjectId: s.id,
      });
    }
    return stale.length;
  });

/** Opens an import session of `total` records (after expiring stale ones). */
export const startImport = async (
  deps: AppDeps,
  actor: RecordActor,
  vaultId: string,
  total: number,
): Promise<ImportSession> => {
  await expireStaleImports(deps);
  return deps.audit.run(async (uow) => {
    const at = deps.clock();
    const expiresAt = new Date(at.getTime() + IMPORT_IDLE_MS);
    const id = uuidv7();
    await insertImport(uow.trx, { id, vaultId, actor: actor.accountId, total, at, expiresAt });
    await uow.record({
      chain: vaultId,
      actor: actor.accountId,
      action: 'import.start',
      subjectType: 'import',
      subjectId: id,
      data: { total },
    });
    return sessionOf({ id, total }, expiresAt);
  });
};

/**
 * Stages one upload: rows `offset …` of the import, each already validated like a record create
 * body. Refuses rows past the announced total, a row or id the import holds already (409) and
 * envelopes sealed under another key version than the vault's current one.
 */
export const uploadImport = (
  deps: AppDeps,
  actor: RecordActor,
  vaultId: string,
  importId: string,
  body: UploadImportRequest,
): Promise<{ received: number; expiresAt: string }> =>
  deps.db.transaction(async (trx) => {
    const row = await openImport(deps, trx, actor, vaultId, importId);
    if (body.offset + body.records.length > row.total) {
      throw new VigilError(ErrorCode.validationFailed, 'More records than the import announced.', [
        { path: 'body.records', message: `the import holds ${row.total} records` },
      ]);
    }
    const { keyVersion, settings } = await vaultForWrite(trx, vaultId);
    for (const r of body.records) checkKeyVersion(keyVersion, r.record.keyVersion);
    const exposed = body.records.flatMap((r, i) =>
      sealedFieldsSentCoded(`rows.${body.offset + i}`, r.kind, r.record, settings),
    );
    if (exposed.length > 0) throw failed(exposed);
    const ids = new Set(body.records.map((r) => r.id));
    const staged = await stageRecords(
      trx,
      importId,
      body.records.map((r, i) => {
        const bounds = mainDayBounds(r.kind, r.record, settings);
        return {
          rowIndex: body.offset + i,
          id: r.id,
          kind: r.kind,
          record: r.record,
          earliestDay: bounds.earliestDay,
          latestDay: bounds.latestDay,
          codes: indexedCodesOf(r.kind, r.record),
          links: indexedLinksOf(r.kind, r.record).filter((l) => l.targetId !== r.id),
          relations: relationLinks(r.kind, r.record),
        };
      }),
    );
    if (ids.size !== body.records.length || staged !== body.records.length) {
      throw new VigilError(
        ErrorCode.conflict,
        'Some of these rows or record ids were uploaded already.',
      );
    }
    const expiresAt = new Date(deps.clock().getTime() + IMPORT_IDLE_MS);
    const received = await extendImport(trx, importId, staged, expiresAt);
    return { received, expiresAt: expiresAt.toISOString() };
  });

const failed = (problems: FieldError[]): VigilError => {
  const first = problems[0]?.path.split('.')[1];
  return new VigilError(
    ErrorCode.validationFailed,
    `Nothing was imported: ${problems.length}${problems.length >= MAX_PROBLEMS ? '+' : ''} problem(s), the first at row ${first ?? '?'}.`,
    problems,
  );
};

/**
 * Writes every staged record to the vault in one transaction, or nothing: all rows must have
 * arrived, ids must be new, and relations must name a record of the right kind in the vault or
 * in this import. Problems are answered as 400 with `rows.<index>.<field>` paths.
 */
export const commitImport = (
  deps: AppDeps,
  actor: RecordActor,
  vaultId: string,
  importId: string,
): Promise<{ count: number }> =>
  deps.audit.run(async (uow) => {
    const session = await openImport(deps, uow.trx, actor, vaultId, importId);
    const uploaded = await countStaged(uow.trx, importId);
    if (uploaded !== session.total) {
      throw new VigilError(ErrorCode.validationFailed, 'Nothing was imported.', [
        { path: 'rows', message: `${uploaded} of ${session.total} records were uploaded` },
      ]);
    }
    // The vault's key may have rotated since the uploads: every envelope must be current.
    const { keyVersion } = await vaultForWrite(uow.trx, vaultId);
    const stale = await stagedOtherKeyVersion(uow.trx, importId, keyVersion);
    if (stale !== undefined) checkKeyVersion(keyVersion, stale);
    // Set-based checks: nothing staged is read back into the server.
    const problems: FieldError[] = (await stagedIdsTaken(uow.trx, importId, MAX_PROBLEMS)).map(
      (row) => ({ path: `rows.${row}.id`, message: 'a record with this id exists' }),
    );
    const broken = await stagedBrokenRelations(
      uow.trx,
      vaultId,
      importId,
      MAX_PROBLEMS - problems.length,
    );
    for (const b of broken) {
      problems.push(brokenLink(`rows.${b.row_index}`, recordKindSchema.parse(b.kind), b));
    }
    const at = deps.clock();
    if (problems.length > 0) throw failed(problems);
    await insertStagedRecords(
      uow,
      { vaultId, importId },
      { change: 'create', actor: actor.accountId, at },
      {
        chain: vaultId,
        action: 'import.commit',
        subjectType: 'import',
        subjectId: importId,
        data: { count: session.total },
      },
    );
    await finishImport(uow.trx, importId, 'committed', at);
    return { count: session.total };
  });

/** Drops an open import and everything staged in it. */
export const abortImport = (
  deps: AppDeps,
  actor: RecordActor,
  vaultId: string,
  importId: string,
): Promise<void> =>
  deps.audit.run(async (uow) => {
    await openImport(deps, uow.trx, actor, vaultId, importId);
    await finishImport(uow.trx, importId, 'aborted', deps.clock());
    await uow.record({
      chain: vaultId,
      actor: actor.accountId,
      action: 'import.abort',
      subjectType: 'import',
      subjectId: importId,
    });
  });
