/**
 * The search service: the loaded index (one per isolate) and the three questions it answers —
 * ranked results, the single best answer with its law citations, and suggestions. Used by the
 * worker, and by the evaluation and benchmark scripts through exactly the same code path.
 */
import { createQueryAnalyzer, type AnalyzedQuery, type QueryAnalyzer } from '../query/analyze.ts'
import type { Vocabulary } from '../query/vocabulary.ts'
import type { PinyinSource } from '../query/pinyin.ts'
import { createSegmenter, type SegmenterData } from '../segment/index.ts'
import type { Doc, DocumentStore, Manifest, Passage } from '../types.ts'
import { searchConfig, type SearchConfig } from './config.ts'
import { ASKED_FIELD } from './options.ts'
import { PostingsIndex, type PostingsData, type TermQuery } from './postings.ts'
import { Ranker, type Candidate, type Ranked } from './rank.ts'
import { answerResponse, citations, pickAnswer, searchResponse, suggestResponse, type PassageSource } from './respond.ts'
import type { AnswerResponse, Citation, SearchParams, SearchResponse, SuggestResponse } from './types.ts'

/** Everything the build produces that the service needs. */
export interface SearchBundle {
  /** build/search-index.json (core/search/postings.ts), as text (parsed here, once). */
  index: string
  documents: DocumentStore
  segmenter: SegmenterData
  vocabulary: Vocabulary
  pinyin?: PinyinSource
  manifest: Manifest
}

const HAN3 = /^\p{Script=Han}{3,}$/u
const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now())

export class SearchService implements PassageSource {
  readonly manifest: Manifest
  private readonly index: PostingsIndex
  private readonly analyze: QueryAnalyzer
  private readonly store: DocumentStore
  private readonly ranker: Ranker
  /** Law article id → Q&A documents that cite it, for related questions under a law answer. */
  private readonly citing = new Map<string, string[]>()

  private constructor(
    bundle: SearchBundle,
    private readonly config: SearchConfig,
  ) {
    this.manifest = bundle.manifest
    this.store = bundle.documents
    // Terms in the index are already normalized and segmented; queries are analyzed before search.
    const index = (this.index = new PostingsIndex(JSON.parse(bundle.index) as PostingsData))
    this.analyze = createQueryAnalyzer(createSegmenter(bundle.segmenter), bundle.vocabulary, {
      maxTerms: config.maxQueryTerms,
      pinyin: bundle.pinyin,
      // A word of the corpus's own texts, not only of how citizens ask for an article (要交).
      indexHas: (term) => index.holdsOutside(term, ASKED_FIELD),
      typed: (term) => index.has(term),
    })
    const docs = Object.values(this.store.docs)
    this.ranker = new Ranker(docs.flatMap((d) => (d.kind === 'law' ? [d] : [])), config)
    for (const doc of docs)
      if (doc.kind === 'qa') for (const cited of doc.citations) this.citing.set(cited, [...(this.citing.get(cited) ?? []), doc.id])
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
    return searchResponse(q, this.rank(q, params.kind), params, now() - started, this.config)
  }

  answer(query: string, params: { limit: number; kind?: SearchParams['kind'] } = { limit: 5 }): AnswerResponse {
    const started = now()
    const q = this.analyze(query)
    const ranked = this.rank(q, params.kind)
    return answerResponse(q, ranked, pickAnswer(ranked, this.ranker), params.limit, () => now() - started, this, this.config)
  }

  suggest(query: string, limit: number = this.config.suggestCount, kind?: SearchParams['kind']): SuggestResponse {
    const q = this.analyze(query)
    return suggestResponse(q, this.rank(q, kind, true), limit, this)
  }

  passage(id: string): Passage | undefined {
    return Object.hasOwn(this.store.passages, id) ? this.store.passages[id] : undefined
  }

  doc(id: string): Doc | undefined {
    return Object.hasOwn(this.store.docs, id) ? this.store.docs[id] : undefined
  }

  citedBy(passageId: string): string[] {
    return this.citing.get(passageId) ?? []
  }

  /** Resolves passage ids of law articles to citations with their full text. */
  citations(ids: string[]): Citation[] {
    return citations(ids, this)
  }

  /** Candidates for a query from the in-memory index, re-ranked by the shared ranker. */
  private rank(q: AnalyzedQuery, kind?: SearchParams['kind'], prefixLast = false): Ranked[] {
    const all = [...q.terms, ...q.expansions]
    if (all.length === 0) return []
    const expansion = new Set(q.expansions)
    // Colloquial → legal wording weighs less than what was typed; words that mean the same do not.
    const weaker = new Set(q.expansions.filter((t) => !q.synonyms.includes(t)))
    const lastTyped = q.terms[q.terms.length - 1]
    const queries = all.map(
      (term): TermQuery => ({
        term,
        boost: weaker.has(term) ? this.config.expansionWeight : 1,
        prefix: prefixLast && term === lastTyped,
        // A typed Chinese word of 3+ characters the index does not hold may be one character off
        // (补尝金 for 补偿金, when the sounds differ too): allow one edit.
        fuzzy: !expansion.has(term) && HAN3.test(term) && !this.index.has(term) ? 1 : 0,
      }),
    )
    // The engine counts, for each matched term, the passages that hold it among all it matched
    // (not only the candidates): the document frequencies the ranker's IDF weights need.
    const namedLaws = this.ranker.namedLaws(q)
    const limit = namedLaws.size > 0 ? this.config.namedLawCandidatePool : this.config.candidatePool
    const found = this.index.search(queries, { fieldBoost: this.config.fieldBoost, bm25: this.config.bm25, kind, limit })
    if (found.total === 0) return []
    const candidates: Candidate[] = []
    for (const hit of found.hits) {
      const passage = this.store.passages[hit.id]
      if (passage) candidates.push({ passage, score: hit.score, matched: hit.matched })
    }
    return this.ranker.rerank(q, candidates, { documentCount: this.index.documentCount, df: found.df }, namedLaws)
  }
}
