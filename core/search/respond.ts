/**
 * Ranked passages → the API's response bodies (search results with snippets, the answer with its
 * citations and related questions, suggestions). Engine-independent: both backends build their
 * responses here, so the two return the same shapes and the same snippets.
 */
import type { AnalyzedQuery } from '../query/analyze.ts'
import type { Doc, Passage } from '../types.ts'
import type { SearchConfig } from './config.ts'
import type { Ranked, Ranker } from './rank.ts'
import { makeSnippet } from './snippet.ts'
import type { Answer, AnswerResponse, Citation, Related, SearchResponse, SearchResult, Suggestion, SuggestResponse } from './types.ts'

/** Lookups of stored passages and documents (in memory, or prefetched from a database). */
export interface PassageSource {
  passage(id: string): Passage | undefined
  doc(id: string): Doc | undefined
  /** Q&A documents that cite a law article. */
  citedBy(passageId: string): string[]
}

export const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits

export function toResult(r: Ranked, q: AnalyzedQuery, config: SearchConfig): SearchResult {
  const p = r.passage
  const terms = [...q.terms, ...q.expansions].filter((t) => r.matched.includes(t))
  const { snippet, highlights } = makeSnippet(p.text, terms, config.snippetLength, config.snippetLead)
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

export function searchResponse(q: AnalyzedQuery, ranked: Ranked[], page: { limit: number; offset: number }, tookMs: number, config: SearchConfig): SearchResponse {
  const results = ranked.slice(page.offset, page.offset + page.limit).map((r) => toResult(r, q, config))
  return { query: q.query, terms: q.terms, total: ranked.length, tookMs: round(tookMs), results }
}

/** The best candidate, if it is good enough to answer, with its confidence. */
export function pickAnswer(ranked: Ranked[], ranker: Ranker): { best: Ranked; answer: Answer } | undefined {
  const best = ranked[0]
  const confidence = best ? ranker.confidence(best, ranked[1]) : 0
  if (!ranker.answers(best, confidence)) return undefined
  const p = best.passage
  return {
    best,
    answer: {
      id: p.id,
      kind: p.kind,
      title: p.title,
      ...(p.heading ? { heading: p.heading } : {}),
      text: p.text,
      url: p.url,
      score: round(best.score),
      confidence: round(confidence),
    },
  }
}

/** The passage ids an answer cites: a law article itself, then the articles it refers to; a Q&A passage's and its article's citations. */
export function citationIdsOf(p: Passage, source: Pick<PassageSource, 'doc'>): string[] {
  if (p.kind === 'law') return [p.id, ...p.citations]
  const doc = source.doc(p.docId)
  return [...new Set([...p.citations, ...(doc?.kind === 'qa' ? doc.citations : [])])]
}

/** Resolves passage ids of law articles to citations with their full text. */
export function citations(ids: string[], source: Pick<PassageSource, 'passage'>): Citation[] {
  const out: Citation[] = []
  for (const id of ids) {
    const p = source.passage(id)
    if (p?.kind === 'law' && p.law && p.article) out.push({ id: p.id, law: p.law, article: p.article, text: p.text, url: p.url })
  }
  return out
}

function relatedTo(p: Passage, ranked: Ranked[], source: PassageSource, count: number): Related[] {
  const out: Related[] = []
  const seen = new Set<string>([p.docId])
  const add = (docId: string) => {
    const d = source.doc(docId)
    if (!d || d.kind !== 'qa' || seen.has(docId) || out.length >= count) return
    seen.add(docId)
    out.push({ id: d.id, title: d.title })
  }
  const doc = source.doc(p.docId)
  if (doc?.kind === 'qa') doc.related.forEach(add)
  if (p.kind === 'law') source.citedBy(p.id).forEach(add)
  for (const r of ranked) if (r.passage.kind === 'qa') add(r.passage.docId)
  return out
}

export function answerResponse(
  q: AnalyzedQuery,
  ranked: Ranked[],
  picked: ReturnType<typeof pickAnswer>,
  limit: number,
  tookMs: () => number,
  source: PassageSource,
  config: SearchConfig,
): AnswerResponse {
  const answer = picked?.answer ?? null
  const cited = picked ? citations(citationIdsOf(picked.best.passage, source), source) : []
  const results = ranked.slice(0, limit).map((r) => toResult(r, q, config))
  const related = picked ? relatedTo(picked.best.passage, ranked, source, config.relatedCount) : []
  return { query: q.query, terms: q.terms, tookMs: round(tookMs()), answer, citations: cited, results, related }
}

export function suggestResponse(q: AnalyzedQuery, ranked: Ranked[], limit: number, source: Pick<PassageSource, 'doc'>): SuggestResponse {
  const seen = new Set<string>()
  const suggestions: Suggestion[] = []
  for (const r of ranked) {
    const p = r.passage
    const text = p.kind === 'qa' ? (source.doc(p.docId)?.title ?? p.title) : p.title
    if (seen.has(text)) continue
    seen.add(text)
    suggestions.push({ text, id: p.kind === 'qa' ? p.docId : p.id, kind: p.kind })
    if (suggestions.length >= limit) break
  }
  return { query: q.query, suggestions }
}
