/**
 * The worker's index (core/search/postings.ts) must find and score exactly what MiniSearch found
 * and scored when the worker loaded MiniSearch's own JSON: same documents, same order, bit-identical
 * scores, same matched terms and document frequencies — on random corpora and queries (prefix,
 * fuzzy, boosts, the kind filter) and on the real build with the questions of both eval sets.
 */
import fc from 'fast-check'
import MiniSearch, { type AsPlainObject, type SearchResult } from 'minisearch'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createQueryAnalyzer } from '../../core/query/analyze.ts'
import { searchConfig } from '../../core/search/config.ts'
import { miniSearchOptions, type IndexedPassage } from '../../core/search/options.ts'
import { editDistance, PostingsIndex, toPostingsData, type Found, type PostingsSearchOptions, type TermQuery } from '../../core/search/postings.ts'
import { createSegmenter } from '../../core/segment/index.ts'
import type { DocumentStore } from '../../core/types.ts'
import { buildSearchIndex } from '../../scripts/index/write.ts'
import { loadNodejieba } from '../../scripts/segment/nodejieba.ts'

const split = (text: string) => text.split(' ')

/** What the worker did before: MiniSearch.loadJSON … */
const loadMiniSearch = (json: AsPlainObject) => MiniSearch.loadJSON<IndexedPassage>(JSON.stringify(json), miniSearchOptions(split))

/** … then one OR search, its results as the service used them. */
function searchMiniSearch(ms: MiniSearch<IndexedPassage>, queries: TermQuery[], o: PostingsSearchOptions): Found {
  const spec = new Map(queries.map((q) => [q.term, q]))
  const raw: SearchResult[] = ms.search(queries.map((q) => q.term).join(' '), {
    boost: { ...o.fieldBoost },
    bm25: o.bm25,
    combineWith: 'OR',
    boostTerm: (t) => spec.get(t)!.boost,
    prefix: (t) => spec.get(t)!.prefix,
    fuzzy: (t) => spec.get(t)!.fuzzy || false,
    maxFuzzy: 10,
    filter: o.kind === undefined ? undefined : (r) => r.kind === o.kind,
  })
  const df = new Map<string, number>()
  for (const r of raw) for (const t of Object.keys(r.match)) df.set(t, (df.get(t) ?? 0) + 1)
  return { total: raw.length, hits: raw.slice(0, o.limit).map((r) => ({ id: r.id as string, score: r.score, matched: Object.keys(r.match) })), df }
}

const viaPostings = (json: AsPlainObject, queries: TermQuery[], o: PostingsSearchOptions): Found =>
  new PostingsIndex(JSON.parse(JSON.stringify(toPostingsData(json)))).search(queries, o)

/** Comparable: matched terms as sets, df as a sorted list; scores compared with toBe (bit for bit). */
const canonical = (f: Found) => ({
  total: f.total,
  hits: f.hits.map((h) => ({ ...h, matched: [...h.matched].sort() })),
  df: [...f.df].sort(([a], [b]) => (a < b ? -1 : 1)),
})

describe('editDistance', () => {
  it('is Levenshtein distance (UTF-16 units) up to max, else -1', () => {
    const reference = (a: string, b: string) => {
      const m = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)])
      for (let j = 1; j <= b.length; j++) m[0][j] = j
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) m[i][j] = Math.min(m[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), m[i - 1][j] + 1, m[i][j - 1] + 1)
      return m[a.length][b.length]
    }
    const text = fc.string({ unit: fc.constantFrom('社', '保', '卡', 'a', 'b', '𠀋'), maxLength: 6 })
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const d = reference(a, b)
        expect(editDistance(a, b, max)).toBe(d <= max ? d : -1)
      }),
    )
  })
})

