/**
 * `npm run bench`: the figures we hold the service to, measured on this machine — build time and
 * peak memory, index and bundle sizes against the Workers limits, the widget size, and edge timings
 * inside workerd (isolate start by `wrangler check startup`, cold load, per-query p50/p95/p99), HTTP
 * throughput and latency under autocannon against `wrangler dev` at 1, 10 and 50 connections, and
 * the peer engines (Orama, FlexSearch, MiniSearch) on the same corpus and queries. Prints a table
 * and writes build/bench.json. Budgets are checked here, not in timed unit tests.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { startWorker } from '../../test/support/wrangler-dev.ts'
import { apiPaths, runLoad, summarize, type LoadSummary } from '../load/autocannon.ts'
import { measurePeers } from './peers.ts'
import { measured } from './measure.ts'
import { measureStartup } from './startup.ts'
import { stats } from '../../bench/phrases.ts'

const DEV_QUERIES = '../shared/eval/dev-queries.json'
const HTTP_CONNECTIONS = [1, 10, 50]
const HTTP_SECONDS = 10
const BUDGETS = { searchP99Ms: 1, answerP99Ms: 2, coldStartMs: 50, workerGzipBytes: 1024 * 1024, widgetGzipBytes: 25 * 1024 }
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

const build = await measured('npx', ['tsx', 'scripts/index/cli.ts'])
const widgetBuild = spawnSync('npx', ['tsx', 'scripts/widget/build.ts'], { encoding: 'utf8' })
if (widgetBuild.status !== 0) throw new Error(widgetBuild.stderr)

const manifest = JSON.parse(readFileSync('build/manifest.json', 'utf8'))
const widget = JSON.parse(readFileSync('build/widget.json', 'utf8'))

// A clean output directory: wrangler leaves earlier builds' hashed modules beside new ones.
rmSync('dist', { recursive: true, force: true })
const dry = spawnSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', 'dist'], { encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } })
if (dry.status !== 0) throw new Error(dry.stderr || dry.stdout)
// What is uploaded as the script: modules, not source maps or the README wrangler writes beside them.
const bundle = readdirSync('dist')
  .filter((f) => statSync(join('dist', f)).isFile() && !f.endsWith('.map') && f !== 'README.md')
  .map((f) => readFileSync(join('dist', f)))
const workerBytes = bundle.reduce((n, b) => n + b.length, 0)
const workerGzipBytes = bundle.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0)

// Isolate start: compiling the bundle and its top-level code, before the first request loads the index.
// The median of nine runs: single runs of the sampled profile vary by ±10 ms on a busy 2-core machine.
const startup = measureStartup(9)
/** One run of the edge timings in a fresh workerd (coldOnly: the load and first query, no per-query timings). */
function edgeTimings(coldOnly: boolean) {
  const file = coldOnly ? 'bench/cold.bench-test.ts' : 'bench/edge.bench-test.ts'
  const run = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.bench.config.ts', file], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  const line = `${run.stdout}\n${run.stderr}`.split('\n').find((l) => l.startsWith('BENCH '))
  if (!line) throw new Error(`edge timings did not run:\n${run.stdout}\n${run.stderr}`)
  return JSON.parse(line.slice(6))
}
// The cold load is one measurement per isolate, in whole milliseconds: the median of five isolates.
const timings = edgeTimings(false)
const colds = [timings, ...Array.from({ length: 4 }, () => edgeTimings(true))]
const loadRunsMs: number[] = colds.map((c) => c.loadMs)
const edge = { ...timings, loadMs: stats(loadRunsMs).p50, firstQueryMs: stats(colds.map((c) => c.firstQueryMs)).p50, loadRunsMs }

// HTTP: the real worker under wrangler dev, the rate limit off (one client would be limited at once).
const questions = (JSON.parse(readFileSync(DEV_QUERIES, 'utf8')).queries as { q: string }[]).map((q) => q.q)
const http: LoadSummary[] = []
const worker = await startWorker({ vars: { RATE_LIMIT: 'off' } })
try {
  for (const connections of HTTP_CONNECTIONS)
    http.push(summarize(await runLoad(worker.url, { connections, seconds: HTTP_SECONDS, paths: apiPaths(questions) }), connections, HTTP_SECONDS))
} finally {
  await worker.stop()
}

const peers = await measurePeers('build', DEV_QUERIES)

// The scale path is measured by `npm run bench:d1` (a ~15-minute load); its last figures are reported here.
const d1 = existsSync('build/bench-d1.json') ? JSON.parse(readFileSync('build/bench-d1.json', 'utf8')) : null
// A cold isolate serves its first request after starting, loading the index and answering.
const coldMs = Math.round((startup.activeMs + edge.loadMs + edge.firstQueryMs) * 10) / 10

