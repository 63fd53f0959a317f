import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleIsFresh } from './bundle-freshness.mjs';

let root: string;
let dist: string;
const built = Date.UTC(2026, 11, 1, 12, 0, 0);
const at = (ms: number) => new Date(ms);

/** A repository with two sources and a bundle built at `built` from them. */
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'vigil-bundle-'));
  dist = join(root, 'apps/cli/dist');
  mkdirSync(join(root, 'src'), { recursive: true });
  mkdirSync(dist, { recursive: true });
  for (const name of ['a.ts', 'b.ts']) {
    writeFileSync(join(root, 'src', name), 'export {};');
    utimesSync(join(root, 'src', name), at(built - 60_000), at(built - 60_000));
  }
  writeFileSync(join(dist, 'vigil.js'), '');
  writeFileSync(
    join(dist, 'inputs.json'),
    JSON.stringify({ builtAt: built, inputs: ['src/a.ts', 'src/b.ts'] }),
  );
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the vigil executable runs its bundle', () => {
  it('while every source it was built from is older than the build', () => {
    expect(bundleIsFresh(dist, root)).toBe(true);
  });

  it('not once a source was edited after the build began', () => {
    utimesSync(join(root, 'src/b.ts'), at(built + 1), at(built + 1));
    expect(bundleIsFresh(dist, root)).toBe(false);
  });

  it('not when a source it was built from is gone, or the bundle or its list is', () => {
    rmSync(join(root, 'src/a.ts'));
    expect(bundleIsFresh(dist, root)).toBe(false);
    writeFileSync(join(root, 'src/a.ts'), 'export {};');
    utimesSync(join(root, 'src/a.ts'), at(built - 1), at(built - 1));
    expect(bundleIsFresh(dist, root)).toBe(true);
    rmSync(join(dist, 'vigil.js'));
    expect(bundleIsFresh(dist, root)).toBe(false);
    writeFileSync(join(dist, 'vigil.js'), '');
    writeFileSync(join(dist, 'inputs.json'), '{"builtAt": "yesterday", "inputs": []}');
    expect(bundleIsFresh(dist, root)).toBe(false);
  });
});