describe('PostingsIndex = MiniSearch', () => {
  // A small vocabulary with shared prefixes, one-character variants, integer-like and astral terms.
  const vocabulary = ['社会', '社会保险', '社保', '社保卡', '保险', '保险费', '医疗', '医疗保险', '12', '12333', '2024', 'a', 'ab', 'abc', '𠀋', '𠀋子', '补偿金', '补尝金', '补偿']
  const field = fc.option(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 12 }).map((ts) => ts.join(' ')), { nil: undefined })
  const corpus = fc.array(fc.record({ kind: fc.constantFrom('qa' as const, 'law' as const), title: field, law: field, heading: field, summary: field, text: field }), { minLength: 1, maxLength: 25 })
  const queryTerms = fc.uniqueArray(fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom('社', '保', '医疗险', '1', '233', 'x')), { minLength: 1, maxLength: 6 })
  const termQuery = (term: string) =>
    fc.record({ term: fc.constant(term), boost: fc.constantFrom(1, 0.6, 2.5), prefix: fc.boolean(), fuzzy: fc.constantFrom(0, 0, 1, 2) })
  const options = fc.record({
    fieldBoost: fc.constantFrom<Record<string, number>>(searchConfig.fieldBoost, {}, { text: 3, title: 0.5 }),
    bm25: fc.constantFrom(searchConfig.bm25, { k: 2, b: 0.3, d: 1 }),
    kind: fc.constantFrom(undefined, 'qa', 'law'),
    limit: fc.constantFrom(0, 1, 3, 60),
  })

  it('gives the same results on random corpora and queries', () => {
    fc.assert(
      fc.property(
        corpus,
        queryTerms.chain((ts) => fc.tuple(...ts.map(termQuery))),
        options,
        (docs, queries, o) => {
          const ms = new MiniSearch<IndexedPassage>(miniSearchOptions(split))
          ms.addAll(docs.map((d, i) => ({ id: `doc${i}`, ...d })))
          const json = ms.toJSON()
          expect(canonical(viaPostings(json, queries, o))).toEqual(canonical(searchMiniSearch(loadMiniSearch(json), queries, o)))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('the shipped index is MiniSearch’s index of the corpus, and answers every eval question as MiniSearch did', () => {
    const store: DocumentStore = JSON.parse(readFileSync('build/documents.json', 'utf8'))
    const { index } = buildSearchIndex(store, loadNodejieba('corpus/dictionary.txt'))
    const json = index.toJSON()
    expect(JSON.parse(readFileSync('build/search-index.json', 'utf8'))).toEqual(toPostingsData(json))

    const ms = loadMiniSearch(json)
    const postings = new PostingsIndex(toPostingsData(json))
    const analyze = createQueryAnalyzer(
      createSegmenter(JSON.parse(readFileSync('build/segmenter.json', 'utf8'))),
      JSON.parse(readFileSync('build/vocabulary.json', 'utf8')),
      { maxTerms: searchConfig.maxQueryTerms, pinyin: JSON.parse(readFileSync('build/pinyin.json', 'utf8')) },
    )
    const questions = ['../shared/eval/dev-queries.json', 'test/eval/queries.json'].flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')).queries as { q: string }[]).map((q) => q.q))
    let compared = 0
    for (const q of questions) {
      const a = analyze(q)
      const terms = [...a.terms, ...a.expansions]
      if (!terms.length) continue
      // As the service asks: expansions weaker, fuzzy for unknown words, prefix on the last typed term (suggest).
      const queries = terms.map((term, i) => ({ term, boost: a.expansions.includes(term) ? 0.6 : 1, prefix: i === a.terms.length - 1, fuzzy: term.length >= 3 ? 1 : 0 }))
      for (const kind of [undefined, 'law']) {
        const o = { fieldBoost: searchConfig.fieldBoost, bm25: searchConfig.bm25, kind, limit: searchConfig.candidatePool }
        const expected = canonical(searchMiniSearch(ms, queries, o))
        expect(canonical(postings.search(queries, o)), q).toEqual(expected)
        compared++
      }
    }
    expect(compared).toBeGreaterThan(400)
  })
})

it('refuses repeated query terms (MiniSearch would add the term twice but count it once)', () => {
  const ms = new MiniSearch<IndexedPassage>(miniSearchOptions(split))
  ms.add({ id: 'a', kind: 'qa', text: '社保 社保卡' })
  const index = new PostingsIndex(toPostingsData(ms.toJSON()))
  const q = { term: '社保', boost: 1, prefix: false, fuzzy: 0 }
  expect(() => index.search([q, q], { fieldBoost: {}, bm25: searchConfig.bm25, limit: 10 })).toThrow(/distinct/)
})
