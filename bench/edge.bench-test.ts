/**
 * Edge timings inside workerd (run by `npm run bench`, not by `npm test`): the cold load of the
 * index into a SearchService and per-query search/answer time over the dev queries plus phrases
 * sampled from the corpus. workerd's clock ticks in whole milliseconds here, so each query is
 * repeated and its mean taken; percentiles are over those per-query means.
 */
import { it } from 'vitest'
import devQueries from '../../shared/eval/dev-queries.json'
import { getService } from '../worker/bundle.ts'

const REPEAT = 40

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return { n: s.length, mean: s.reduce((a, b) => a + b, 0) / s.length, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: s[s.length - 1] }
}

it('edge timings', () => {
  const t0 = Date.now()
  const service = getService()
  const loadMs = Date.now() - t0
  const t1 = Date.now()
  service.answer('社保卡密码锁了怎么办', { limit: 5 })
  const firstQueryMs = Date.now() - t1

  // Phrases sampled deterministically from the corpus: 8-character windows of passage texts.
  const passages = Object.values((service as unknown as { store: { passages: Record<string, { text: string }> } }).store.passages)
  const sampled: string[] = []
  for (let i = 0; sampled.length < 1000 && i < passages.length * 4; i++) {
    const text = passages[(i * 7919) % passages.length].text
    const at = (i * 104729) % Math.max(1, text.length - 8)
    sampled.push(text.slice(at, at + 8))
  }
  const queries = [...(devQueries as { queries: { q: string }[] }).queries.map((q) => q.q), ...sampled]
  const time = (f: (q: string) => unknown) =>
    queries.map((q) => {
      const start = Date.now()
      for (let r = 0; r < REPEAT; r++) f(q)
      return (Date.now() - start) / REPEAT
    })
  const search = stats(time((q) => service.search(q, { limit: 10, offset: 0 })))
  const answer = stats(time((q) => service.answer(q, { limit: 5 })))
  console.log('BENCH ' + JSON.stringify({ loadMs, firstQueryMs, queries: queries.length, repeat: REPEAT, search, answer }))
})
