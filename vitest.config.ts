import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    // Two cores on CI machines: keep parallelism modest.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'shared', environment: 'node', include: ['test/shared/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'electron',
          environment: 'node',
          include: ['test/electron/**/*.test.ts', 'test/tooling/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['test/server/**/*.test.ts', 'test/integration/**/*.test.ts'],
          // A migrated PGlite database, made once, that each file's databases start from.
          globalSetup: ['test/setup/pgliteTemplate.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup/renderer.ts'],
          globalSetup: ['test/setup/pgliteTemplate.ts'],
          testTimeout: 15_000,
        },
      },
    ],
  },
});
