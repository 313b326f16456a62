// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layering of docs/architecture.md, enforced: each folder lists the
 * folders it must never reach into. Imports inside src/ are relative, so a
 * relative path that climbs out and enters a forbidden top-level folder
 * (../../core/x) is the thing to refuse; package names (@mantine/core) are
 * never relative and so never match.
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

function layerPattern(layer) {
  const forbidden = layers[layer];
  return {
    regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`,
    message: `src/${layer} may not import from src/{${forbidden.join(',')}} (see docs/architecture.md, "Layout").`,
  };
}

const nodeBuiltins = { regex: '^node:', message: 'Node built-ins are not available in this layer.' };
const electronImport = { name: 'electron', message: 'Only src/main and src/preload may import electron.' };
const sqliteImport = { name: 'better-sqlite3', message: 'SQLite belongs to the seat core and the center.' };

export default tseslint.config(
  { ignores: ['out/**', '.scratch/**', 'dist/**', 'node_modules/**', 'bench/out/**', '.ci/node/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/shared/**'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronImport, sqliteImport], patterns: [nodeBuiltins, layerPattern('shared')] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require'],
    },
  },
  ...['core', 'host', 'server'].map((layer) => ({
    files: [`src/${layer}/**`],
    rules: { 'no-restricted-imports': ['error', { paths: [electronImport], patterns: [layerPattern(layer)] }] },
  })),
  {
    files: ['src/main/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layerPattern('main')] }] },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: [electronImport, sqliteImport], patterns: [nodeBuiltins, layerPattern('renderer')] },
      ],
    },
  },
  {
    files: ['src/preload/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [sqliteImport], patterns: [nodeBuiltins, layerPattern('preload')] }],
    },
  },
);
