import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// Kept apart from vite.config.ts so the crx() plugin never loads in tests.
const fakeBrowser = fileURLToPath(new URL('./extension/test-support/fake-browser.ts', import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'companion/**/*.test.ts', 'test/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          // Builds the companion bundle the spawned daemons run (companion/tools/bundle.ts).
          globalSetup: ['test/integration/global-setup.ts'],
          // Real daemons, real HTTP and child processes on a shared 2-core machine: generous, never relied on.
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'reliability',
          include: ['test/reliability/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/integration/global-setup.ts'],
          // Fuzzing and property runs: bounded in count and time; RELIABILITY_FULL=1 (npm run test:reliability) runs
          // the full counts recorded in docs/reliability.md.
          testTimeout: 300_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [preact()],
        resolve: { alias: { 'webextension-polyfill': fakeBrowser } },
        test: {
          name: 'dom',
          include: ['extension/**/*.test.ts', 'extension/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['extension/test-support/setup-dom.ts'],
        },
      },
    ],
  },
});
