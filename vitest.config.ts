/**
 * Four test projects:
 * - node:      core/ and scripts/ code in Node (nodejieba, the importer, the index build, eval);
 * - worker:    the whole worker inside workerd via @cloudflare/vitest-plugin (SELF.fetch);
 * - worker-d1: the same worker with the d1 backend, on a small corpus loaded into local D1;
 * - browser: real Chromium (playwright-core) against `wrangler dev`, one file at a time.
 * `npm test` builds the index and the widget first, so every project sees the real corpus.
 */
import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['test/core/**/*.test.ts', 'test/scripts/**/*.test.ts', 'test/widget/**/*.unit.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
        test: {
          name: 'worker',
          include: ['test/worker/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        // The d1 backend ([env.d1]: SEARCH_BACKEND = "d1", a local D1 database) on a small corpus.
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml', environment: 'd1' } })],
        test: {
          name: 'worker-d1',
          include: ['test/worker-d1/**/*.test.ts'],
          globalSetup: ['test/support/d1-fixture.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/widget/**/*.browser.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
