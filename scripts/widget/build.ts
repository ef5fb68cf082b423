/**
 * `npm run build:widget`: bundles widget/ (Lit included) into one minified ES module and writes
 * build/widget.json ({ code, hash, bytes, gzipBytes }, imported by the worker to serve /widget.js
 * with a content-hash ETag) and build/widget.js (the same code, for inspection).
 * Fails, writing nothing, when the bundle is over its budget of 25 KB gzip.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

/** Budget for /widget.js, gzip, Lit included: one small request on an agency's page. */
const BUDGET_GZIP_BYTES = 25 * 1024
const OUT_DIR = 'build'

const started = performance.now()
const result = await build({
  entryPoints: ['widget/index.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  // Browsers of the last few years (agency desktops included); Lit 3 itself needs ES2021.
  target: ['es2021', 'chrome100', 'firefox100', 'safari15.4', 'edge100'],
  platform: 'browser',
  write: false,
  legalComments: 'none',
  charset: 'utf8',
  tsconfig: 'tsconfig.json',
})
const code = result.outputFiles[0].text
const bytes = Buffer.byteLength(code)
const gzipBytes = gzipSync(code, { level: 9 }).length
const hash = createHash('sha256').update(code).digest('hex').slice(0, 16)
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

if (gzipBytes > BUDGET_GZIP_BYTES) {
  console.error(`widget: ${kb(gzipBytes)} gzip is over the budget of ${kb(BUDGET_GZIP_BYTES)} gzip; nothing written`)
  process.exit(1)
}

/** Write next to the target and rename, so wrangler dev (watching build/) never reads half a file. */
function writeAtomic(path: string, text: string) {
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, text)
  renameSync(tmp, path)
}

mkdirSync(OUT_DIR, { recursive: true })
writeAtomic(`${OUT_DIR}/widget.js`, code)
writeAtomic(`${OUT_DIR}/widget.json`, JSON.stringify({ code, hash, bytes, gzipBytes }))
console.log(
  `widget: ${OUT_DIR}/widget.js ${kb(bytes)}, ${kb(gzipBytes)} gzip (budget ${kb(BUDGET_GZIP_BYTES)}), hash ${hash}, ${Math.round(performance.now() - started)} ms`,
)
