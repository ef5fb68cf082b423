/**
 * Relevance metrics over a question set, as defined in ../shared/eval/dev-queries.json:
 * a `law` target [law, article] matches a result whose title names that law and exactly that
 * article; a `qa` target matches a result whose title contains one of the fragments; `answerHas`
 * lists phrases of which the answer text should contain at least one.
 */
export interface EvalQuery {
  q: string
  law?: [string, string][]
  /**
   * Further articles that answer the question as well, found by pooled blind assessment: the top 3
   * of the system as it stood, with the written targets, shown shuffled and unlabelled to two
   * assessors in turn; an article is listed when both judged that it answers the question on its
   * own (docs/relevance.md, "Judged answers"). Written targets (`law`) are never removed.
   */
  judged?: [string, string][]
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

/**
 * Whether a result is that article of that law. The law is named by its title, with or without
 * 中华人民共和国 (社会保险法): a local law whose title only contains the name (浙江省工伤保险条例 for
 * 工伤保险条例) is another law and does not count.
 */
export function isArticle(item: Titled | null | undefined, law: string, article: string): boolean {
  if (!item) return false
  const title = `${item.law ?? ''} ${item.title ?? ''} ${item.article ?? ''}`
  const names = title.split(/\s+/).map((word) => word.replace(/^中华人民共和国/, ''))
  return names.includes(law.replace(/^中华人民共和国/, '')) && (title.match(ARTICLE) ?? ([] as string[])).includes(article)
}

export const isQa = (item: Titled | null | undefined, fragments: string[]) =>
  !!item && fragments.some((f) => (item.title ?? '').includes(f))

/**
 * Whether a result answers the question: one of its written targets, or (unless `writtenOnly`) an
 * article judged to answer it as well.
 */
export const matchesTarget = (item: Titled, t: EvalQuery, writtenOnly = false): boolean =>
  t.law
    ? [...t.law, ...(writtenOnly ? [] : (t.judged ?? []))].some(([law, art]) => isArticle(item, law, art))
    : t.qa
      ? isQa(item, t.qa)
      : false

export interface QueryOutcome {
  q: string
  category: string
  /** 0-based rank of the first matching result in the top 10, or -1. */
  rank: number
  /** … counting written targets only (the judged answers left out). */
  writtenRank: number
  answerOk: boolean
  answerTitle: string | null
  top: string | null
}

export interface Scores {
  /** Questions scored. */
  n: number
  /** Recall and MRR are over the questions that have a target (off-topic ones have none). */
  recall1: number
  recall3: number
  /** recall@3 counting written targets only. */
  writtenRecall3: number
  mrr10: number
  /** Over every question: the right answer, or no answer where none is right. */
  answer: number
}

export function score(outcomes: QueryOutcome[]): Scores {
  const targeted = outcomes.filter((o) => o.category !== 'offtopic')
  const mean = (xs: QueryOutcome[], f: (o: QueryOutcome) => number) => (xs.length ? xs.reduce((s, o) => s + f(o), 0) / xs.length : 0)
  return {
    n: outcomes.length,
    recall1: mean(targeted, (o) => (o.rank === 0 ? 1 : 0)),
    recall3: mean(targeted, (o) => (o.rank >= 0 && o.rank < 3 ? 1 : 0)),
    writtenRecall3: mean(targeted, (o) => (o.writtenRank >= 0 && o.writtenRank < 3 ? 1 : 0)),
    mrr10: mean(targeted, (o) => (o.rank >= 0 ? 1 / (o.rank + 1) : 0)),
    answer: mean(outcomes, (o) => (o.answerOk ? 1 : 0)),
  }
}

/** Scores overall and per category. */
export function scoreByCategory(outcomes: QueryOutcome[]): { overall: Scores; categories: Record<string, Scores> } {
  const categories: Record<string, Scores> = {}
  for (const c of [...new Set(outcomes.map((o) => o.category))].sort()) categories[c] = score(outcomes.filter((o) => o.category === c))
  return { overall: score(outcomes), categories }
}

export const isFailure = (o: QueryOutcome) => (o.category !== 'offtopic' && (o.rank < 0 || o.rank >= 3)) || !o.answerOk
