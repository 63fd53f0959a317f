// Bundles the `vigil` executable (CLI and, in a chunk of its own, the server) into apps/cli/dist so
// that it runs on plain Node. Running from the TypeScript sources through tsx costs about 100 MB of
// resident memory (the loader thread and its transpiler); the evidence vault promises uploads under
// 200 MB per process (ADR 17). bin/vigil.mjs runs this bundle only while it is newer than every
// source it was built from, and falls back to the sources otherwise.
import { build } from 'esbuild';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const cliDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(cliDir, '../..');
const outdir = join(cliDir, 'dist');

/** Workspace packages are bundled (they are TypeScript); registry packages stay in node_modules. */
const externalRegistryPackages = {
  name: 'external-registry-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./#]/ }, (args) =>
      args.path.startsWith('@vigil/') ? undefined : { path: args.path, external: true },
    );
  },
};

// Sources are compared with the time the build started: one edited while it ran counts as newer.
const builtAt = Date.now();
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  stdin: {
    // The same composition as bin/vigil.mjs (ADR 5): the server loads only for `vigil serve`.
    contents: [
      "import { runCli } from './src/main.ts';",
      "const serve = (opts) => import('@vigil/server').then((m) => m.startServer(opts));",
      'process.exitCode = await runCli(process.argv, { serve });',
    ].join('\n'),
    resolveDir: cliDir,
    sourcefile: 'vigil-entry.mjs',
    loader: 'ts',
  },
  absWorkingDir: repoRoot,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  entryNames: 'vigil',
  chunkNames: 'chunk-[hash]',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  plugins: [externalRegistryPackages],
});

// The embedded database's own process (ADR 24) is an entry of its own: it loads PGlite and the
// pool, not the CLI or the server. The server finds it as db-host.js next to its chunk.
const host = await build({
  entryPoints: { 'db-host': 'apps/server/src/platform/db/engine-process/host.ts' },
  absWorkingDir: repoRoot,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  plugins: [externalRegistryPackages],
});

// The server reads its SQL migrations next to its own module; in the bundle that is dist/.
cpSync(join(repoRoot, 'apps/server/src/platform/db/migrations'), join(outdir, 'migrations'), {
  recursive: true,
});
const inputs = [
  ...new Set([...Object.keys(result.metafile.inputs), ...Object.keys(host.metafile.inputs)]),
].filter((p) => !p.includes('node_modules') && !p.endsWith('vigil-entry.mjs'));
inputs.push('apps/server/src/platform/db/migrations');
writeFileSync(join(outdir, 'inputs.json'), JSON.stringify({ builtAt, inputs }));
console.log(`vigil bundled into ${relative(process.cwd(), outdir)} from ${inputs.length} sources`);
