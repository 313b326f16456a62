import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const electronStub = fileURLToPath(new URL('./tests/stubs/electron.ts', import.meta.url));

// Four projects: Node (core, shell policies, transports, host), jsdom
// (React components), the sync fault simulation, and end to end (real
// Chromium against the built seat).
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: { electron: electronStub } },
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.tsx'],
          setupFiles: ['tests/helpers/jsdom-setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          // Seeded sync fault simulation: seat processes, a real center, SIGKILLs (npm run sim runs more seeds).
          name: 'sim',
          environment: 'node',
          include: ['tests/sim/**/*.test.ts'],
          testTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
