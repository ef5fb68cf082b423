/**
 * Three test projects:
 * - node:    core/ and scripts/ code in Node (nodejieba, the importer, the index build, eval);
 * - worker:  the whole worker inside workerd via @cloudflare/vitest-plugin (SELF.fetch);
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
