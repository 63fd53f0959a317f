import type { RecordData, VaultId } from '@vigil/core';
import { generateUserKeys, generateVaultKey, uuidv7 } from '@vigil/crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EndpointName } from './endpoints';
import { ApiError, isApiError } from './errors';
import { importRecords, importRows, remapRelations, type ImportProgress } from './records-import';
import { fakeTransport, fakeVaultSummary, unlockedContext } from './test-context';
import type { CallInput, Transport } from './transport';

const vaultId = uuidv7() as VaultId;
const key = generateVaultKey(1);
let userKeys: Awaited<ReturnType<typeof generateUserKeys>>;
beforeAll(async () => {
  userKeys = await generateUserKeys();
});

interface Upload {
  readonly offset: number;
  readonly records: { id: string; kind: string; record: Record<string, unknown> }[];
}

/** A server stand-in for the import routes; `commitError` makes the commit fail. */
const fakeServer = (commitError?: ApiError) => {
  const calls: EndpointName[] = [];
  const uploads: Upload[] = [];
  const transport = fakeTransport((async (
    name: EndpointName,
    input: CallInput<EndpointName> = {},
  ) => {
    calls.push(name);
    switch (name) {
      case 'vaultGet':
        return fakeVaultSummary(vaultId);
      case 'importStart':
        return { id: uuidv7(), total: (input.body as { total: number }).total, expiresAt: '' };
      case 'importUpload':
        uploads.push(input.body as unknown as Upload);
        return { received: 0, expiresAt: '' };
      case 'importCommit':
        if (commitError) throw commitError;
        return { count: 0 };
      case 'importAbort':
        return undefined;
      default:
        throw new Error(`unexpected call ${name}`);
    }
  }) as Transport['call']);
  const ctx = unlockedContext(transport, userKeys, { [vaultId]: key });
  return { ctx, calls, uploads };
};

const incident = (victim: string, narrative = 'Избит / beaten'): RecordData<'incident'> =>
  ({
    victim,
    actType: '010000000000',
    date: { precision: 'day', value: '2024-03-05' },
    narrative,
  }) as RecordData<'incident'>;

describe('importRecords', () => {
  it('seals every row under ids made here, uploads them in order by batch, then commits', async () => {
    const { ctx, calls, uploads } = fakeServer();
    const victim = uuidv7();
    // Long narratives: the size limit, not the row limit, splits the batches.
    const records = Array.from({ length: 300 }, (_, i) =>
      incident(victim, `${i} ${'x'.repeat(4000)}`),
    );
    const progress: ImportProgress[] = [];
    const { ids } = await importRecords(ctx, vaultId, 'incident', records, {
      onProgress: (p) => progress.push(p),
    });
    expect(ids).toHaveLength(300);
    expect(new Set(ids).size).toBe(300);
    expect(uploads.length).toBeGreaterThan(1);
    expect(uploads.flatMap((u) => u.records.map((r) => r.id))).toEqual(ids);
    let offset = 0;
    for (const u of uploads) {
      expect(u.offset).toBe(offset);
      expect(JSON.stringify(u.records).length).toBeLessThan(768 * 1024);
      offset += u.records.length;
    }
    // Nothing identifying in plaintext: the narrative is only in the envelope.
    expect(JSON.stringify(uploads)).not.toContain('Избит');
    expect(uploads[0]?.records[0]?.record).toMatchObject({ victim, keyVersion: 1 });
    expect(calls.at(-1)).toBe('importCommit');
    expect(progress.at(-1)).toEqual({ phase: 'committing', done: 300, total: 300 });
    expect(progress.filter((p) => p.phase === 'sealing').at(-1)).toEqual({
      phase: 'sealing',
      done: 300,
      total: 300,
    });
  });

  it('names the row of a record that does not validate, uploads nothing after it and aborts', async () => {
    const { ctx, calls } = fakeServer();
    const records = [incident(uuidv7()), incident(uuidv7()), { victim: 'not-an-id' }];
    const error = await importRecords(
      ctx,
      vaultId,
      'incident',
      records as RecordData<'incident'>[],
    ).catch((e: unknown) => e);
    expect(isApiError(error, 'validation_failed')).toBe(true);
    const fields = (error as ApiError).fields.map((f) => f.path);
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.every((p) => p.startsWith('rows.2'))).toBe(true);
    expect(calls).not.toContain('importCommit');
    expect(calls.at(-1)).toBe('importAbort');
  });

  it("aborts the server's import when the commit fails, and passes the error on", async () => {
    const refused = new ApiError(400, 'validation_failed', 'Nothing was imported', [
      { path: 'rows.1.victim', message: 'incident.victim: … is not a person of this vault' },
    ]);
    const { ctx, calls } = fakeServer(refused);
    const error = await importRecords(ctx, vaultId, 'incident', [
      incident(uuidv7()),
      incident(uuidv7()),
    ]).catch((e: unknown) => e);
    expect(error).toBe(refused);
    expect(calls.slice(-2)).toEqual(['importCommit', 'importAbort']);
  });

  it('stops on the signal before committing', async () => {
    const { ctx, calls } = fakeServer();
    const controller = new AbortController();
    const error = await importRecords(ctx, vaultId, 'incident', [incident(uuidv7())], {
      onProgress: (p) => {
        if (p.phase === 'uploading') controller.abort();
      },
      signal: controller.signal,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(calls).not.toContain('importCommit');
    expect(calls.at(-1)).toBe('importAbort');
  });

  it('keeps the ids given with mixed rows', async () => {
    const { ctx, uploads } = fakeServer();
    const person = uuidv7();
    const { ids } = await importRows(ctx, vaultId, [
      { kind: 'person', data: { names: ['Иван Петров'] }, id: person },
      { kind: 'incident', data: incident(person) },
    ]);
    expect(ids[0]).toBe(person);
    expect(uploads[0]?.records.map((r) => r.kind)).toEqual(['person', 'incident']);
    expect((uploads[0]?.records[0]?.record.nameIndexes as string[]).length).toBeGreaterThan(0);
  });
});

describe('remapRelations', () => {
  it('rewrites relation ids to records, single and listed, and leaves other fields alone', () => {
    const [a, b, c, d] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
    const ids = new Map([
      [a, b],
      [c, d],
    ]);
    const data = { ...incident(a), sources: [c, a], narrative: a };
    expect(remapRelations('incident', data, ids)).toMatchObject({
      victim: b,
      sources: [d, b],
      narrative: a,
    });
  });
});
