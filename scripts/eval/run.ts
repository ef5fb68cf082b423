/**
 * `npm run eval`: relevance of the search service on the dev question set and the project's own
 * (test/eval/queries.json), through the same code path as /api/search and /api/answer. Prints
 * recall@1, recall@3, MRR@10 and answer accuracy overall and per category, lists the failing
 * questions, and writes everything to build/eval.json.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import type { SearchService } from '../../core/search/service.ts'
import { loadService } from './load-service.ts'
import { isFailure, matchesTarget, score, scoreByCategory, type EvalQuery, type QueryOutcome, type Scores } from './metrics.ts'

export const QUESTION_SETS = { dev: '../shared/eval/dev-queries.json', own: 'test/eval/queries.json' } as const

/** Each question's outcome; `writtenOnly` counts the written targets alone (no judged answers). */
export function evaluate(service: SearchService, queries: EvalQuery[], writtenOnly = false): QueryOutcome[] {
  return queries.map((t) => {
    const search = service.search(t.q, { limit: 10, offset: 0 })
    const a = service.answer(t.q, { limit: 5 })
    const rankOf = (written: boolean) => (t.none ? -1 : search.results.findIndex((r) => matchesTarget(r, t, written)))
    const rank = rankOf(writtenOnly)
    let answerOk = false
    if (t.none) answerOk = a.answer === null
    else if (a.answer && t.law) answerOk = matchesTarget(a.answer, t, writtenOnly) || a.citations.some((c) => matchesTarget(c, t, writtenOnly))
    else if (a.answer && t.qa) answerOk = (t.answerHas ?? []).some((p) => a.answer!.text.includes(p))
    const category = t.category ?? (t.none ? 'offtopic' : t.law ? 'law' : 'qa')
    return { q: t.q, category, rank, writtenRank: rankOf(true), answerOk, answerTitle: a.answer?.title ?? null, top: search.results[0]?.title ?? null }
  })
}

export function loadQueries(file: string): EvalQuery[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: EvalQuery[] }).queries
}

const fmt = (s: Scores) =>
  `n=${String(s.n).padEnd(4)} recall@1 ${s.recall1.toFixed(3)}  recall@3 ${s.recall3.toFixed(3)}` +
  (s.writtenRecall3 !== s.recall3 ? ` (written targets only ${s.writtenRecall3.toFixed(3)})` : '') +
  `  MRR@10 ${s.mrr10.toFixed(3)}  answer ${s.answer.toFixed(3)}`

export function report(name: string, outcomes: QueryOutcome[], verbose = true) {
  const scores = scoreByCategory(outcomes)
  console.log(`\n${name}: ${fmt(scores.overall)}`)
  for (const [c, s] of Object.entries(scores.categories)) console.log(`  ${c.padEnd(12)} ${fmt(s)}`)
  const failures = outcomes.filter(isFailure)
  if (verbose && failures.length) {
    console.log(`  failing (${failures.length}):`)
    for (const o of failures) console.log(`    ✗ [${o.category}] ${o.q}: rank ${o.rank < 0 ? '-' : o.rank + 1}, answer ${o.answerOk ? 'ok' : 'wrong: ' + o.answerTitle}`)
  }
  return { ...scores, failures: failures.map((o) => o.q) }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const service = loadService()
  const sets = process.argv[2] ? { [process.argv[2]]: process.argv[2] } : QUESTION_SETS
  const results: Record<string, unknown> = {}
  for (const [name, file] of Object.entries(sets)) results[name] = report(name, evaluate(service, loadQueries(file)))

  // The same questions through the usual tools, on the same corpus, in the same run. Written targets
  // only: the judged answers were pooled from this project's results, which would favour it.
  const { createBaselines, evaluateEngine } = await import('./baselines.ts')
  const store = JSON.parse(readFileSync('build/documents.json', 'utf8'))
  const rows: [string, Record<string, Scores>][] = [['sbk-answer', Object.fromEntries(Object.entries(sets).map(([n, f]) => [n, score(evaluate(service, loadQueries(f), true))]))]]
  for (const [name, engine] of Object.entries(await createBaselines(store)))
    rows.push([name, Object.fromEntries(Object.entries(sets).map(([n, f]) => [n, score(evaluateEngine(engine, loadQueries(f)))]))])
  const names = Object.keys(sets)
  console.log('\nOn written targets only, for every engine:')
  console.log(`\n| engine | ${names.map((n) => `${n} recall@3 | ${n} MRR@10 | ${n} answer`).join(' | ')} |`)
  console.log(`| --- | ${names.map(() => '--- | --- | ---').join(' | ')} |`)
  for (const [name, byset] of rows)
    console.log(`| ${name} | ${names.map((n) => `${byset[n].recall3.toFixed(3)} | ${byset[n].mrr10.toFixed(3)} | ${byset[n].answer.toFixed(3)}`).join(' | ')} |`)

  writeFileSync('build/eval.json', JSON.stringify({ measuredAt: new Date().toISOString(), version: service.version, sets: results, comparison: Object.fromEntries(rows) }, null, 2) + '\n')
  console.log('\nwritten to build/eval.json')
}
