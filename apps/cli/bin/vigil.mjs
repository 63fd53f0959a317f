#!/usr/bin/env node
// The `vigil` command. This file is the CLI's composition root and the ONE place where two apps
// meet: `vigil serve` starts the server app, injected here as `serve`, because the sources under
// apps/*/src never import another app (lint rule, STYLE.md 11). The server is loaded lazily so
// that client commands do not pay for it.
import { register } from 'tsx/esm/api';

register();

const { runCli } = await import('../src/main.ts');
const serve = (opts) => import('@vigil/server').then((m) => m.startServer(opts));

process.exitCode = await runCli(process.argv, { serve });
