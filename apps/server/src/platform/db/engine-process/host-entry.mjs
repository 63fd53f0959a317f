// Starts the engine process from the TypeScript sources (development and tests). The bundled
// executable runs dist/db-host.js instead, built from host.ts by apps/cli/scripts/build.mjs.
const { register } = await import('tsx/esm/api');
register();
await import('./host.ts');
