import { sql } from 'kysely';
import type { Queryable } from '../audit/repository';

const itemColumns = [
  'vault_id',
  'id',
  'kind',
  'state',
  'size',
  'part_size',
  'parts',
  'sealed',
  'key_version',
  'derived_from',
  'upload_expires_at',
  'created_at',
  'created_by',
  'stored_at',
] as const;

/** One item of the vault (any state), or undefined; `forUpdate` locks it for a change. */
export const findItem = (q: Queryable, vaultId: string, id: string, forUpdate = false) => {
  const query = q
    .selectFrom('evidence_items')
    .select(itemColumns)
    .where('vault_id', '=', vaultId)
    .where('id', '=', id);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
};
export type ItemRow = NonNullable<Awaited<ReturnType<typeof findItem>>>;

/** True when some vault holds an item with this id (ids are unique across vaults). */
export const itemIdTaken = async (q: Queryable, id: string): Promise<boolean> =>
  (await q.selectFrom('evidence_items').select('id').where('id', '=', id).executeTakeFirst()) !==
  undefined;

export interface NewItem {
  readonly vaultId: string;
  readonly id: string;
  readonly kind: string;
  readonly size: number;
  readonly partSize: number;
  readonly parts: number;
  readonly sealed: string;
  readonly keyVersion: number;
  readonly derivedFrom: string | null;
  readonly expiresAt: Date;
  readonly actor: string;
  readonly at: Date;
}

/** Opens an upload: the item row (state uploading) and its links to records. */
export const insertUploadingItem = async (
  q: Queryable,
  item: NewItem,
  links: readonly string[],
): Promise<void> => {
  await q
    .insertInto('evidence_items')
    .values({
      vault_id: item.vaultId,
      id: item.id,
      kind: item.kind,
      state: 'uploading',
      size: item.size,
      part_size: item.partSize,
      parts: item.parts,
      sealed: item.sealed,
      key_version: item.keyVersion,
      derived_from: item.derivedFrom,
      upload_expires_at: item.expiresAt,
      created_at: item.at,
      created_by: item.actor,
    })
    .execute();
  if (links.length === 0) return;
  await q
    .insertInto('evidence_links')
    .values(
      [...new Set(links)].map((recordId) => ({
        vault_id: item.vaultId,
        evidence_id: item.id,
        record_id: recordId,
      })),
    )
    .execute();
};

/** The stored parts of an item: index, size and ciphertext hash, in order. */
export const partsOf = (q: Queryable, vaultId: string, id: string) =>
  q
    .selectFrom('evidence_parts')
    .select(['part_index', 'size', 'sha256'])
    .where('vault_id', '=', vaultId)
    .where('evidence_id', '=', id)
    .orderBy('part_index', 'asc')
    .execute();

/** One stored part, if it is there (a retry of a part is spotted without reading them all). */
/**
 * An item with what is stored of its part `index` (`part_sha256` and `part_bytes`, null while
 * that part is not stored): the one read before a part's bytes are taken.
 */
export const findItemWithPart = (q: Queryable, vaultId: string, id: string, index: number) => {
  const part = q
    .selectFrom('evidence_parts')
    .where('vault_id', '=', vaultId)
    .where('evidence_id', '=', id)
    .where('part_index', '=', index);
  return q
    .selectFrom('evidence_items')
    .select(itemColumns)
    .select([part.select('sha256').as('part_sha256'), part.select('size').as('part_bytes')])
    .where('vault_id', '=', vaultId)
    .where('id', '=', id)
    .executeTakeFirst();
};

/**
 * Records a stored part and moves the upload's expiry on, in one statement (one round trip and
 * one commit per part of a large file), and only while the upload is still `actor`'s, open and
 * unexpired at `part.at`. False when it no longer is, or when this part was recorded already:
 * nothing was recorded by this call.
 */
