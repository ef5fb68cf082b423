/**
 * The engines an agency might pick instead, measured in the same run, on the same passages and
 * queries as sbk-answer: serialized index size (raw and gzip), load time (deserializing that
 * index into a fresh engine, as an edge isolate would), per-query p50/p99, and recall@3 on the
 * dev questions. Everything here runs in Node, sbk-answer included, so the rows compare like
 * with like; the workerd figures for sbk-answer are measured separately (bench/edge.bench-test.ts).
 */
import { create, insertMultiple, load as oramaLoad, save as oramaSave, search as oramaSearch } from '@orama/orama'
import { createTokenizer } from '@orama/tokenizers/mandarin'
import { Charset, Index } from 'flexsearch'
import MiniSearch from 'minisearch'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { round } from '../../core/search/respond.ts'
import type { Passage } from '../../core/types.ts'
import { samplePhrases, stats, type Timing } from '../../bench/phrases.ts'
import { readBuildTexts, serviceFromTexts } from '../eval/load-service.ts'
import { matchesTarget, type EvalQuery } from '../eval/metrics.ts'

export interface PeerFigures {
  engine: string
  setup: string
  indexBytes: number
  indexGzipBytes: number
  loadMs: number
  query: Timing
  devRecall3: number
}

/** A loaded engine: top result ids for a query, best first. */
type Search = (q: string) => Promise<string[]> | string[]

interface Peer {
  engine: string
  setup: string
  /** Builds the index and returns it serialized. */
  build(passages: Passage[]): Promise<string>
  /** Loads a serialized index into a fresh engine. */
  load(serialized: string, passages: Passage[]): Promise<Search>
}

const LOAD_RUNS = 5
/** Repeats per query; performance.now() in Node is fine-grained, a few runs smooth out the JIT. */
const QUERY_RUNS = 3

const miniSearchDefault: Peer = {
  engine: 'MiniSearch',
  setup: 'default tokenizer, fields title + text',
  async build(passages) {
    const ms = new MiniSearch<Passage>({ idField: 'id', fields: ['title', 'text'] })
    ms.addAll(passages)
    return JSON.stringify(ms)
  },
  async load(serialized) {
    const ms = MiniSearch.loadJSON(serialized, { idField: 'id', fields: ['title', 'text'] })
    return (q) => ms.search(q).slice(0, 10).map((r) => r.id as string)
  },
}

const oramaSchema = { id: 'string', title: 'string', text: 'string' } as const
const orama: Peer = {
  engine: 'Orama',
  setup: '@orama/tokenizers mandarin (Intl.Segmenter), fields title + text',
  async build(passages) {
    const db = create({ schema: oramaSchema, components: { tokenizer: await createTokenizer() } })
    await insertMultiple(db, passages.map((p) => ({ id: p.id, title: p.title, text: p.text })))
    return JSON.stringify(oramaSave(db))
  },
  async load(serialized) {
    const db = create({ schema: oramaSchema, components: { tokenizer: await createTokenizer() } })
    oramaLoad(db, JSON.parse(serialized))
    return async (q) => ((await oramaSearch(db, { term: q, limit: 10 })) as { hits: { id: string }[] }).hits.map((h) => h.id)
  },
}

/** FlexSearch's CJK preset: one term per character, contextual scoring of neighbours, partial matches allowed. */
const flexOptions = { encoder: Charset.CJK, tokenize: 'strict', context: { depth: 1, bidirectional: true, resolution: 9 } } as const
const flexSearch: Peer = {
  engine: 'FlexSearch',
  setup: 'Charset.CJK, strict tokenize, context depth 1, suggest',
  async build(passages) {
    const index = new Index(flexOptions)
    passages.forEach((p, i) => index.add(i, `${p.title}\n${p.text}`))
    const parts: Record<string, string> = {}
    await index.export((key: string, data: string) => void (parts[key] = data))
    return JSON.stringify(parts)
  },
  async load(serialized, passages) {
    const index = new Index(flexOptions)
    for (const [key, data] of Object.entries(JSON.parse(serialized) as Record<string, string>)) index.import(key, data)
    return (q) => (index.search(q, { limit: 10, suggest: true }) as number[]).map((i) => passages[i].id)
  },
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length

async function timeQueries(search: Search, queries: string[]): Promise<Timing> {
  const perQuery: number[] = []
  for (const q of queries) {
    const started = performance.now()
    for (let r = 0; r < QUERY_RUNS; r++) await search(q)
    perQuery.push((performance.now() - started) / QUERY_RUNS)
  }
  return stats(perQuery)
}

async function recallAt3(search: Search, dev: EvalQuery[], passages: Map<string, Passage>): Promise<number> {
  let hits = 0
  for (const t of dev) {
    const top = (await search(t.q)).slice(0, 3).map((id) => passages.get(id)!)
    if (top.some((p) => p && matchesTarget(p, t))) hits++
  }
  return hits / dev.length
}

export async function measurePeers(buildDir: string, devFile: string): Promise<PeerFigures[]> {
  const store = JSON.parse(readFileSync(`${buildDir}/documents.json`, 'utf8')) as { passages: Record<string, Passage> }
  const passages = Object.values(store.passages)
  const byId = new Map(passages.map((p) => [p.id, p]))
  const dev = (JSON.parse(readFileSync(devFile, 'utf8')) as { queries: EvalQuery[] }).queries
  const queries = [...dev.map((t) => t.q), ...samplePhrases(passages.map((p) => p.text))]
  const out: PeerFigures[] = []

  // sbk-answer itself, through the same harness: everything the worker loads, as the worker loads it
  // (from text already in memory, like the peers' serialized indexes: file reads are not timed).
  const texts = readBuildTexts(buildDir)
  const bytes = Object.values(texts).map((t) => Buffer.from(t))
  const loads: number[] = []
  let service = serviceFromTexts(texts)
  for (let i = 0; i < LOAD_RUNS; i++) {
    const started = performance.now()
    service = serviceFromTexts(texts)
    loads.push(performance.now() - started)
  }
  const sbk: Search = (q) => service.search(q, { limit: 10, offset: 0 }).results.map((r) => r.id)
  out.push({
    engine: 'sbk-answer',
    setup: 'jieba + domain dictionary, query pipeline, re-ranking',
    indexBytes: bytes.reduce((n, b) => n + b.length, 0),
    indexGzipBytes: bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
    loadMs: round(mean(loads), 1),
    query: await timeQueries(sbk, queries),
    devRecall3: round(await recallAt3(sbk, dev, byId)),
  })

  for (const peer of [orama, flexSearch, miniSearchDefault]) {
    const serialized = await peer.build(passages)
    const loadTimes: number[] = []
    let search: Search | undefined
    for (let i = 0; i < LOAD_RUNS; i++) {
      const started = performance.now()
      search = await peer.load(serialized, passages)
      loadTimes.push(performance.now() - started)
    }
    out.push({
      engine: peer.engine,
      setup: peer.setup,
      indexBytes: Buffer.byteLength(serialized),
      indexGzipBytes: gzipSync(serialized, { level: 9 }).length,
      loadMs: round(mean(loadTimes), 1),
      query: await timeQueries(search!, queries),
      devRecall3: round(await recallAt3(search!, dev, byId)),
    })
  }
  return out
}
