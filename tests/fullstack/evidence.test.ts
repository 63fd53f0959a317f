// Evidence through the real client and the real server: a file is encrypted and hashed on the
// client, uploaded in parts (resumed after an interruption), read back byte for byte by another
// member, its custody signed at each step and verified; tampering on the server is caught; the
// plaintext, its name and its hash never travel in the clear.
import type { EvidenceSource } from '@vigil/client';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './harness';
import { findLeaks, passwordForms } from './leaks';
import { sha256Hex } from '@vigil/crypto';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack.close();
});

const owner = { email: 'evidence-owner@example.org', password: 'owner password, long enough' };
const viewer = { email: 'evidence-viewer@example.org', password: 'viewer password, long enough' };

const MARKER = 'Canary testimony: удары током в ИВС-2291';
const FILE_NAME = 'canary-video-Петров.mp4';
const PART_SIZE = 256 * 1024;

/** About 2.5 MiB: the marker, then a pattern (three encryption chunks, ten parts). */
const fileBytes = (): Uint8Array => {
  const bytes = new Uint8Array(2.5 * 1024 * 1024 + 17);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + 7) % 251;
  bytes.set(new TextEncoder().encode(MARKER), 0);
  return bytes;
};

/** A source over `bytes`, read in pieces; `failAfter`: throws after that many bytes. */
const sourceOf = (bytes: Uint8Array, failAfter?: number): EvidenceSource => ({
  size: bytes.length,
  open: async function* () {
    for (let i = 0; i < bytes.length; i += 100_000) {
      if (failAfter !== undefined && i >= failAfter) throw new Error('the disk went away');
      yield bytes.slice(i, i + 100_000);
    }
  },
});

describe('evidence files', () => {
  it('upload resumably, read back byte for byte, with a verified custody chain and no leak', async () => {
    const o = stack.client('cli');
    const v = stack.client('web');
    await o.register(owner);
    await v.register(viewer);
    await o.login(owner);
    await v.login(viewer);
    const vault = await o.vaults.create({ name: 'Evidence flow', email: owner.email });
    await o.vaults.invite(vault.id, { email: viewer.email, role: 'viewer' });
    await v.vaults.accept(vault.id);
    const incident = await o.records.create(vault.id, 'person', {
      names: ['Пётр Петров'],
    } as never);
    const bytes = fileBytes();
    const input = {
      kind: 'video' as const,
      fileName: FILE_NAME,
      mediaType: 'video/mp4',
      links: [incident.id],
    };

    // Interrupted after about 1.5 MB of plaintext: the first chunk's parts are on the server.
    let started: string | undefined;
    await expect(
      o.evidence.add(vault.id, sourceOf(bytes, 1_500_000), input, {
        partSize: PART_SIZE,
        onStarted: (id) => (started = id),
      }),
    ).rejects.toThrow('the disk went away');
    if (started === undefined) throw new Error('the upload never started');
    const partsBefore = stack.requests.filter((r) => r.method === 'PUT').length;
    expect(partsBefore).toBeGreaterThan(0);

    const progress: number[] = [];
    const added = await o.evidence.add(vault.id, sourceOf(bytes), input, {
      partSize: PART_SIZE,
      resume: started,
      onProgress: (p) => progress.push(p.done),
    });
    expect(added.id).toBe(started);
    expect(added.sha256).toBe(await sha256Hex(bytes));
    expect(progress[progress.length - 1]).toBe(bytes.length);
    // Parts stored before the interruption were not sent again.
    const partsTotal = stack.requests.filter((r) => r.method === 'PUT').length;
    expect(partsTotal - partsBefore).toBe(added.item.parts - partsBefore);

    const listed = await v.evidence.list(vault.id, { linkedTo: incident.id });
    expect(listed.items.map((i) => [i.item.id, i.meta.fileName])).toEqual([[added.id, FILE_NAME]]);
    const chunks: Uint8Array[] = [];
    const got = await v.evidence.download(vault.id, added.id, (c) => {
      chunks.push(c);
    });
    expect(new Uint8Array(Buffer.concat(chunks))).toEqual(bytes);
    expect(got.sha256).toBe(added.sha256);

    const check = await o.evidence.verify(vault.id, added.id, added.sha256);
    expect(check.problems).toEqual([]);
    expect(check.ok).toBe(true);
    expect(check.signed).toHaveLength(2); // intake by the owner, download by the viewer

    // The server's copy is altered: an event's clear action no longer says what was signed.
    await sql`ALTER TABLE custody_events DISABLE TRIGGER custody_events_no_change`.execute(
      stack.db.kysely,
    );
    await sql`UPDATE custody_events SET action = 'view' WHERE seq = 1`.execute(stack.db.kysely);
    const altered = await o.evidence.verify(vault.id, added.id, added.sha256);
    expect(altered.ok).toBe(false);
    expect(altered.mismatches).toEqual([{ index: 1, problem: 'server_mismatch' }]);
    // Another file's hash is not the intake's.
    const wrongFile = await o.evidence.verify(vault.id, added.id, '00'.repeat(32));
    expect(wrongFile.problems).toContainEqual({ index: 0, problem: 'file_mismatch' });

    const leaks = findLeaks(stack.requests, [
      { label: 'file content', forms: passwordForms(MARKER) },
      { label: 'file name', forms: passwordForms(FILE_NAME) },
      { label: 'plaintext SHA-256', forms: [added.sha256] },
    ]);
    expect(leaks).toEqual([]);
  });
});
