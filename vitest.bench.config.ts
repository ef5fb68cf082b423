/** `npm run bench` runs the edge timings inside workerd with this config (not part of npm test). */
import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
  test: { include: ['bench/**/*.bench-test.ts'], testTimeout: 600_000 },
})
