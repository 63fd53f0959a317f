// Whether the bundle in `distDir` may run: it exists, and none of the sources it was built from
// (listed in its inputs.json, relative to `repoRoot`) changed or went away since the build began.
// Kept apart from vigil.mjs so that a test can check it on a directory of its own (ADR 17).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const bundleIsFresh = (distDir, repoRoot) => {
  try {
    const { builtAt, inputs } = JSON.parse(readFileSync(join(distDir, 'inputs.json'), 'utf8'));
    if (typeof builtAt !== 'number' || !Array.isArray(inputs) || inputs.length === 0) return false;
    statSync(join(distDir, 'vigil.js'));
    return inputs.every((input) => statSync(join(repoRoot, input)).mtimeMs <= builtAt);
  } catch {
    return false; // no bundle, or a source it was built from is gone
  }
};
