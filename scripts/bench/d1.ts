/**
 * `npm run bench:d1`: the scale path, measured. Loads the whole law collection
 * (../shared/corpus-sources/laws, ~147,000 articles) into the local D1 database from scratch
 * (time and peak memory), measures the database, serves it with `wrangler dev --env d1` on
 * 127.0.0.1, and times /api/search and /api/answer over the dev questions (sequential, as one
 * user; then autocannon at 10 connections), with recall@3 on the dev questions beside the
 * default backend's on the default corpus. Writes build/bench-d1.json, which `npm run bench`
 * reports too. `-- --reuse` skips the load when the database already holds the collection.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { startWorker } from '../../test/support/wrangler-dev.ts'
import { runLoad, summarize } from '../load/autocannon.ts'
import { evaluate, loadQueries, QUESTION_SETS } from '../eval/run.ts'
import { loadService } from '../eval/load-service.ts'
import { matchesTarget, score, type EvalQuery } from '../eval/metrics.ts'
import { stats } from '../../bench/phrases.ts'
import { round } from '../../core/search/respond.ts'
import { measured } from './measure.ts'

const COLLECTION = '../shared/corpus-sources/laws'
const SOURCE = ['--source-name', 'LawRefBook/Laws', '--source-commit', '2f4c5c23716267af9dbebbbbd6cbbf732b101981', '--source-url', 'https://github.com/LawRefBook/Laws/blob/2f4c5c23716267af9dbebbbbd6cbbf732b101981/']
const D1_STATE = '.wrangler/state/v3/d1'
const RUNS_PER_QUERY = 5

const { values } = parseArgs({ options: { reuse: { type: 'boolean', default: false } } })

function databaseBytes(): number {
  let total = 0
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (/\.sqlite(-wal)?$/.test(name)) total += statSync(path).size
    }
  }
  walk(D1_STATE)
  return total
}

let load: { ms: number; peakRssBytes: number } | undefined
if (!values.reuse) {
  // From scratch: wrangler's local D1 state for this project is removed first.
  rmSync(D1_STATE, { recursive: true, force: true })
  load = await measured('npx', ['tsx', 'scripts/index/cli.ts', '--target', 'd1', '--corpus', COLLECTION, ...SOURCE], 'inherit')
}
const dbBytes = databaseBytes()

const dev = loadQueries(QUESTION_SETS.dev) as EvalQuery[]
const worker = await startWorker({ env: 'd1', vars: { RATE_LIMIT: 'off' } })
let health: Record<string, unknown>
const search: number[] = []
const answer: number[] = []
let recall3 = 0
let probe: { query: string; answer: string | null }
let http
try {
  const get = async (path: string) => {
    const started = performance.now()
    const res = await fetch(worker.url + path)
    const json = (await res.json()) as any
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`)
    return { ms: performance.now() - started, json }
  }
  health = (await get('/api/health')).json
  // The first query reads the law list once per isolate: warm up before timing.
  await get('/api/search?q=' + encodeURIComponent('社会保险'))
  for (const t of dev) {
    const q = encodeURIComponent(t.q)
    for (let r = 0; r < RUNS_PER_QUERY; r++) search.push((await get(`/api/search?q=${q}&limit=10`)).ms)
    for (let r = 0; r < RUNS_PER_QUERY; r++) answer.push((await get(`/api/answer?q=${q}`)).ms)
    const results = (await get(`/api/search?q=${q}&limit=3`)).json.results as { title: string }[]
    if (results.some((r) => matchesTarget(r, t))) recall3++
  }
  const probeQuery = '工伤认定申请时限'
  probe = { query: probeQuery, answer: (await get(`/api/answer?q=${encodeURIComponent(probeQuery)}`)).json.answer?.title ?? null }
  const paths = dev.flatMap((t) => [`/api/search?q=${encodeURIComponent(t.q)}`, `/api/answer?q=${encodeURIComponent(t.q)}`])
  http = summarize(await runLoad(worker.url, { connections: 10, seconds: 10, paths }), 10, 10)
} finally {
  await worker.stop()
}

const minisearchRecall3 = score(evaluate(loadService(), dev)).recall3
const s = stats(search)
const a = stats(answer)
const results = {
  measuredAt: new Date().toISOString(),
  collection: COLLECTION,
  health,
  load: load ? { ms: Math.round(load.ms), peakRssBytes: load.peakRssBytes } : null,
  databaseBytes: dbBytes,
  search: { p50: round(s.p50, 2), p95: round(s.p95, 2), p99: round(s.p99, 2), max: round(s.max, 2), n: s.n },
  answer: { p50: round(a.p50, 2), p95: round(a.p95, 2), p99: round(a.p99, 2), max: round(a.max, 2), n: a.n },
  http,
  devRecall3: { d1FullCollection: round(recall3 / dev.length), minisearchDefaultCorpus: round(minisearchRecall3) },
  probe,
  budget: { searchP99Ms: 50, ok: s.p99 < 50 },
}
writeFileSync('build/bench-d1.json', JSON.stringify(results, null, 2) + '\n')
console.log(`
sbk-answer d1 backend, whole collection (${(health as { articles: number }).articles} articles of ${(health as { laws: number }).laws} laws)
  load         ${load ? `${(load.ms / 1000).toFixed(0)} s, peak RSS ${(load.peakRssBytes / 1024 / 1024).toFixed(0)} MB` : 'reused (--reuse)'}
  database     ${(dbBytes / 1024 / 1024).toFixed(0)} MB (local SQLite)
  search       p50 ${s.p50.toFixed(1)} ms  p95 ${s.p95.toFixed(1)} ms  p99 ${s.p99.toFixed(1)} ms   ${results.budget.ok ? 'ok  ' : 'MISS'} budget p99 50 ms
  answer       p50 ${a.p50.toFixed(1)} ms  p95 ${a.p95.toFixed(1)} ms  p99 ${a.p99.toFixed(1)} ms
  (through wrangler dev on 127.0.0.1, one client, ${dev.length} dev questions × ${RUNS_PER_QUERY})
  HTTP c=10    ${http.rps} req/s, p50 ${http.latencyMs.p50} ms, p99 ${http.latencyMs.p99} ms, errors ${http.errors + http.timeouts}
  recall@3     dev ${results.devRecall3.d1FullCollection.toFixed(3)} (d1, whole collection) vs ${results.devRecall3.minisearchDefaultCorpus.toFixed(3)} (minisearch, default corpus)
  probe        ${probe.query} → ${probe.answer}
  written to build/bench-d1.json`)
