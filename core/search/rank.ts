/**
 * Re-ranking, independent of the engine that found the candidates (MiniSearch in the isolate, or
 * SQLite FTS5 on D1): the engine's BM25 score times how much of the question a passage covers,
 * the proximity of its words, whether the passage gives the kind of answer asked for (a time
 * limit for 多久), a law article's length (a short one says it more directly), the Q&A and
 * authority priors, the boost for a law (and article) the question names, and one result per Q&A
 * article or group of near-duplicates. Both backends rank with this one module.
 */
import type { AnalyzedQuery } from '../query/analyze.ts'
import type { Authority, Passage } from '../types.ts'
import { normalizeText } from '../text/normalize.ts'
import type { SearchConfig } from './config.ts'

/** What an engine returns for one passage. */
export interface Candidate {
  passage: Passage
  /** The engine's relevance score (BM25, higher is better). */
  score: number
  /** Query terms (typed or expansions) the passage contains. */
  matched: string[]
}

/** A candidate after re-ranking. */
export interface Ranked extends Candidate {
  /** Share of the query's IDF weight this passage matches, 0–1. */
  coverage: number
  /** Whether it matches a word of what the question is about, not only of its form (AnalyzedQuery.form). */
  onTopic: boolean
}

/** Collection statistics for IDF: how many passages there are and how many hold each term. */
export interface TermStats {
  documentCount: number
  df: Map<string, number>
}

/** A law as the ranker needs to know it. */
export interface LawEntry {
  id: string
  title: string
  authority: Authority
}

/** The question's words and their IDF weights (computed once per query). */
interface QuestionWords {
  words: string[]
  weights: number[]
  total: number
}

const REGION = /^(\p{Script=Han}{2,3}?)(?:省|市|自治区|特别行政区|经济特区)/u

export class Ranker {
  /** Law titles as they may appear in a query (full and without 中华人民共和国), longest first. */
  private readonly lawNames: [name: string, docId: string][]
  /** Local regulations by the place they apply to (广东省失业保险条例 → 广东), to honour a query naming it. */
  private readonly lawRegion = new Map<string, string>()

  constructor(
    laws: Iterable<LawEntry>,
    private readonly config: SearchConfig,
  ) {
    const names: [string, string][] = []
    for (const law of laws) {
      const full = normalizeText(law.title)
      names.push([full, law.id])
      const short = full.replace(/^中华人民共和国/, '')
      if (short !== full && short.length >= 3) names.push([short, law.id])
      const place = law.authority === 'local' ? REGION.exec(full) : null
      if (place) {
        this.lawRegion.set(law.id, place[1])
        // People leave out 省/市 when naming a local law (浙江工伤保险条例 for 浙江省工伤保险条例).
        names.push([place[1] + full.slice(place[0].length), law.id])
      }
    }
    this.lawNames = names.sort((a, b) => b[0].length - a[0].length)
  }

  /** Ids of the laws whose names the query contains. */
  namedLaws(q: AnalyzedQuery): Set<string> {
    // Longest names first, and a name inside one already found names no other law (工伤保险条例
    // inside 浙江省工伤保险条例).
    const taken = new Uint8Array(q.normalized.length)
    const ids = new Set<string>()
    for (const [name, id] of this.lawNames)
      for (let at = q.normalized.indexOf(name); at >= 0; at = q.normalized.indexOf(name, at + 1)) {
        if (taken.subarray(at, at + name.length).some((x) => x)) continue
        ids.add(id)
        taken.fill(1, at, at + name.length)
      }
    return ids
  }

  /**
   * Candidates re-ranked by coverage and priors, best first, near-duplicates collapsed. namedLaws:
   * the query's, when the caller has already found them (to size the candidate pool).
   */
  rerank(q: AnalyzedQuery, candidates: Candidate[], stats: TermStats, namedLaws = this.namedLaws(q)): Ranked[] {
    const question = this.questionWords(q, stats)
    const phrases = adjacentPairs(q, question.words)
    const namedArticles = new Set(q.articles)
    const form = new Set(q.form)
    const ranked: Ranked[] = []
    for (const c of candidates) {
      const { passage } = c
      const coverage = this.coverage(q, new Set(c.matched), question)
      let score = c.score * (this.config.coverageFloor + coverage)
      if (phrases.length) score *= 1 + this.config.proximityWeight * proximity(passage, phrases)
      for (const answer of q.answerTypes) if (answer.test(passage.text)) score *= this.config.answerTypeBoost
      if (passage.kind === 'qa') score *= this.config.qaPrior
      else {
        // (At least one character: an empty article from a malformed import must not score infinitely.)
        score *= (Math.max(passage.text.length, 1) / this.config.articleLength.reference) ** -this.config.articleLength.exponent
        if (passage.authority && !namedLaws.has(passage.docId)) {
          // A local regulation answers for its own place: no penalty when the query names that place,
          // and there it is the most specific rule (河南工伤后… asks what Henan's regulation says).
          const region = this.lawRegion.get(passage.docId)
          score *= region && q.normalized.includes(region) ? this.config.namedPlaceBoost : this.config.authorityPrior[passage.authority]
        }
      }
      if (namedLaws.has(passage.docId)) {
        score *= this.config.namedLawBoost
        if (passage.articleNumber !== undefined && namedArticles.has(passage.articleNumber)) score *= this.config.namedArticleBoost
      }
      ranked.push({ ...c, score, coverage, onTopic: c.matched.some((t) => !form.has(t)) })
    }
    ranked.sort((a, b) => b.score - a.score)
    return collapse(ranked)
  }

