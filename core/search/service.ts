/**
 * The search service: the loaded index (one per isolate) and the three questions it answers —
 * ranked results, the single best answer with its law citations, and suggestions. Used by the
 * worker, and by the evaluation and benchmark scripts through exactly the same code path.
 */
import MiniSearch, { type SearchResult as MiniResult } from 'minisearch'
import { createQueryAnalyzer, type AnalyzedQuery, type QueryAnalyzer } from '../query/analyze.ts'
import type { Vocabulary } from '../query/vocabulary.ts'
import type { PinyinData } from '../query/pinyin.ts'
import { createSegmenter, type SegmenterData } from '../segment/index.ts'
import type { Doc, DocumentStore, Manifest, Passage } from '../types.ts'
import { normalizeText } from '../text/normalize.ts'
import { searchConfig, type SearchConfig } from './config.ts'
import { miniSearchOptions, type IndexedPassage } from './options.ts'
import { makeSnippet } from './snippet.ts'
import type {
  Answer,
  AnswerResponse,
  Citation,
  Related,
  SearchParams,
  SearchResponse,
  SearchResult,
  SuggestResponse,
  Suggestion,
} from './types.ts'

/** Everything the build produces that the service needs. */
export interface SearchBundle {
  /** build/search-index.json, as text (parsed here, once). */
  index: string
  documents: DocumentStore
  segmenter: SegmenterData
  vocabulary: Vocabulary
  pinyin?: PinyinData
  manifest: Manifest
}

/** The question's words and their IDF weights (computed once per query). */
interface QuestionWords {
  words: string[]
  weights: number[]
  total: number
}

/** A candidate after re-ranking. */
interface Ranked {
  passage: Passage
  score: number
  /** Share of the query's IDF weight this passage matches, 0–1. */
  coverage: number
  matched: string[]
}

const HAN3 = /^\p{Script=Han}{3,}$/u
const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now())
const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits

export class SearchService {
  readonly manifest: Manifest
  private readonly index: MiniSearch<IndexedPassage>
  private readonly analyze: QueryAnalyzer
  private readonly store: DocumentStore
  /** Law titles as they may appear in a query (full and without 中华人民共和国), longest first. */
  private readonly lawNames: [name: string, docId: string][]
  /** Local regulations by the place they apply to (广东省失业保险条例 → 广东), to honour a query naming it. */
  private readonly lawRegion = new Map<string, string>()
  /** The Chinese words the index holds (from the pinyin table), to tell a typo from a known word. */
  private readonly knownWords = new Set<string>()
  /** Law article id → Q&A documents that cite it, for related questions under a law answer. */
  private readonly citedBy = new Map<string, string[]>()

  private constructor(
    bundle: SearchBundle,
    private readonly config: SearchConfig,
  ) {
    this.manifest = bundle.manifest
    this.store = bundle.documents
    this.analyze = createQueryAnalyzer(createSegmenter(bundle.segmenter), bundle.vocabulary, config.maxQueryTerms, bundle.pinyin)
    // Terms in the index are already normalized and segmented; queries are analyzed before search.
    this.index = MiniSearch.loadJSON(bundle.index, miniSearchOptions((text) => text.split(' ')))
    const names: [string, string][] = []
    for (const doc of Object.values(this.store.docs)) {
      if (doc.kind === 'law') {
        const full = normalizeText(doc.title)
        names.push([full, doc.id])
        const short = full.replace(/^中华人民共和国/, '')
        if (short !== full && short.length >= 3) names.push([short, doc.id])
        const region = doc.authority === 'local' ? /^(\p{Script=Han}{2,3}?)(?:省|市|自治区|特别行政区|经济特区)/u.exec(full)?.[1] : undefined
        if (region) this.lawRegion.set(doc.id, region)
      } else {
        for (const cited of doc.citations) this.citedBy.set(cited, [...(this.citedBy.get(cited) ?? []), doc.id])
      }
    }
    this.lawNames = names.sort((a, b) => b[0].length - a[0].length)
    for (const words of Object.values(bundle.pinyin?.words ?? {})) for (const w of words) this.knownWords.add(w)
  }

  static create(bundle: SearchBundle, config: SearchConfig = searchConfig): SearchService {
    return new SearchService(bundle, config)
  }

  get version(): string {
    return this.manifest.version
  }

  search(query: string, params: SearchParams): SearchResponse {
    const started = now()
    const q = this.analyze(query)
    const ranked = this.rank(q, params.kind)
    const results = ranked.slice(params.offset, params.offset + params.limit).map((r) => this.toResult(r, q))
    return { query: q.query, terms: q.terms, total: ranked.length, tookMs: round(now() - started), results }
  }

