import { defineConfig } from 'vite';

// No React plugin: esbuild's automatic JSX runtime is all the app needs, and fewer build
// dependencies means less to audit. The server applies a strict CSP, so nothing may be inlined
// into index.html and every asset must come from this origin.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Source maps would publish the full source tree next to the app; not needed in production.
    sourcemap: false,
    target: 'es2022',
    // Keep every asset a separate file served from 'self' rather than a data: URL in CSS or JS.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false } },
  },
  preview: { host: '127.0.0.1' },
});
