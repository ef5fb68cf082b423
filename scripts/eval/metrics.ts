/**
 * Relevance metrics over a question set, as defined in ../shared/eval/dev-queries.json:
 * a `law` target [law, article] matches a result whose title names that law and exactly that
 * article; a `qa` target matches a result whose title contains one of the fragments; `answerHas`
 * lists phrases of which the answer text should contain at least one.
 */
export interface EvalQuery {
  q: string
  law?: [string, string][]
  qa?: string[]
  answerHas?: string[]
  /** Expect no answer at all (nonsense / off-topic). */
  none?: boolean
  category?: string
}

export interface Titled {
  title?: string
  law?: string
  article?: string
}

const ARTICLE = /第[一二三四五六七八九十百千零〇两]+条/g

export function isArticle(item: Titled | null | undefined, law: string, article: string): boolean {
  if (!item) return false
  const title = `${item.law ?? ''} ${item.title ?? ''} ${item.article ?? ''}`
  return title.includes(law) && (title.match(ARTICLE) ?? ([] as string[])).includes(article)
}

export const isQa = (item: Titled | null | undefined, fragments: string[]) =>
  !!item && fragments.some((f) => (item.title ?? '').includes(f))

export const matchesTarget = (item: Titled, t: EvalQuery) =>
  t.law ? t.law.some(([law, art]) => isArticle(item, law, art)) : t.qa ? isQa(item, t.qa) : false

export interface QueryOutcome {
  q: string
  category: string
  /** 0-based rank of the first matching result in the top 10, or -1. */
  rank: number
  answerOk: boolean
  answerTitle: string | null
  top: string | null
}

export interface Scores {
  n: number
  recall1: number
  recall3: number
  mrr10: number
  answer: number
}

export function score(outcomes: QueryOutcome[]): Scores {
  const n = outcomes.length || 1
  const sum = (f: (o: QueryOutcome) => number) => outcomes.reduce((s, o) => s + f(o), 0) / n
  return {
    n: outcomes.length,
    recall1: sum((o) => (o.rank === 0 ? 1 : 0)),
    recall3: sum((o) => (o.rank >= 0 && o.rank < 3 ? 1 : 0)),
    mrr10: sum((o) => (o.rank >= 0 ? 1 / (o.rank + 1) : 0)),
    answer: sum((o) => (o.answerOk ? 1 : 0)),
  }
}