export const recordPart = async (
  q: Queryable,
  part: { vaultId: string; id: string; index: number; size: number; sha256: string; at: Date },
  upload: { actor: string; expiresAt: Date },
): Promise<boolean> => {
  const result = await q
    .with('item', (db) =>
      db
        .updateTable('evidence_items')
        .set({ upload_expires_at: upload.expiresAt })
        .where('vault_id', '=', part.vaultId)
        .where('id', '=', part.id)
        .where('state', '=', 'uploading')
        .where('created_by', '=', upload.actor)
        .where('upload_expires_at', '>=', part.at)
        .returning(['vault_id', 'id']),
    )
    .insertInto('evidence_parts')
    .columns(['vault_id', 'evidence_id', 'part_index', 'size', 'sha256', 'stored_at'])
    .expression((db) =>
      db.selectFrom('item').select([
        'item.vault_id',
        'item.id',
        // Typed: parameters in a SELECT list have no column to take a type from.
        sql<number>`${part.index}::integer`.as('part_index'),
        sql<number>`${part.size}::integer`.as('size'),
        sql<string>`${part.sha256}::text`.as('sha256'),
        sql<Date>`${part.at}::timestamptz`.as('stored_at'),
      ]),
    )
    // The same part recorded meanwhile by another request (a retry): the caller looks at it.
    .onConflict((oc) => oc.columns(['vault_id', 'evidence_id', 'part_index']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
};

/** Marks an upload complete, with its final sealed metadata when the client sent one. */
export const markStored = (
  q: Queryable,
  vaultId: string,
  id: string,
  at: Date,
  sealed?: { sealed: string; keyVersion: number },
) =>
  q
    .updateTable('evidence_items')
    .set({
      state: 'stored',
      stored_at: at,
      upload_expires_at: null,
      ...(sealed === undefined ? {} : { sealed: sealed.sealed, key_version: sealed.keyVersion }),
    })
    .where('vault_id', '=', vaultId)
    .where('id', '=', id)
    .execute();

/** Removes an unfinished upload's rows (its objects are the caller's to delete). */
export const deleteUpload = async (q: Queryable, vaultId: string, id: string): Promise<void> => {
  await q
    .deleteFrom('evidence_parts')
    .where('vault_id', '=', vaultId)
    .where('evidence_id', '=', id)
    .execute();
  await q
    .deleteFrom('evidence_links')
    .where('vault_id', '=', vaultId)
    .where('evidence_id', '=', id)
    .execute();
  await q
    .deleteFrom('evidence_items')
    .where('vault_id', '=', vaultId)
    .where('id', '=', id)
    .where('state', '=', 'uploading')
    .execute();
};

/** Uploads (any vault) past their expiry, locked. */
export const staleUploads = (q: Queryable, now: Date) =>
  q
    .selectFrom('evidence_items')
    .select(['vault_id', 'id', 'parts'])
    .where('state', '=', 'uploading')
    .where('upload_expires_at', '<', now)
    .limit(100)
    .forUpdate()
    .execute();

/** The records each item documents. */
export const linksOf = async (
  q: Queryable,
  vaultId: string,
  ids: readonly string[],
): Promise<Map<string, string[]>> => {
  const out = new Map<string, string[]>();
  if (ids.length === 0) return out;
  const rows = await q
    .selectFrom('evidence_links')
    .select(['evidence_id', 'record_id'])
    .where('vault_id', '=', vaultId)
    .where('evidence_id', 'in', ids)
    .orderBy('record_id')
    .execute();
  for (const r of rows) out.set(r.evidence_id, [...(out.get(r.evidence_id) ?? []), r.record_id]);
  return out;
};

/** A page of the vault's stored items, by id (UUIDv7: oldest first). */
export const listItems = (
  q: Queryable,
  vaultId: string,
  filter: { linkedTo?: string; kind?: string; after?: string; limit: number },
) => {
  let query = q
    .selectFrom('evidence_items as e')
    .select(itemColumns.map((c) => `e.${c}` as const))
    .where('e.vault_id', '=', vaultId)
    .where('e.state', '=', 'stored');
  if (filter.kind !== undefined) query = query.where('e.kind', '=', filter.kind);
  if (filter.after !== undefined) query = query.where('e.id', '>', filter.after);
  if (filter.linkedTo !== undefined) {
    const target = filter.linkedTo;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('evidence_links as l')
          .select('l.record_id')
          .whereRef('l.vault_id', '=', 'e.vault_id')
          .whereRef('l.evidence_id', '=', 'e.id')
          .where('l.record_id', '=', target),
      ),
    );
  }
  return query.orderBy('e.id', 'asc').limit(filter.limit).execute();
};