  answer(query: string, params: { limit: number; kind?: SearchParams['kind'] } = { limit: 5 }): AnswerResponse {
    const started = now()
    const q = this.analyze(query)
    const ranked = this.rank(q, params.kind)
    const best = ranked[0]
    const confidence = best ? this.confidence(best, ranked[1]) : 0
    const answer: Answer | null =
      best && best.coverage >= this.config.minCoverage && confidence >= this.config.minConfidence
        ? {
            id: best.passage.id,
            kind: best.passage.kind,
            title: best.passage.title,
            ...(best.passage.heading ? { heading: best.passage.heading } : {}),
            text: best.passage.text,
            url: best.passage.url,
            score: round(best.score),
            confidence: round(confidence),
          }
        : null
    const citations = answer ? this.citationsOf(best.passage) : []
    const results = ranked.slice(0, params.limit).map((r) => this.toResult(r, q))
    const related = answer ? this.relatedTo(best.passage, ranked) : []
    return { query: q.query, terms: q.terms, tookMs: round(now() - started), answer, citations, results, related }
  }

  suggest(query: string, limit: number = this.config.suggestCount, kind?: SearchParams['kind']): SuggestResponse {
    const q = this.analyze(query)
    const ranked = this.rank(q, kind, true)
    const seen = new Set<string>()
    const suggestions: Suggestion[] = []
    for (const r of ranked) {
      const p = r.passage
      const text = p.kind === 'qa' ? (this.store.docs[p.docId]?.title ?? p.title) : p.title
      if (seen.has(text)) continue
      seen.add(text)
      suggestions.push({ text, id: p.kind === 'qa' ? p.docId : p.id, kind: p.kind })
      if (suggestions.length >= limit) break
    }
    return { query: q.query, suggestions }
  }

  passage(id: string): Passage | undefined {
    return Object.hasOwn(this.store.passages, id) ? this.store.passages[id] : undefined
  }

  doc(id: string): Doc | undefined {
    return Object.hasOwn(this.store.docs, id) ? this.store.docs[id] : undefined
  }

  /** Resolves passage ids of law articles to citations with their full text. */
  citations(ids: string[]): Citation[] {
    const out: Citation[] = []
    for (const id of ids) {
      const p = this.passage(id)
      if (p?.kind === 'law' && p.law && p.article) out.push({ id: p.id, law: p.law, article: p.article, text: p.text, url: p.url })
    }
    return out
  }

  /** Candidates for a query: engine scores re-ranked by priors and coverage, near-duplicates collapsed. */
  private rank(q: AnalyzedQuery, kind?: SearchParams['kind'], prefixLast = false): Ranked[] {
    const all = [...q.terms, ...q.expansions]
    if (all.length === 0) return []
    const expansion = new Set(q.expansions)
    const lastTyped = q.terms[q.terms.length - 1]
    const raw = this.index.search(all.join(' '), {
      boost: this.config.fieldBoost,
      bm25: this.config.bm25,
      boostTerm: (term) => (expansion.has(term) ? this.config.expansionWeight : 1),
      combineWith: 'OR',
      prefix: prefixLast ? (term) => term === lastTyped : false,
      // A typed Chinese word of 3+ characters the index does not hold may be one character off
      // (补尝金 for 补偿金, when the sounds differ too): allow one edit.
      fuzzy: (term) => (this.knownWords.size > 0 && !expansion.has(term) && HAN3.test(term) && !this.knownWords.has(term) ? 1 : false),
      maxFuzzy: 1,
      filter: kind ? (r) => r.kind === kind : undefined,
    })
    if (raw.length === 0) return []

    const { idf, df } = this.idfWeights(q, raw)
    const question = this.questionWords(q, idf, df)
    const namedLaws = new Set(this.lawNames.filter(([name]) => q.normalized.includes(name)).map(([, id]) => id))
    const namedArticles = new Set(q.articles)
    const ranked: Ranked[] = []
    for (const r of raw.slice(0, this.config.candidatePool)) {
      const passage = this.store.passages[r.id as string]
      if (!passage) continue
      const matched = Object.keys(r.match)
      const coverage = this.coverage(q, new Set(matched), question)
      let score = r.score * (this.config.coverageFloor + coverage)
      if (passage.kind === 'qa') score *= this.config.qaPrior
      else if (passage.authority && !namedLaws.has(passage.docId)) {
        // A local regulation answers for its own place: no penalty when the query names that place.
        const region = this.lawRegion.get(passage.docId)
        if (!(region && q.normalized.includes(region))) score *= this.config.authorityPrior[passage.authority]
      }
      if (namedLaws.has(passage.docId)) {
        score *= this.config.namedLawBoost
        if (passage.articleNumber !== undefined && namedArticles.has(passage.articleNumber)) score *= this.config.namedArticleBoost
      }
      ranked.push({ passage, score, coverage, matched })
    }
    ranked.sort((a, b) => b.score - a.score)
    return this.collapse(ranked)
  }

