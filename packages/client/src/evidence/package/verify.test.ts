import {
  CUSTODY_GENESIS,
  type CustodyAction,
  type CustodyEvent,
  type SignedCustodyEvent,
} from '@vigil/core';
import {
  generateSigningKeyPair,
  sha256Hex,
  signCustodyEvent,
  signPackageManifest,
  toBase64Url,
  uuidv7,
} from '@vigil/crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { assemblePackage, type PackageItemSource } from './assemble';
import { custodyPath, filePath } from './format';
import { verifyEvidencePackage } from './verify';

const VAULT = '01900000-0000-7000-8000-000000000001';

interface Actor {
  accountId: string;
  publicKey: string;
  privateKey: Uint8Array;
}

/** Every actor's private key, so that the creator of a package can sign its manifest. */
const privateKeys = new Map<string, Uint8Array>();

const actor = async (): Promise<Actor> => {
  const pair = await generateSigningKeyPair();
  const made = {
    accountId: uuidv7(),
    publicKey: toBase64Url(pair.publicKey),
    privateKey: pair.privateKey,
  };
  privateKeys.set(made.accountId, made.privateKey);
  return made;
};

/** A real signed chain: intake by `a`, then each action by its actor, hash-linked. */
const chain = async (
  id: string,
  file: { sha256: string; size: number },
  steps: readonly [Actor, CustodyAction][],
): Promise<SignedCustodyEvent[]> => {
  const out: SignedCustodyEvent[] = [];
  let prev = CUSTODY_GENESIS;
  for (const [seq, [who, action]] of steps.entries()) {
    const event = {
      v: 1,
      vaultId: VAULT,
      evidenceId: id,
      seq,
      action,
      at: new Date(Date.UTC(2026, 0, 1, 12, seq)).toISOString(),
      actor: { accountId: who.accountId, signingKey: who.publicKey },
      prev,
      ...(action === 'intake' ? { file, note: 'Фото из ШИЗО' } : {}),
    } as CustodyEvent;
    const signed = await signCustodyEvent(who.privateKey, event);
    out.push(signed);
    prev = signed.hash;
  }
  return out;
};

const bytesOf = (n: number, seed: number) =>
  Uint8Array.from({ length: n }, (_, i) => (i * seed + 3) % 256);

