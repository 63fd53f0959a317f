import type { EvidenceView } from '@vigil/client';
import { EVIDENCE_KINDS, custodyActions, evidenceItemSchema } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import { en } from '../../app/i18n/en';
import {
  blobCollector,
  blobRange,
  blobSource,
  chosenOf,
  custodyIssues,
  custodyRows,
  formatBytes,
  isLocalTime,
  metadataFacts,
  KNOWN_PROBLEMS,
  PACKAGE_LIMIT,
  packageBytes,
  packageFileName,
  percentOf,
  problemMessage,
  previewKindOf,
  shortHash,
  summarise,
  toggleAll,
  toggleItem,
  type CustodyResult,
} from './model';

const collect = async (source: AsyncIterable<Uint8Array>): Promise<number[]> => {
  const out: number[] = [];
  for await (const chunk of source) out.push(...chunk);
  return out;
};

describe('a browser file read for the client library', () => {
  it('streams every byte in order, and again from the start on a second open', async () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => i % 251);
    const source = blobSource(new Blob([bytes]));
    expect(source.size).toBe(70_000);
    const first = await collect(source.open());
    const second = await collect(source.open());
    expect(first).toEqual([...bytes]);
    expect(second).toEqual(first);
  });

  it('reads a range [start, end) for the metadata readers', async () => {
    const read = blobRange(new Blob([new Uint8Array([0, 1, 2, 3, 4, 5])]));
    expect([...(await read(2, 5))]).toEqual([2, 3, 4]);
  });
});

describe('upload progress', () => {
  it('is a whole percent that never passes 100', () => {
    expect(percentOf({ done: 0, total: 1000 })).toBe(0);
    expect(percentOf({ done: 999, total: 1000 })).toBe(99);
    expect(percentOf({ done: 1200, total: 1000 })).toBe(100);
  });

  it('is complete for a file of nothing', () => {
    expect(percentOf({ done: 0, total: 0 })).toBe(100);
  });
});

describe('hashes and sizes as shown', () => {
  const hash = 'ab'.repeat(32);

  it('shortens a SHA-256 to its head and tail, with an ellipsis', () => {
    expect(shortHash(hash)).toBe(`${hash.slice(0, 12)}…${hash.slice(-4)}`);
  });

  it('formats sizes in the reader’s language and the largest fitting unit', () => {
    expect(formatBytes(512, 'en')).toBe('512 bytes');
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(formatBytes(5 * 1024 * 1024, 'en')).toBe('5 MB');
    expect(formatBytes(1536, 'ru')).toMatch(/^1,5\s/);
  });
});

describe('what is previewed in the page', () => {
  it('shows images, media and PDFs by their sniffed type', () => {
    expect(previewKindOf('image/png')).toBe('image');
    expect(previewKindOf('video/mp4')).toBe('video');
    expect(previewKindOf('audio/mpeg')).toBe('audio');
    expect(previewKindOf('application/pdf')).toBe('pdf');
  });

  it('never shows a type that could run code with the app’s origin', () => {
    expect(previewKindOf('text/html')).toBeNull();
    expect(previewKindOf('image/svg+xml')).toBeNull();
    expect(previewKindOf('application/octet-stream')).toBeNull();
    expect(previewKindOf(undefined)).toBeNull();
  });
});

describe('the facts of a file’s sealed metadata', () => {
  it('keeps capture time, GPS numbers, device, pixels, pages and duration', () => {
    const facts = metadataFacts({
      mediaType: 'image/jpeg',
      size: 10,
      capturedAt: '2024-03-01T10:20:30',
      gps: { latitude: 47.1, longitude: 37.5, altitude: 12 },
      device: { make: 'Canon', model: 'EOS' },
      image: { width: 640, height: 480 },
      pdf: { pageCount: 3 },
      media: { durationSeconds: 61.5 },
      warnings: ['exif: truncated'],
    });
    expect(facts).toEqual({
      mediaType: 'image/jpeg',
      capturedAt: '2024-03-01T10:20:30',
      gps: { latitude: 47.1, longitude: 37.5, altitude: 12 },
      device: { make: 'Canon', model: 'EOS' },
      width: 640,
      height: 480,
      pageCount: 3,
      durationSeconds: 61.5,
      warnings: ['exif: truncated'],
    });
  });

  it('leaves out a malformed part without losing the others', () => {
    const facts = metadataFacts({
      mediaType: 'image/jpeg',
      gps: { latitude: 400, longitude: 'east' },
      capturedAt: 'yesterday',
      device: { model: 'Pixel' },
    });
    expect(facts).toEqual({ mediaType: 'image/jpeg', device: { model: 'Pixel' } });
  });

  it('is empty for metadata that is not an object', () => {
    expect(metadataFacts(undefined)).toEqual({});
    expect(metadataFacts(['x'])).toEqual({});
  });

  it('tells a device-clock time (no offset) from an instant', () => {
    expect(isLocalTime('2024-03-01T10:20:30')).toBe(true);
    expect(isLocalTime('2024-03-01T10:20:30Z')).toBe(false);
    expect(isLocalTime('2024-03-01T10:20:30+03:00')).toBe(false);
  });
});

describe('the custody timeline', () => {
  it('marks an event it cannot read instead of dropping it', () => {
    const rows = custodyRows([{ nonsense: true }, 'x']);
    expect(rows).toEqual([
      { index: 0, event: null },
      { index: 1, event: null },
    ]);
  });

  it('lists the chain’s problems and the server’s disagreements in chain order', () => {
    const result: CustodyResult = {
      ok: false,
      problems: [
        { index: 2, problem: 'bad_signature' },
        { index: -1, problem: 'no_intake' },
      ],
      mismatches: [{ index: 1, problem: 'server_mismatch' }],
      signed: [],
    };
    expect(custodyIssues(result)).toEqual([
      { index: -1, problem: 'no_intake' },
      { index: 1, problem: 'server_mismatch' },
      { index: 2, problem: 'bad_signature' },
    ]);
  });
});

