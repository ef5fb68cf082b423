/**
 * `npm run build:widget`: bundles widget/ (Lit included) into one minified ES module and writes
 * build/widget.js and build/widget.json ({ code, hash, bytes, gzipBytes }) for the worker.
 * Fails when the bundle exceeds its budget of 25 KB gzip.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const BUDGET_GZIP = 25 * 1024

const result = await build({
  entryPoints: ['widget/index.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  legalComments: 'none',
  tsconfig: 'tsconfig.json',
})
const code = result.outputFiles[0].text
const gzipBytes = gzipSync(code, { level: 9 }).length
const hash = createHash('sha256').update(code).digest('hex').slice(0, 16)
mkdirSync('build', { recursive: true })
writeFileSync('build/widget.js', code)
writeFileSync('build/widget.json', JSON.stringify({ code, hash, bytes: Buffer.byteLength(code), gzipBytes }))
console.log(`widget: build/widget.js ${(code.length / 1024).toFixed(1)} KB, ${(gzipBytes / 1024).toFixed(1)} KB gzip (budget 25 KB), hash ${hash}`)
if (gzipBytes > BUDGET_GZIP) {
  console.error(`widget: ${(gzipBytes / 1024).toFixed(1)} KB gzip is over the 25 KB budget`)
  process.exit(1)
}
