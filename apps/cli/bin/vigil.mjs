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
import { fileURLToPath } from 'node:url';
import { bundleIsFresh } from './bundle-freshness.mjs';

// `vigil … | head` closes the pipe early: the reader has what it wanted, which is no error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const distDir = fileURLToPath(new URL('../dist/', import.meta.url));

if (process.env.VIGIL_FROM_SOURCE !== '1' && bundleIsFresh(distDir, repoRoot)) {
  await import(new URL('../dist/vigil.js', import.meta.url).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { runCli } = await import('../src/main.ts');
  const serve = (opts) => import('@vigil/server').then((m) => m.startServer(opts));
  process.exitCode = await runCli(process.argv, { serve });
}