describe('the evidence messages', () => {
  const ids = new Set<string>(Object.keys(en));

  it('name every evidence kind and every custody action', () => {
    const missing = [
      ...EVIDENCE_KINDS.map((k) => `evidence.kind.${k}`),
      ...custodyActions.map((a) => `evidence.custody.action.${a}`),
    ].filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
  });

  it('name every custody problem, and a problem this build does not know as a problem', () => {
    for (const problem of KNOWN_PROBLEMS) {
      const id = problemMessage({ index: 0, problem });
      expect(ids.has(id), problem).toBe(true);
      expect(id).not.toBe('evidence.custody.problem.other');
    }
    expect(problemMessage({ index: 3, problem: 'from_the_future' })).toBe(
      'evidence.custody.problem.other',
    );
  });
});

/** A UUIDv7-shaped id ending in a letter's code, so tests can name items `a`, `b`… */
const uuid = (name: string): string =>
  `01900000-0000-7000-8000-${name.charCodeAt(0).toString(16).padStart(12, '0')}`;

/** A listed item as the package selection sees it: its id, whether stored, its stored size. */
const listed = (
  id: string,
  state: 'stored' | 'uploading' = 'stored',
  size = 100,
): Pick<EvidenceView, 'item'> => ({
  item: evidenceItemSchema.parse({
    id: uuid(id),
    vaultId: uuid('v'),
    kind: 'photo',
    state,
    size,
    partSize: 8 * 1024 * 1024,
    parts: 1,
    sealed: 'x',
    keyVersion: 1,
    derivedFrom: null,
    links: [],
    createdAt: '2024-05-01T10:00:00.000Z',
    createdBy: uuid('u'),
    storedAt: state === 'stored' ? '2024-05-01T10:00:01.000Z' : null,
  }),
});

describe('choosing items to package', () => {
  const list = [listed('a'), listed('b'), listed('c', 'uploading'), listed('d')];

  it('starts with nothing selected, so there is nothing to package', () => {
    expect(summarise(new Set(), list)).toEqual({ ids: [], state: 'none', packageable: 3 });
  });

  it('packages the selected items in the order of the list, not the order of the clicks', () => {
    const selection = toggleItem(toggleItem(new Set(), uuid('d'), true), uuid('a'), true);
    expect(summarise(selection, list)).toEqual({
      ids: [uuid('a'), uuid('d')],
      state: 'some',
      packageable: 3,
    });
    expect(chosenOf(selection, list)).toEqual([list[0], list[3]]);
  });

  it('takes an item out again when its box is cleared', () => {
    const selection = toggleItem(toggleItem(new Set(), uuid('a'), true), uuid('a'), false);
    expect(summarise(selection, list).ids).toEqual([]);
  });

  it('never packages an unfinished upload: it has no signed intake yet', () => {
    expect(summarise(new Set([uuid('c')]), list)).toEqual({
      ids: [],
      state: 'none',
      packageable: 3,
    });
    expect([...toggleAll(new Set(), list)].sort()).toEqual([uuid('a'), uuid('b'), uuid('d')]);
  });

  it('selects every packageable item with "select all", and clears them when all were selected', () => {
    const all = toggleAll(new Set([uuid('a')]), list);
    expect(summarise(all, list).state).toBe('all');
    expect(summarise(toggleAll(all, list), list).state).toBe('none');
  });

  it('ignores a selected item that is no longer listed instead of packaging it unseen', () => {
    expect(summarise(new Set([uuid('z'), uuid('b')]), list).ids).toEqual([uuid('b')]);
  });

  it('offers nothing to select when no item is packageable', () => {
    expect(summarise(new Set(), [listed('c', 'uploading')])).toEqual({
      ids: [],
      state: 'none',
      packageable: 0,
    });
    expect(toggleAll(new Set(), [listed('c', 'uploading')]).size).toBe(0);
  });
});

describe('the package file', () => {
  it('is named by the local date only, with no ids or file names of the evidence', () => {
    expect(packageFileName(new Date(2024, 2, 5, 23, 59))).toBe('evidence-package-2024-03-05.zip');
    expect(packageFileName(new Date(2025, 11, 31, 0, 0))).toBe('evidence-package-2025-12-31.zip');
  });

  it('is bounded in size, since the ZIP writer has no ZIP64', () => {
    expect(packageBytes([listed('a', 'stored', 10), listed('b', 'stored', 32)])).toBe(42);
    expect(PACKAGE_LIMIT).toBeLessThan(4 * 1024 ** 3);
    expect(packageBytes([listed('a', 'stored', PACKAGE_LIMIT + 1)])).toBeGreaterThan(PACKAGE_LIMIT);
  });

  it('is collected whole and in order, even when the writer reuses its buffer', async () => {
    const collector = blobCollector('application/zip', 4);
    const buffer = new Uint8Array(3);
    for (let i = 0; i < 5; i++) {
      buffer.set([i, i + 10, i + 20]);
      collector.push(buffer);
    }
    const blob = collector.blob();
    expect(blob.type).toBe('application/zip');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual(
      [0, 1, 2, 3, 4].flatMap((i) => [i, i + 10, i + 20]),
    );
  });

  it('is an empty file when nothing was written', async () => {
    expect((await blobCollector('application/zip').blob().arrayBuffer()).byteLength).toBe(0);
  });
});