  /** Coverage, tempered when the runner-up is nearly as good (the answer is then less certain). */
  confidence(best: Ranked, second?: Ranked): number {
    const margin = second ? Math.min(1, (best.score - second.score) / best.score + 0.5) : 1
    return best.coverage * (0.7 + 0.3 * margin)
  }

  /** Whether the best candidate is good enough to be given as the answer. */
  answers(best: Ranked | undefined, confidence: number): best is Ranked {
    return !!best && best.onTopic && best.coverage >= this.config.minCoverage && confidence >= this.config.minConfidence
  }

  /**
   * The question's words and their weights, once per query. The words are its maximal typed terms
   * (not the search-mode pieces inside them). A word weighs its IDF; a word the index has never seen
   * weighs the mean of the known ones, so a jieba mis-cut does not sink an answer while a query of
   * unknown words covers nothing.
   */
  private questionWords(q: AnalyzedQuery, { documentCount: n, df }: TermStats): QuestionWords {
    const idf = (t: string) => {
      const d = df.get(t) ?? 0
      return Math.log(1 + (n - d + 0.5) / (d + 0.5))
    }
    const words = q.terms.filter((t) => !q.terms.some((u) => u !== t && u.includes(t)))
    const known = words.filter((w) => (df.get(w) ?? 0) > 0)
    const fallback = known.length ? known.reduce((s, w) => s + idf(w), 0) / known.length : 1
    const weights = words.map((w) => ((df.get(w) ?? 0) > 0 ? idf(w) : fallback))
    return { words, weights, total: weights.reduce((a, b) => a + b, 0) }
  }

  /**
   * Share of the question a passage covers: a word counts fully when it (or a synonym standing in
   * for it) matched, and in part by the share of its characters that matched pieces cover.
   */
  private coverage(q: AnalyzedQuery, matched: Set<string>, question: QuestionWords): number {
    if (question.total <= 0) return 0
    const direct = new Set<string>()
    for (const t of q.terms) if (matched.has(t)) direct.add(t)
    for (const e of q.expansions) if (matched.has(e)) for (const t of q.covers[e] ?? []) direct.add(t)
    let hit = 0
    question.words.forEach((w, i) => {
      const weight = question.weights[i]
      if (direct.has(w)) {
        hit += weight
        return
      }
      const chars = new Uint8Array(w.length)
      for (const t of direct) {
        if (t === w || !w.includes(t)) continue
        for (let at = w.indexOf(t); at >= 0; at = w.indexOf(t, at + 1)) chars.fill(1, at, at + t.length)
      }
      hit += (weight * chars.reduce((a, b) => a + b, 0)) / w.length
    })
    return hit / question.total
  }
}

/**
 * Consecutive question words as typed (申请 + 时限 in 工伤认定申请时限 → 申请时限): a passage that
 * holds them side by side says what the question says, not just the same words far apart.
 */
function adjacentPairs(q: AnalyzedQuery, words: string[]): string[] {
  const pairs: string[] = []
  const inOrder = words.map((w) => [w, q.normalized.indexOf(w)] as const).filter(([, at]) => at >= 0).sort((a, b) => a[1] - b[1])
  for (let i = 0; i + 1 < inOrder.length; i++) {
    const [a, at] = inOrder[i]
    const [b, bt] = inOrder[i + 1]
    if (at + a.length === bt) pairs.push(a + b)
  }
  return pairs
}

/** Share of the adjacent pairs found verbatim in the passage's title or text. */
function proximity(p: Passage, pairs: string[]): number {
  let found = 0
  for (const pair of pairs) if (p.text.includes(pair) || p.title.includes(pair)) found++
  return found / pairs.length
}

/**
 * One result per Q&A article (its best passage), one per group of near-duplicate Q&A passages
 * (the same answer imported twice, found at build time: Passage.duplicateOf), and one per law
 * article whose title and text are word for word the same (a collection may hold the same law
 * twice, from two folders or two files of one version): the best-ranked copy stands for all.
 */
function collapse(ranked: Ranked[]): Ranked[] {
  const seen = new Set<string>()
  return ranked.filter(({ passage: p }) => {
    const keys = [p.duplicateOf ?? p.id, ...(p.kind === 'qa' ? [p.docId] : [`${p.title}\n${p.text}`])]
    if (keys.some((k) => seen.has(k))) return false
    keys.forEach((k) => seen.add(k))
    return true
  })
}