  /**
   * IDF of each typed term, from the candidates themselves: MiniSearch returns every document that
   * matches any term, so a term's document frequency is the number of results that matched it.
   */
  private idfWeights(q: AnalyzedQuery, raw: MiniResult[]): { idf: Map<string, number>; df: Map<string, number> } {
    const df = new Map<string, number>()
    for (const r of raw) for (const t of Object.keys(r.match)) df.set(t, (df.get(t) ?? 0) + 1)
    const n = this.index.documentCount
    const idf = new Map<string, number>()
    for (const t of [...q.terms, ...q.expansions]) {
      const d = df.get(t) ?? 0
      idf.set(t, Math.log(1 + (n - d + 0.5) / (d + 0.5)))
    }
    return { idf, df }
  }

  /**
   * The question's words and their weights, once per query. The words are its maximal typed terms
   * (not the search-mode pieces inside them). A word weighs its IDF; a word the index has never seen
   * weighs the mean of the known ones, so a jieba mis-cut does not sink an answer while a query of
   * unknown words covers nothing.
   */
  private questionWords(q: AnalyzedQuery, idf: Map<string, number>, df: Map<string, number>): QuestionWords {
    const words = q.terms.filter((t) => !q.terms.some((u) => u !== t && u.includes(t)))
    const known = words.filter((w) => (df.get(w) ?? 0) > 0)
    const fallback = known.length ? known.reduce((s, w) => s + (idf.get(w) ?? 0), 0) / known.length : 1
    const weights = words.map((w) => ((df.get(w) ?? 0) > 0 ? (idf.get(w) ?? 0) : fallback))
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

  /** Coverage, tempered when the runner-up is nearly as good (the answer is then less certain). */
  private confidence(best: Ranked, second?: Ranked): number {
    const margin = second ? Math.min(1, (best.score - second.score) / best.score + 0.5) : 1
    return best.coverage * (0.7 + 0.3 * margin)
  }

  /**
   * One result per Q&A article (its best passage), and one per group of near-duplicate Q&A
   * passages (the same answer imported twice, found at build time: Passage.duplicateOf).
   */
  private collapse(ranked: Ranked[]): Ranked[] {
    const seen = new Set<string>()
    return ranked.filter(({ passage: p }) => {
      const keys = [p.duplicateOf ?? p.id, ...(p.kind === 'qa' ? [p.docId] : [])]
      if (keys.some((k) => seen.has(k))) return false
      keys.forEach((k) => seen.add(k))
      return true
    })
  }

  private toResult(r: Ranked, q: AnalyzedQuery): SearchResult {
    const p = r.passage
    const terms = [...q.terms, ...q.expansions].filter((t) => r.matched.includes(t))
    const { snippet, highlights } = makeSnippet(p.text, terms, this.config.snippetLength, this.config.snippetLead)
    return {
      id: p.id,
      kind: p.kind,
      title: p.title,
      ...(p.heading ? { heading: p.heading } : {}),
      snippet,
      highlights,
      url: p.url,
      score: round(r.score),
    }
  }

  /** A Q&A passage's cited articles; a law article itself, then the articles it refers to. */
  private citationsOf(p: Passage): Citation[] {
    if (p.kind === 'law') return this.citations([p.id, ...p.citations])
    const doc = this.doc(p.docId)
    const ids = [...p.citations, ...(doc?.kind === 'qa' ? doc.citations : [])]
    return this.citations([...new Set(ids)])
  }

  private relatedTo(p: Passage, ranked: Ranked[]): Related[] {
    const out: Related[] = []
    const seen = new Set<string>([p.docId])
    const add = (docId: string) => {
      const d = this.doc(docId)
      if (!d || d.kind !== 'qa' || seen.has(docId) || out.length >= this.config.relatedCount) return
      seen.add(docId)
      out.push({ id: d.id, title: d.title })
    }
    const doc = this.doc(p.docId)
    if (doc?.kind === 'qa') doc.related.forEach(add)
    if (p.kind === 'law') (this.citedBy.get(p.id) ?? []).forEach(add)
    for (const r of ranked) if (r.passage.kind === 'qa') add(r.passage.docId)
    return out
  }
}
