/**
 * Edge timings inside workerd (run by `npm run bench`, not by `npm test`): the cold load of the
 * index into a SearchService and per-query search/answer time over the dev queries plus phrases
 * sampled from the corpus. workerd's clock ticks in whole milliseconds here, so each query is
 * repeated and its mean taken; percentiles are over those per-query means.
 */
import { it } from 'vitest'
import devQueries from '../../shared/eval/dev-queries.json'
import { coldLoad } from './cold-load.ts'
import { samplePhrases, stats } from './phrases.ts'

const REPEAT = 40

it('edge timings', () => {
  const { service, loadMs, firstQueryMs } = coldLoad()

  const passages = Object.values((service as unknown as { store: { passages: Record<string, { text: string }> } }).store.passages)
  const sampled = samplePhrases(passages.map((p) => p.text))
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
