// The server app's public surface: what the CLI's composition root (bin/vigil.mjs) starts.
export { buildApp, type BuildOptions } from './app';
export { startServer, type RunningServer, type ServeOptions } from './server';
export { settings } from './platform/config';
