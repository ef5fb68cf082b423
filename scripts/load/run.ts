/**
 * `npm run load`: a bounded load run against the real worker under `wrangler dev` on 127.0.0.1 —
 * 60 s (LOAD_SECONDS) at 50 connections, a mix of search, answer and suggest over the dev questions.
 * The capacity run has the per-client rate limit off (one IP would otherwise be limited at once);
 * a second short run with it on shows the intended 429s. Fails on any error or unexpected status.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { apiPaths, runLoad, summarize } from './autocannon.ts'
import { startWorker } from '../../test/support/wrangler-dev.ts'

const seconds = Number(process.env.LOAD_SECONDS ?? 60)
const questions = (JSON.parse(readFileSync('../shared/eval/dev-queries.json', 'utf8')).queries as { q: string }[]).map((q) => q.q)
const paths = apiPaths(questions)
const run = (url: string, seconds: number) => runLoad(url, { connections: 50, seconds, paths })

const summary: Record<string, unknown> = { measuredAt: new Date().toISOString(), seconds, connections: 50 }
let failed = false

const open = await startWorker({ vars: { RATE_LIMIT: 'off' } })
try {
  const capacity = await run(open.url, seconds)
  const { result, statuses } = capacity
  const unexpected = Object.keys(statuses).filter((s) => s !== '200')
  summary.capacity = summarize(capacity, 50, seconds)
  console.log(`capacity (rate limit off): ${result.requests.total} requests in ${seconds} s, ${result.requests.average.toFixed(0)} req/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${result.errors}, timeouts ${result.timeouts}, statuses ${JSON.stringify(statuses)}`)
  if (result.errors || result.timeouts || unexpected.length) failed = true
} finally {
  await open.stop()
}

const limited = await startWorker()
try {
  const { result, statuses } = await run(limited.url, 5)
  const unexpected = Object.keys(statuses).filter((s) => s !== '200' && s !== '429')
  summary.rateLimited = { requests: result.requests.total, errors: result.errors, statuses }
  console.log(`rate limit on (one client, 5 s): ${JSON.stringify(statuses)}, errors ${result.errors}`)
  if (result.errors || unexpected.length || !statuses['429']) failed = true
} finally {
  await limited.stop()
}

writeFileSync('build/load.json', JSON.stringify(summary, null, 2) + '\n')
console.log('written to build/load.json')
if (failed) {
  console.error('load: errors, timeouts or unexpected statuses')
  process.exit(1)
}
