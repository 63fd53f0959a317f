// Lint config. The import-boundary rules of docs STYLE.md §11 are errors, not warnings:
// the architecture is enforced by the build, not by hope.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const cryptoModules = [
  'node:crypto',
  'crypto',
  'hash-wasm',
  '@noble/*',
  '@node-rs/*',
  '#argon2',
  '#symmetric',
];
const fsModules = ['node:fs', 'node:fs/promises', 'fs', 'fs/promises', '@aws-sdk/*'];
const appPackages = ['@vigil/server', '@vigil/web', '@vigil/cli'];

/**
 * Builds a no-restricted-imports rule from groups of forbidden modules. Plain names are matched
 * exactly (`paths`): as gitignore-style patterns, `crypto` would also match `@vigil/crypto`.
 * Names with a `*` are glob patterns.
 */
const forbid = (...groups) => {
  const paths = [];
  const patterns = [];
  for (const { names, message } of groups) {
    for (const name of names.filter((n) => !n.includes('*'))) paths.push({ name, message });
    const globs = names.filter((n) => n.includes('*'));
    if (globs.length > 0) patterns.push({ group: globs, message });
  }
  return ['error', { paths, patterns }];
};

const noCrypto = {
  names: cryptoModules,
  message: 'Only packages/crypto may use crypto primitives (STYLE.md 11).',
};
const noFs = {
  names: fsModules,
  message: 'Only platform code may touch the file system or S3 (STYLE.md 11).',
};
const noApps = {
  names: [...appPackages, '**/apps/**'],
  message: 'Packages never import apps, and apps never import each other (STYLE.md 11).',
};
const noOurs = {
  names: ['@vigil/*', 'fastify', 'react', 'kysely', 'pg'],
  message: 'packages/core imports nothing of ours and no framework (STYLE.md 11).',
};

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'vigil-data/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        fetch: 'readonly',
        AbortController: 'readonly',
        structuredClone: 'readonly',
        crypto: 'readonly',
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        localStorage: 'readonly',
        sessionStorage: 'readonly',
        Response: 'readonly',
        Request: 'readonly',
        Headers: 'readonly',
        Blob: 'readonly',
        Buffer: 'readonly',
        queueMicrotask: 'readonly',
        Worker: 'readonly',
        self: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use `as const` objects, not enums.' },
      ],
    },
  },
  // Everything outside packages/crypto: no crypto primitives, no WebCrypto global.
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['packages/crypto/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'crypto', property: 'subtle', message: 'Use @vigil/crypto.' },
        { object: 'globalThis', property: 'crypto', message: 'Use @vigil/crypto.' },
      ],
    },
  },
  // Production code outside platform folders: no file system, no crypto, no app imports.
  {
    files: ['apps/**/*.ts', 'apps/**/*.tsx', 'packages/**/*.ts', 'packages/**/*.tsx'],
    ignores: [
      'packages/crypto/**',
      'apps/server/src/platform/**',
      'apps/cli/src/platform/**',
      '**/*.test.ts',
      '**/*.test.tsx',
      'packages/test-utils/**',
      'apps/web/vite.config.ts',
    ],
    rules: { 'no-restricted-imports': forbid(noCrypto, noFs, noApps) },
  },
  {
    files: ['apps/server/src/platform/**', 'apps/cli/src/platform/**'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': forbid(noCrypto, noApps) },
  },
  {
    files: ['packages/crypto/**'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': forbid(noFs, noApps) },
  },
  {
    files: ['packages/core/**'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': forbid(noCrypto, noFs, noApps, noOurs) },
  },
  {
    files: ['apps/server/**'],
    rules: {
      'no-restricted-imports': forbid(noCrypto, noFs, {
        names: [
          '@vigil/web',
          '@vigil/cli',
          '@vigil/client',
          '**/apps/web/**',
          '**/apps/cli/**',
          '**/web/src/**',
          '**/cli/src/**',
        ],
        message: 'Apps never import each other; the server does not use the client package.',
      }),
    },
    ignores: ['apps/server/src/platform/**', '**/*.test.ts'],
  },
  {
    files: ['apps/web/**', 'apps/cli/**'],
    // Build scripts and the executable's composition root (ADR 5, 17) read files by design.
    ignores: [
      'apps/cli/src/platform/**',
      '**/*.test.ts',
      'apps/web/vite.config.ts',
      'apps/cli/bin/**',
      'apps/cli/scripts/**',
    ],
    rules: {
      'no-restricted-imports': forbid(noCrypto, noFs, {
        names: [
          '@vigil/server',
          '**/apps/server/**',
          '**/server/src/**',
          '@vigil/web',
          '@vigil/cli',
        ],
        message: 'Apps never import each other.',
      }),
    },
  },
);
