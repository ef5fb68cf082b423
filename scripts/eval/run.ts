/**
 * `npm run eval`: relevance of the search service on the dev question set and the project's own,
 * through the same code path as /api/search and /api/answer. Prints scores and failing queries.
 */
import { readFileSync } from 'node:fs'
import type { SearchService } from '../../core/search/service.ts'
import { loadService } from './load-service.ts'
import { matchesTarget, score, type EvalQuery, type QueryOutcome } from './metrics.ts'

export function evaluate(service: SearchService, queries: EvalQuery[]): QueryOutcome[] {
  return queries.map((t) => {
    const search = service.search(t.q, { limit: 10, offset: 0 })
    const a = service.answer(t.q, { limit: 5 })
    const rank = t.none ? -1 : search.results.findIndex((r) => matchesTarget(r, t))
    let answerOk = false
    if (t.none) answerOk = a.answer === null
    else if (a.answer && t.law) answerOk = matchesTarget(a.answer, t) || a.citations.some((c) => matchesTarget(c, t))
    else if (a.answer && t.qa) answerOk = (t.answerHas ?? []).some((p) => a.answer!.text.includes(p))
    return { q: t.q, category: t.category ?? (t.law ? 'law' : t.qa ? 'qa' : 'none'), rank, answerOk, answerTitle: a.answer?.title ?? null, top: search.results[0]?.title ?? null }
  })
}

export function loadQueries(file: string): EvalQuery[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: EvalQuery[] }).queries
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? '../shared/eval/dev-queries.json'
  const outcomes = evaluate(loadService(), loadQueries(file))
  for (const o of outcomes)
    if (o.rank < 0 || o.rank >= 3 || !o.answerOk)
      console.log(`  ✗ ${o.q}: rank ${o.rank < 0 ? '-' : o.rank + 1}, answer ${o.answerOk ? 'ok' : 'wrong: ' + o.answerTitle}, top: ${o.top}`)
  const s = score(outcomes)
  console.log(`n=${s.n} recall@1=${s.recall1.toFixed(3)} recall@3=${s.recall3.toFixed(3)} mrr@10=${s.mrr10.toFixed(3)} answer=${s.answer.toFixed(3)}`)
}