const results = {
  measuredAt: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  build: { indexMs: Math.round(build.ms), peakRssBytes: build.peakRssBytes, documents: manifest.documents, passages: manifest.passages },
  sizes: {
    index: Object.fromEntries(Object.entries(manifest.files as Record<string, { bytes: number; gzipBytes: number }>)),
    workerBytes,
    workerGzipBytes,
    workerLimits: { freeGzipBytes: 3 * 1024 * 1024, paidGzipBytes: 10 * 1024 * 1024 },
    widgetBytes: widget.bytes,
    widgetGzipBytes: widget.gzipBytes,
  },
  startup,
  edge,
  http,
  peers,
  d1,
  budgets: {
    searchP99: { budgetMs: BUDGETS.searchP99Ms, measuredMs: edge.search.p99, ok: edge.search.p99 <= BUDGETS.searchP99Ms },
    answerP99: { budgetMs: BUDGETS.answerP99Ms, measuredMs: edge.answer.p99, ok: edge.answer.p99 <= BUDGETS.answerP99Ms },
    coldStart: { budgetMs: BUDGETS.coldStartMs, measuredMs: coldMs, ok: coldMs <= BUDGETS.coldStartMs },
    workerSize: { budgetGzipBytes: BUDGETS.workerGzipBytes, measured: workerGzipBytes, ok: workerGzipBytes <= BUDGETS.workerGzipBytes },
    widgetSize: { budgetGzipBytes: BUDGETS.widgetGzipBytes, measured: widget.gzipBytes, ok: widget.gzipBytes <= BUDGETS.widgetGzipBytes },
  },
}
writeFileSync('build/bench.json', JSON.stringify(results, null, 2) + '\n')

const ok = (b: boolean) => (b ? 'ok  ' : 'MISS')
const ms = (n: number) => `${n.toFixed(2)} ms`
console.log(`
sbk-answer benchmark (${results.machine.cpus} cores, ${process.version})
  build        npm run index ${(build.ms / 1000).toFixed(1)} s, peak RSS ${(build.peakRssBytes / 1024 / 1024).toFixed(0)} MB (process tree); ${manifest.passages} passages
  index        ${Object.entries(results.sizes.index).map(([n, f]) => `${n} ${kb(f.bytes)} / ${kb(f.gzipBytes)} gz`).join('; ')}
  worker       ${kb(workerBytes)} raw, ${kb(workerGzipBytes)} gzip   (Workers limit: 3 MB free, 10 MB paid)   ${ok(results.budgets.workerSize.ok)} budget 1 MB
  widget       ${kb(widget.bytes)} raw, ${kb(widget.gzipBytes)} gzip   ${ok(results.budgets.widgetSize.ok)} budget 25 KB
  cold start   ${coldMs} ms = isolate start ${startup.activeMs} ms (wrangler check startup, median of ${startup.runsMs.length} runs: ${Math.min(...startup.runsMs)}–${Math.max(...startup.runsMs)}) + index load ${edge.loadMs} ms (median of ${edge.loadRunsMs.length} isolates: ${Math.min(...edge.loadRunsMs)}–${Math.max(...edge.loadRunsMs)}) + first query ${edge.firstQueryMs} ms   ${ok(results.budgets.coldStart.ok)} budget 50 ms
  search       p50 ${ms(edge.search.p50)}  p95 ${ms(edge.search.p95)}  p99 ${ms(edge.search.p99)}   ${ok(results.budgets.searchP99.ok)} budget p99 1 ms
  answer       p50 ${ms(edge.answer.p50)}  p95 ${ms(edge.answer.p95)}  p99 ${ms(edge.answer.p99)}   ${ok(results.budgets.answerP99.ok)} budget p99 2 ms
  (edge timings inside workerd over ${edge.queries} queries — dev queries + corpus phrases — each the mean of ${edge.repeat} runs)

HTTP (autocannon → wrangler dev on 127.0.0.1, ${HTTP_SECONDS} s each, search/answer/suggest mix over the dev questions)
  connections   req/s   p50 ms   p90 ms   p99 ms   max ms   errors   non-200
${http.map((h) => `  ${String(h.connections).padStart(11)}   ${String(h.rps).padStart(5)}   ${String(h.latencyMs.p50).padStart(6)}   ${String(h.latencyMs.p90).padStart(6)}   ${String(h.latencyMs.p99).padStart(6)}   ${String(h.latencyMs.max).padStart(6)}   ${String(h.errors + h.timeouts).padStart(6)}   ${String(Object.entries(h.statuses).filter(([s]) => s !== '200').reduce((n, [, c]) => n + c, 0)).padStart(7)}`).join('\n')}

Peers (Node ${process.version}, same passages, ${peers[0].query.n} queries; index = what the engine must load)
  engine        index raw / gzip        load ms   query p50 ms   p99 ms   dev recall@3
${peers.map((p) => `  ${p.engine.padEnd(12)}  ${kb(p.indexBytes).padStart(9)} / ${kb(p.indexGzipBytes).padStart(9)}   ${String(p.loadMs).padStart(7)}   ${p.query.p50.toFixed(3).padStart(12)}   ${p.query.p99.toFixed(3).padStart(6)}   ${p.devRecall3.toFixed(3).padStart(12)}`).join('\n')}
${peers.map((p) => `    ${p.engine}: ${p.setup}`).join('\n')}
${d1 ? `
D1 backend, whole collection (npm run bench:d1, measured ${d1.measuredAt}): ${d1.health.articles} articles of ${d1.health.laws} laws, database ${(d1.databaseBytes / 1024 / 1024).toFixed(0)} MB${d1.load ? `, load ${(d1.load.ms / 1000).toFixed(0)} s` : ''}
  search p50 ${d1.search.p50} ms p99 ${d1.search.p99} ms, answer p50 ${d1.answer.p50} ms p99 ${d1.answer.p99} ms (HTTP via wrangler dev); dev recall@3 ${d1.devRecall3.d1FullCollection} (minisearch, default corpus: ${d1.devRecall3.minisearchDefaultCorpus})` : '\nD1 backend: not measured yet (npm run bench:d1)'}
  written to build/bench.json`)