const collect = async (
  items: PackageItemSource[],
  signers: Record<string, string>,
  encrypted = false,
): Promise<Uint8Array> => {
  const chunks: Uint8Array[] = [];
  const createdBy = Object.keys(signers)[0] ?? '';
  await assemblePackage(
    (c) => void chunks.push(c.slice()),
    {
      createdAt: '2026-01-02T00:00:00.000Z',
      vaultId: VAULT,
      createdBy,
      encrypted,
      signers,
      signManifest: (bytes) =>
        signPackageManifest(privateKeys.get(createdBy) ?? new Uint8Array(), bytes),
    },
    (async function* () {
      yield* items;
    })(),
  );
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

/** Rewrites the package with `change` applied to its files (as an attacker with a zip tool would). */
const rewrite = (zip: Uint8Array, change: (files: Record<string, Uint8Array>) => void) => {
  const files = unzipSync(zip);
  change(files);
  return zipSync(files);
};

const custodyOf = (files: Record<string, Uint8Array>, id: string): unknown[] =>
  JSON.parse(strFromU8(files[custodyPath(id)] ?? new Uint8Array())) as unknown[];

describe('verifyEvidencePackage', () => {
  let alice: Actor;
  let bob: Actor;
  let pkg: Uint8Array;
  const ids = [uuidv7(), uuidv7()];
  const photo = bytesOf(3000, 7);
  const video = bytesOf(5000, 13);
  const names = ['Фото ШИЗО.jpg', 'video.mp4'];

  beforeAll(async () => {
    alice = await actor();
    bob = await actor();
    const items: PackageItemSource[] = [];
    for (const [i, content] of [photo, video].entries()) {
      const id = ids[i] ?? '';
      const file = { sha256: await sha256Hex(content), size: content.length };
      items.push({
        id,
        kind: i === 0 ? 'photo' : 'video',
        fileName: names[i] ?? null,
        mediaType: i === 0 ? 'image/jpeg' : 'video/mp4',
        derivedFrom: null,
        lineage: [],
        links: [],
        custody: await chain(id, file, [
          [alice, 'intake'],
          [bob, 'view'],
          [alice, 'download'],
          [alice, 'export'],
        ]),
        content: async function* () {
          yield content.subarray(0, 1000);
          yield content.subarray(1000);
        },
      });
    }
    pkg = await collect(items, {
      [alice.accountId]: alice.publicKey,
      [bob.accountId]: bob.publicKey,
    });
  });

  const photoPath = () => filePath(ids[0] ?? '', names[0], false);

  it('accepts an untouched package, with every file, report and chain checked', async () => {
    const result = await verifyEvidencePackage(pkg);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.items.map((i) => [i.id, i.events, i.ok])).toEqual([
      [ids[0], 4, true],
      [ids[1], 4, true],
    ]);
    const files = unzipSync(pkg);
    expect(Object.keys(files).sort()).toEqual(
      [
        photoPath(),
        filePath(ids[1] ?? '', names[1], false),
        custodyPath(ids[0] ?? ''),
        custodyPath(ids[1] ?? ''),
        'manifest.json',
        'manifest.sig.json',
        'signers.json',
        'report.html',
        'report.pdf',
      ].sort(),
    );
    expect(files[photoPath()]).toEqual(photo);
    const html = strFromU8(files['report.html'] ?? new Uint8Array());
    expect(html).toContain('Фото ШИЗО.jpg');
    expect(html).not.toMatch(/<script|https?:\/\//i);
    const pdf = strFromU8(files['report.pdf'] ?? new Uint8Array(), true);
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf).toContain('Foto ShIZO.jpg');
  });

  it('names a file altered by one byte, against the manifest and the signed intake', async () => {
    const bad = rewrite(pkg, (files) => {
      const f = files[photoPath()] ?? new Uint8Array();
      f[10] = (f[10] ?? 0) ^ 1;
    });
    const result = await verifyEvidencePackage(bad);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      { path: photoPath(), item: ids[0], problem: 'sha256_mismatch' },
      { path: custodyPath(ids[0] ?? ''), item: ids[0], event: 0, problem: 'file_mismatch' },
    ]);
  });

  it('names the place where a custody event was dropped', async () => {
    const bad = rewrite(pkg, (files) => {
      const events = custodyOf(files, ids[1] ?? '');
      events.splice(1, 1);
      files[custodyPath(ids[1] ?? '')] = strToU8(JSON.stringify(events));
    });
    const result = await verifyEvidencePackage(bad);
    expect(result.ok).toBe(false);
    const path = custodyPath(ids[1] ?? '');
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { path, item: ids[1], event: 1, problem: 'out_of_order' },
        { path, item: ids[1], event: 1, problem: 'broken_link' },
        { path: 'manifest.json', item: ids[1], problem: 'event_count_mismatch' },
      ]),
    );
    expect(result.items.map((i) => i.ok)).toEqual([true, false]);
  });

  it('catches the last event dropped, even with the manifest edited to match, by its signature', async () => {
    const path = custodyPath(ids[1] ?? '');
    const dropLast = (files: Record<string, Uint8Array>) => {
      const events = custodyOf(files, ids[1] ?? '');
      events.pop(); // the chain that is left is whole: only the signed manifest knows its length
      files[path] = strToU8(JSON.stringify(events));
    };
    const dropped = await verifyEvidencePackage(rewrite(pkg, dropLast));
    expect(dropped.ok).toBe(false);
    expect(dropped.problems).toEqual([
      { path: 'manifest.json', item: ids[1], problem: 'event_count_mismatch' },
    ]);

    const covered = await verifyEvidencePackage(
      rewrite(pkg, (files) => {
        dropLast(files);
        const manifest = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array())) as {
          items: { events: number }[];
        };
        const item = manifest.items[1];
        if (item) item.events -= 1;
        files['manifest.json'] = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);
      }),
    );
    expect(covered.ok).toBe(false);
    expect(covered.problems).toEqual([{ path: 'manifest.sig.json', problem: 'bad_signature' }]);
  });

  it('names a manifest signature that is missing or made by someone other than the creator', async () => {
    const missing = await verifyEvidencePackage(
      rewrite(pkg, (files) => {
        delete files['manifest.sig.json'];
      }),
    );
    expect(missing.problems).toEqual([{ path: 'manifest.sig.json', problem: 'missing' }]);

    const resigned = await verifyEvidencePackage(
      rewrite(pkg, (files) => {
        const sig = JSON.parse(strFromU8(files['manifest.sig.json'] ?? new Uint8Array())) as {
          signer: string;
        };
        sig.signer = bob.accountId; // a key in signers.json, but not the creator's
        files['manifest.sig.json'] = strToU8(JSON.stringify(sig));
      }),
    );
    expect(resigned.problems).toEqual([{ path: 'manifest.sig.json', problem: 'unknown_signer' }]);
  });

  it('names both events when two are swapped', async () => {
    const bad = rewrite(pkg, (files) => {
      const events = custodyOf(files, ids[0] ?? '');
      const [one, two] = [events[1], events[2]];
      events[1] = two;
      events[2] = one;
      files[custodyPath(ids[0] ?? '')] = strToU8(JSON.stringify(events));
    });
    const result = await verifyEvidencePackage(bad);
    const path = custodyPath(ids[0] ?? '');
    expect(result.ok).toBe(false);
    expect(result.problems.filter((p) => p.path === path).map((p) => [p.event, p.problem])).toEqual(
      [
        [1, 'out_of_order'],
        [1, 'broken_link'],
        [2, 'out_of_order'],
        [2, 'broken_link'],
        [3, 'broken_link'],
      ],
    );
  });

  it('names an event whose content was altered after signing', async () => {
    const bad = rewrite(pkg, (files) => {
      const events = custodyOf(files, ids[0] ?? '') as { event: { at: string } }[];
      const second = events[1];
      if (second) second.event.at = '2025-01-01T00:00:00.000Z';
      files[custodyPath(ids[0] ?? '')] = strToU8(JSON.stringify(events));
    });
    const result = await verifyEvidencePackage(bad);
    expect(result.problems).toEqual([
      { path: custodyPath(ids[0] ?? ''), item: ids[0], event: 1, problem: 'bad_hash' },
      { path: custodyPath(ids[0] ?? ''), item: ids[0], event: 1, problem: 'bad_signature' },
      { path: custodyPath(ids[0] ?? ''), item: ids[0], event: 2, problem: 'broken_link' },
    ]);
  });

  it('names every event of a signer whose key in signers.json was replaced', async () => {
    const other = await actor();
    const bad = rewrite(pkg, (files) => {
      const signers = JSON.parse(strFromU8(files['signers.json'] ?? new Uint8Array())) as Record<
        string,
        string
      >;
      signers[bob.accountId] = other.publicKey;
      files['signers.json'] = strToU8(JSON.stringify(signers));
    });
    const result = await verifyEvidencePackage(bad);
    expect(result.problems).toEqual([
      { path: custodyPath(ids[0] ?? ''), item: ids[0], event: 1, problem: 'unknown_signer' },
      { path: custodyPath(ids[1] ?? ''), item: ids[1], event: 1, problem: 'unknown_signer' },
    ]);
  });

  it('names a missing file and a file the manifest does not list', async () => {
    const bad = rewrite(pkg, (files) => {
      Reflect.deleteProperty(files, photoPath());
      files['files/extra.txt'] = strToU8('planted');
    });
    const result = await verifyEvidencePackage(bad);
    expect(result.problems).toEqual([
      { path: photoPath(), item: ids[0], problem: 'missing' },
      { path: 'files/extra.txt', problem: 'not_in_manifest' },
    ]);
  });

  it('names a report changed after the package was made', async () => {
    const bad = rewrite(pkg, (files) => {
      files['report.html'] = strToU8('<p>all fine</p>');
    });
    expect((await verifyEvidencePackage(bad)).problems).toEqual([
      { path: 'report.html', problem: 'sha256_mismatch' },
    ]);
  });

  it('says a truncated package cannot be read at all', async () => {
    const result = await verifyEvidencePackage(pkg.subarray(0, pkg.length - 30));
    expect(result).toMatchObject({
      ok: false,
      problems: [{ path: '(package)', problem: 'unreadable_zip' }],
    });
  });

  it('checks an encrypted package by its ciphertext hash and the manifest against the intake', async () => {
    const id = uuidv7();
    const plain = bytesOf(100, 5);
    const cipher = bytesOf(140, 11);
    const encrypted = await collect(
      [
        {
          id,
          kind: 'document',
          fileName: 'note.txt',
          mediaType: 'text/plain',
          derivedFrom: null,
          lineage: [],
          links: [],
          custody: await chain(id, { sha256: await sha256Hex(plain), size: plain.length }, [
            [alice, 'intake'],
            [alice, 'export'],
          ]),
          content: async function* () {
            yield cipher;
          },
        },
      ],
      { [alice.accountId]: alice.publicKey },
      true,
    );
    const ok = await verifyEvidencePackage(encrypted);
    expect(ok.problems).toEqual([]);
    expect(ok.items[0]?.plaintextChecked).toBe(false);
    expect(ok.manifest?.items[0]?.ciphertext?.keyIncluded).toBe(false);
    const path = filePath(id, 'note.txt', true);
    const bad = rewrite(encrypted, (files) => {
      const f = files[path] ?? new Uint8Array();
      f[0] = (f[0] ?? 0) ^ 1;
    });
    expect((await verifyEvidencePackage(bad)).problems).toEqual([
      { path, item: id, problem: 'sha256_mismatch' },
    ]);
  });
});
