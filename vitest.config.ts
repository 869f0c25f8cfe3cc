import { defineConfig } from 'vitest/config';

/**
 * One runner, four layers of the test pyramid. File suffixes pick the layer:
 *   *.test.ts           unit and module scenario tests (no I/O)
 *   *.service.test.ts   real sockets, real PostgreSQL/Redis of the machine
 *   *.janus.test.ts     media integration against a real Janus
 *   e2e/*.e2e.test.ts   whole stack with headless Chromium
 */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{packages,modules,apps}/**/*.test.{ts,tsx}'],
          exclude: ['**/node_modules/**', '**/dist/**', '**/*.service.test.ts', '**/*.janus.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'service',
          include: ['{packages,modules,apps}/**/*.service.test.ts'],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'media',
          include: ['{packages,modules,apps}/**/*.janus.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
