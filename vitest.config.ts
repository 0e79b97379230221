import { defineConfig } from 'vitest/config';

// Kept apart from vite.config.ts so the crx() plugin never loads in tests.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'companion/**/*.test.ts', 'test/*.test.ts', 'test/integration/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
