/**
 * The `d1` backend: the same query pipeline, ranker and responses as the in-memory service, with
 * candidates from SQLite FTS5 on Cloudflare D1 (bm25 with the same field boosts). For collections
 * too large for a Worker script or its isolate (the whole law collection, ~147,000 articles).
 * Per query: document frequencies (term_df, by key), then candidates by the rarer terms (ranked on
 * the FTS index, then only the pool's passages read), then (for an answer) what it cites. The law
 * list (for named-law boosts) and the passage count are read once per isolate.
 */
import { createQueryAnalyzer, type AnalyzedQuery, type QueryAnalyzer } from '../query/analyze.ts'
import type { Vocabulary } from '../query/vocabulary.ts'
import type { PinyinSource } from '../query/pinyin.ts'
import { createSegmenter, type SegmenterData } from '../segment/index.ts'
import type { Authority, Doc, Passage } from '../types.ts'
import { FTS_COLUMNS, type StoredLawDoc } from '../d1/schema.ts'
import { searchConfig, type SearchConfig } from './config.ts'
import { Ranker, type Candidate, type Ranked } from './rank.ts'
import { answerResponse, citationIdsOf, citations as resolveCitations, pickAnswer, searchResponse, suggestResponse, type PassageSource } from './respond.ts'
import type { AnswerResponse, Citation, SearchParams, SearchResponse, SuggestResponse } from './types.ts'

/** The query side of the build (what the worker bundles): the segmenter and vocabulary. */
export interface QueryBundle {
  segmenter: SegmenterData
  vocabulary: Vocabulary
  pinyin?: PinyinSource
}

/** A stored passage: the Passage plus, for a law article, the Q&A documents that cite it. */
type StoredPassage = Passage & { citedBy?: string[] }
/** A law document or passage as /api/docs shows it. */
export type StoredDoc = Doc | StoredLawDoc

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now())
/** An FTS5 string literal: the term as one phrase, quotes doubled. */
const phrase = (term: string) => `"${term.replaceAll('"', '""')}"`

/** Lookups over rows fetched for one request. */
class Prefetched implements PassageSource {
  readonly passages = new Map<string, StoredPassage>()
  readonly docs = new Map<string, Doc>()
  passage = (id: string) => this.passages.get(id)
  doc = (id: string) => this.docs.get(id)
  citedBy = (id: string) => this.passages.get(id)?.citedBy ?? []
}

export class D1SearchService {
  private readonly analyze: QueryAnalyzer
  /** The candidate SQL up to the matched-terms column, without and with a kind filter (see candidates()). */
  private readonly candidatesSql: { any: string; kind: string }
  private ready?: Promise<{ ranker: Ranker; documentCount: number }>

  constructor(
    private readonly db: D1Database,
    bundle: QueryBundle,
    private readonly config: SearchConfig = searchConfig,
  ) {
    this.analyze = createQueryAnalyzer(createSegmenter(bundle.segmenter), bundle.vocabulary, { maxTerms: config.maxQueryTerms, pinyin: bundle.pinyin })
    const bm25 = `bm25(passages_fts, ${FTS_COLUMNS.map((c) => config.fieldBoost[c]).join(', ')})`
    // Ranked on the FTS index alone (rowid and score; a kind filter reads only the passage's kind),
    // then the stored passage and FTS terms are read for the pool's rows only, not for every row
    // the terms match (thousands on the whole collection).
    const ranked = (kind: boolean) => `WITH c AS (
        SELECT rowid, -${bm25} AS score FROM passages_fts WHERE passages_fts MATCH ?${kind ? ' AND (SELECT kind FROM passages p WHERE p.rowid = passages_fts.rowid) = ?' : ''}
        ORDER BY score DESC LIMIT ${config.d1.candidatePool}),
      t AS MATERIALIZED (SELECT c.rowid, c.score, ' ' || ${FTS_COLUMNS.map((c) => `coalesce(f.${c}, '')`).join(` || ' ' || `)} || ' ' AS terms FROM c JOIN passages_fts f ON f.rowid = c.rowid)
      SELECT p.json AS json, t.score AS score, `
    this.candidatesSql = { any: ranked(false), kind: ranked(true) }
  }

