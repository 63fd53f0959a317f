import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { OuterHandleInTransactionError } from './errors';
import { createTestDbFor, engines } from './test-db';
import type { TestDb } from './types';

describe.each(engines())('transactions on %s', (engine) => {
  let db: TestDb;
  afterEach(async () => {
    await db.drop();
  });

  async function settings(): Promise<string[]> {
    const rows = await db.kysely
      .selectFrom('instance_settings')
      .select('key')
      .orderBy('key')
      .execute();
    return rows.map((row) => row.key);
  }

  it('commits the writes of a transaction that resolves', async () => {
    db = await createTestDbFor(engine);
    const result = await db.transaction(async (trx) => {
      await trx.insertInto('instance_settings').values({ key: 'a', value: '1' }).execute();
      await trx.insertInto('instance_settings').values({ key: 'b', value: '2' }).execute();
      return 'done';
    });
    expect(result).toBe('done');
    expect(await settings()).toEqual(['a', 'b']);
  });

  it('rolls back every write of a transaction that throws', async () => {
    db = await createTestDbFor(engine);
    await expect(
      db.transaction(async (trx) => {
        await trx.insertInto('instance_settings').values({ key: 'a', value: '1' }).execute();
        throw new Error('use case failed');
      }),
    ).rejects.toThrow('use case failed');
    expect(await settings()).toEqual([]);
  });

  it('refuses the outer handle inside a transaction at once instead of hanging', async () => {
    db = await createTestDbFor(engine);
    await expect(
      db.transaction(async () => {
        await db.kysely.selectFrom('instance_settings').selectAll().execute();
      }),
    ).rejects.toBeInstanceOf(OuterHandleInTransactionError);
    // The database is still usable afterwards: the transaction was rolled back and released.
    expect(await settings()).toEqual([]);
  });

  it('refuses a nested transaction inside a transaction', async () => {
    db = await createTestDbFor(engine);
    await expect(
      db.transaction(async () => db.transaction(async () => 'inner')),
    ).rejects.toBeInstanceOf(OuterHandleInTransactionError);
  });

  it('allows the outer handle again after the transaction finished, even from its timers', async () => {
    db = await createTestDbFor(engine);
    let later: Promise<unknown> = Promise.resolve();
    await db.transaction(async () => {
      later = new Promise((resolve) => setTimeout(resolve, 20)).then(() =>
        db.kysely.selectFrom('instance_settings').selectAll().execute(),
      );
    });
    await expect(later).resolves.toEqual([]);
  });

  it('runs concurrent transactions from independent requests without mixing them', async () => {
    db = await createTestDbFor(engine);
    await db.kysely
      .insertInto('instance_settings')
      .values({ key: 'counter', value: '0' })
      .execute();
    // Read-modify-write without row locks: correct only if transactions do not interleave
    // (PGlite, serialised) or if PostgreSQL's FOR UPDATE makes them wait for each other.
    const increment = () =>
      db.transaction(async (trx) => {
        const row = await trx
          .selectFrom('instance_settings')
          .select('value')
          .where('key', '=', 'counter')
          .forUpdate()
          .executeTakeFirstOrThrow();
        await new Promise((resolve) => setTimeout(resolve, 2));
        await trx
          .updateTable('instance_settings')
          .set({ value: String(Number(row.value) + 1) })
          .where('key', '=', 'counter')
          .execute();
      });
    await Promise.all(Array.from({ length: 20 }, increment));
    const row = await db.kysely
      .selectFrom('instance_settings')
      .select('value')
      .where('key', '=', 'counter')
      .executeTakeFirstOrThrow();
    expect(row.value).toBe('20');
  });

  it('returns int8 as string, timestamptz as Date, jsonb parsed and date as text', async () => {
    db = await createTestDbFor(engine);
    const { rows } = await sql<{
      big: unknown;
      at: unknown;
      doc: unknown;
      day: unknown;
      num: unknown;
      flag: unknown;
    }>`SELECT 9007199254740993::int8 AS big, '2024-01-02T03:04:05.678Z'::timestamptz AS at,
        '{"a":[1,"x"]}'::jsonb AS doc, '2024-01-02'::date AS day, 1.50::numeric AS num,
        true AS flag`.execute(db.kysely);
    expect(rows[0]).toEqual({
      big: '9007199254740993',
      at: new Date('2024-01-02T03:04:05.678Z'),
      doc: { a: [1, 'x'] },
      day: '2024-01-02',
      num: '1.50',
      flag: true,
    });
  });
});
