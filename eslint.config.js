// @ts-check
import js from '@eslint/js';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layering of docs/architecture.md, enforced: each folder lists the
 * folders it must never reach into, resolved as real paths.
 */
const layers = {
  shared: ['core', 'main', 'host', 'preload', 'renderer', 'server'],
  core: ['main', 'host', 'preload', 'renderer', 'server'],
  main: ['host', 'preload', 'renderer', 'server'],
  host: ['main', 'preload', 'renderer', 'server'],
  preload: ['core', 'main', 'host', 'renderer', 'server'],
  renderer: ['core', 'main', 'host', 'preload', 'server'],
  server: ['core', 'main', 'host', 'preload', 'renderer'],
};

const zones = Object.entries(layers).flatMap(([target, forbidden]) =>
  forbidden.map((from) => ({
    target: `./src/${target}`,
    from: `./src/${from}`,
    message: `src/${target} may not import from src/${from} (see docs/architecture.md, "Layout").`,
  })),
);

const nodeBuiltins = { group: ['node:*'], message: 'Node built-ins are not available in this layer.' };
const electronImport = { name: 'electron', message: 'Only src/main and src/preload may import electron.' };
const sqliteImport = { name: 'better-sqlite3', message: 'SQLite belongs to the seat core and the center.' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'bench/out/**', '.ci/node/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/shared/**'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': ['error', { paths: [electronImport, sqliteImport], patterns: [nodeBuiltins] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['src/core/**', 'src/host/**', 'src/server/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronImport] }] },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [electronImport, sqliteImport], patterns: [nodeBuiltins] }],
    },
  },
  {
    files: ['src/preload/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [sqliteImport], patterns: [nodeBuiltins] }] },
  },
);
