#!/usr/bin/env node
// The `vigil` command. This file is the CLI's composition root and the ONE place where two apps
// meet: `vigil serve` starts the server app, injected here as `serve`, because the sources under
// apps/*/src never import another app (lint rule, STYLE.md 11). The server is loaded lazily so
// that client commands do not pay for it.
//
// It runs the bundle in ../dist (`npm run build:cli`, same composition) while that bundle is newer
// than every source it was built from: plain Node needs about 100 MB less memory than the sources
// through tsx (ADR 17). A source edited since, or no bundle, means the sources run, so a stale
// bundle never answers for changed code.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const bundle = new URL('../dist/vigil.js', import.meta.url);

const bundleIsFresh = () => {
  if (process.env.VIGIL_FROM_SOURCE === '1') return false;
  try {
    const { builtAt, inputs } = JSON.parse(
      readFileSync(new URL('../dist/inputs.json', import.meta.url), 'utf8'),
    );
    return inputs.every((input) => statSync(repoRoot + input).mtimeMs <= builtAt);
  } catch {
    return false; // no bundle, or a source it was built from is gone
  }
};

if (bundleIsFresh()) {
  await import(bundle.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { runCli } = await import('../src/main.ts');
  const serve = (opts) => import('@vigil/server').then((m) => m.startServer(opts));
  process.exitCode = await runCli(process.argv, { serve });
}