/** The last custody event of an item, or undefined. */
export const lastCustodyEvent = (q: Queryable, vaultId: string, id: string) =>
  q
    .selectFrom('custody_events')
    .select(['seq', 'hash'])
    .where('vault_id', '=', vaultId)
    .where('evidence_id', '=', id)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();

export interface NewCustodyEvent {
  readonly vaultId: string;
  readonly evidenceId: string;
  readonly seq: number;
  readonly action: string;
  readonly prev: string;
  readonly hash: string;
  readonly sealed: string;
  readonly keyVersion: number;
  readonly actor: string;
  readonly at: Date;
}

export const insertCustodyEvent = (q: Queryable, e: NewCustodyEvent) =>
  q
    .insertInto('custody_events')
    .values({
      vault_id: e.vaultId,
      evidence_id: e.evidenceId,
      seq: e.seq,
      action: e.action,
      prev: e.prev,
      hash: e.hash,
      sealed: e.sealed,
      key_version: e.keyVersion,
      actor: e.actor,
      recorded_at: e.at,
    })
    .execute();

/** An item's custody events in chain order. */
export const custodyEventsOf = (q: Queryable, vaultId: string, id: string) =>
  q
    .selectFrom('custody_events')
    .select(['seq', 'action', 'prev', 'hash', 'sealed', 'key_version', 'actor', 'recorded_at'])
    .where('vault_id', '=', vaultId)
    .where('evidence_id', '=', id)
    .orderBy('seq', 'asc')
    .execute();

/** Account id → signing public key of every account that acted in the item's chain. */
export const custodySignersOf = async (
  q: Queryable,
  vaultId: string,
  id: string,
): Promise<Record<string, string>> => {
  const rows = await q
    .selectFrom('custody_events')
    .innerJoin('accounts', 'accounts.id', 'custody_events.actor')
    .select(['accounts.id', 'accounts.signing_public_key'])
    .distinct()
    .where('custody_events.vault_id', '=', vaultId)
    .where('custody_events.evidence_id', '=', id)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.id, r.signing_public_key]));
};

/** True when some custody event already has this hash (hashes are unique instance-wide). */
export const custodyHashTaken = async (q: Queryable, hash: string): Promise<boolean> =>
  (await q
    .selectFrom('custody_events')
    .select('seq')
    .where('hash', '=', hash)
    .executeTakeFirst()) !== undefined;

/** Every stored part (any vault), for the scrub: key parts, size and hash. */
export async function* allStoredParts(
  q: Queryable,
  pageSize = 1000,
): AsyncGenerator<{
  vault_id: string;
  evidence_id: string;
  part_index: number;
  size: number;
  sha256: string;
}> {
  let after: { vault: string; id: string; index: number } | null = null;
  for (;;) {
    let query = q
      .selectFrom('evidence_parts')
      .select(['vault_id', 'evidence_id', 'part_index', 'size', 'sha256'])
      .orderBy('vault_id')
      .orderBy('evidence_id')
      .orderBy('part_index')
      .limit(pageSize);
    if (after !== null) {
      const a = after;
      query = query.where((eb) =>
        eb(
          eb.refTuple('vault_id', 'evidence_id', 'part_index'),
          '>',
          eb.tuple(a.vault, a.id, a.index),
        ),
      );
    }
    const rows = await query.execute();
    yield* rows;
    const last = rows[rows.length - 1];
    if (last === undefined || rows.length < pageSize) return;
    after = { vault: last.vault_id, id: last.evidence_id, index: last.part_index };
  }
}