  async search(query: string, params: SearchParams): Promise<SearchResponse> {
    const started = now()
    const q = this.analyze(query)
    const { ranked } = await this.rank(q, params.kind)
    return searchResponse(q, ranked, params, now() - started, this.config)
  }

  async answer(query: string, params: { limit: number; kind?: SearchParams['kind'] } = { limit: 5 }): Promise<AnswerResponse> {
    const started = now()
    const q = this.analyze(query)
    const { ranked, source, ranker } = await this.rank(q, params.kind)
    await this.fetchQaDocs(source, ranked)
    const picked = pickAnswer(ranked, ranker)
    if (picked) {
      const best = picked.best.passage
      const doc = source.doc(best.docId)
      await this.fetchInto(source, citationIdsOf(best, source), doc?.kind === 'qa' ? doc.related : [])
    }
    return answerResponse(q, ranked, picked, params.limit, () => now() - started, source, this.config)
  }

  async suggest(query: string, limit: number = this.config.suggestCount, kind?: SearchParams['kind']): Promise<SuggestResponse> {
    const q = this.analyze(query)
    const { ranked, source } = await this.rank(q, kind, true)
    await this.fetchQaDocs(source, ranked)
    return suggestResponse(q, ranked, limit, source)
  }

  async passage(id: string): Promise<Passage | undefined> {
    const row = await this.db.prepare('SELECT json FROM passages WHERE id = ?').bind(id).first<{ json: string }>()
    if (!row) return undefined
    const { citedBy: _, ...passage } = JSON.parse(row.json) as StoredPassage
    return passage
  }

  async doc(id: string): Promise<StoredDoc | undefined> {
    const row = await this.db.prepare('SELECT json FROM docs WHERE id = ?').bind(id).first<{ json: string }>()
    return row ? (JSON.parse(row.json) as StoredDoc) : undefined
  }

  /** The passages of a document, in order. */
  async passagesOf(docId: string): Promise<Passage[]> {
    const { results } = await this.db.prepare('SELECT json FROM passages WHERE doc_id = ? ORDER BY rowid').bind(docId).all<{ json: string }>()
    return results.map((r) => JSON.parse(r.json) as Passage)
  }

  async citations(ids: string[]): Promise<Citation[]> {
    const source = new Prefetched()
    await this.fetchInto(source, ids, [])
    return resolveCitations(ids, source)
  }

  /** The ranker (law names, regions, authority) and the passage count, read once per isolate. */
  private prepare() {
    this.ready ??= (async () => {
      const [laws, count, derived] = await this.db.batch<{ id: string; title: string; authority: Authority } | { n: number }>([
        this.db.prepare("SELECT id, title, authority FROM docs WHERE kind = 'law'"),
        this.db.prepare('SELECT count(*) AS n FROM passages'),
        this.db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'term_df'"),
      ])
      if ((derived.results[0] as { n: number }).n === 0)
        throw new Error('the D1 database has no term_df table (loaded by an older loader): run the load again (`npm run index -- --target d1 …`); loaded batches are kept and only its finish step runs')
      return {
        ranker: new Ranker(laws.results as { id: string; title: string; authority: Authority }[], this.config),
        documentCount: (count.results[0] as { n: number }).n,
      }
    })().catch((e) => {
      this.ready = undefined
      throw e
    })
    return this.ready
  }

