import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

// One build makes every runtime: the Electron main process, the core worker
// and the browser host (plain Node, same folder so each finds core-worker.js),
// the reference center that both shells run as their embedded center (a child
// process, never imported by a shell), the sandboxed preload (a single
// CommonJS file) and the renderer.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          'core-worker': resolve('src/core/worker/core-worker-entry.ts'),
          'pull-reader': resolve('src/core/sync/pull-reader/pull-reader-entry.ts'),
          host: resolve('src/host/host-cli.ts'),
          center: resolve('src/server/cli/server-cli.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves bundles unminified; the renderer is what the browser host ships and parses at start.
      minify: true,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