  private async rank(q: AnalyzedQuery, kind?: SearchParams['kind'], prefixLast = false): Promise<{ ranked: Ranked[]; source: Prefetched; ranker: Ranker }> {
    const { ranker, documentCount } = await this.prepare()
    const source = new Prefetched()
    const all = [...new Set([...q.terms, ...q.expansions])]
    if (all.length === 0) return { ranked: [], source, ranker }

    // Document frequencies first: they decide which terms are worth matching on.
    const vocab = await this.db.prepare(`SELECT term, df FROM term_df WHERE term IN (${all.map(() => '?').join(', ')})`).bind(...all).all<{ term: string; df: number }>()
    const df = new Map(vocab.results.map((r) => [r.term, r.df]))
    // FTS5 scores every row a term matches: a term in a large share of the collection (保险, 规定)
    // costs much and separates little, so candidates are found by the rarer terms. The ranker still
    // counts every term a candidate holds.
    const present = all.filter((t) => (df.get(t) ?? 0) > 0)
    const limit = Math.max(this.config.d1.maxMatchShare * documentCount, this.config.d1.minMatchRows)
    const rare = present.filter((t) => df.get(t)! <= limit)
    const matchTerms = rare.length ? rare : [...present].sort((a, b) => df.get(a)! - df.get(b)!).slice(0, 1)
    if (matchTerms.length === 0) return { ranked: [], source, ranker }
    // While typing (suggest), the last typed term may be unfinished: match it as a prefix.
    const match = matchTerms.map((t) => (prefixLast && t === q.terms[q.terms.length - 1] ? `${phrase(t)} *` : phrase(t))).join(' OR ')
    const candidates = await this.candidates(match, kind, all)
    for (const c of candidates) source.passages.set(c.passage.id, c.passage)
    return { ranked: ranker.rerank(q, candidates, { documentCount, df }), source, ranker }
  }

  /**
   * The candidate pool for an FTS5 query (best BM25 first), each with the terms of `terms` it holds
   * in any field. Which terms a row holds is worked out in SQL (one '0'/'1' per term: does the
   * space-separated term list contain it), so only the pool's stored passages cross over from D1.
   */
  async candidates(match: string, kind: SearchParams['kind'] | undefined, terms: string[]): Promise<Candidate[]> {
    // FTS5 splits the stored term lists on spaces: a term with a space in it is never one of them.
    const tokens = terms.filter((t) => t !== '' && !t.includes(' '))
    const matched = tokens.map(() => '(instr(t.terms, ?) > 0)').join(' || ') || "''"
    const sql = `${kind ? this.candidatesSql.kind : this.candidatesSql.any}${matched} AS matched FROM t JOIN passages p ON p.rowid = t.rowid ORDER BY t.score DESC`
    const padded = tokens.map((t) => ` ${t} `)
    const { results } = await this.db
      .prepare(sql)
      .bind(...(kind ? [match, kind, ...padded] : [match, ...padded]))
      .all<{ json: string; score: number; matched: string }>()
    return results.map((row) => ({
      passage: JSON.parse(row.json) as StoredPassage,
      score: Number(row.score),
      matched: tokens.filter((_, i) => row.matched[i] === '1'),
    }))
  }

  /** The Q&A documents of ranked passages (their titles, citations and related questions); search needs none. */
  private fetchQaDocs(source: Prefetched, ranked: Ranked[]) {
    return this.fetchInto(source, [], [...new Set(ranked.filter((r) => r.passage.kind === 'qa').map((r) => r.passage.docId))])
  }

  /** Adds the passages and documents with these ids to a request's prefetched rows, in one batch. */
  private async fetchInto(source: Prefetched, passageIds: string[], docIds: string[]) {
    const pids = passageIds.filter((id) => !source.passages.has(id))
    const dids = docIds.filter((id) => !source.docs.has(id))
    const statements: D1PreparedStatement[] = []
    if (pids.length) statements.push(this.db.prepare(`SELECT json FROM passages WHERE id IN (${pids.map(() => '?').join(', ')})`).bind(...pids))
    if (dids.length) statements.push(this.db.prepare(`SELECT json FROM docs WHERE id IN (${dids.map(() => '?').join(', ')})`).bind(...dids))
    if (!statements.length) return
    const results = await this.db.batch<{ json: string }>(statements)
    let i = 0
    if (pids.length) for (const r of results[i++].results) {
      const p = JSON.parse(r.json) as StoredPassage
      source.passages.set(p.id, p)
    }
    if (dids.length) for (const r of results[i++].results) {
      const d = JSON.parse(r.json) as Doc
      source.docs.set(d.id, d)
    }
  }
}
