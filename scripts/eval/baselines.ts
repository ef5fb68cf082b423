/**
 * What an agency would get from the usual tools, on the same corpus and questions: MiniSearch with
 * its default tokenizer on the raw text, character bigrams, jieba without our dictionary and
 * vocabulary, and Orama with its Mandarin tokenizer (Intl.Segmenter). Each answers with its top
 * result (or nothing when nothing matches), so the same metrics apply.
 */
import { create, insertMultiple, search as oramaSearch } from '@orama/orama'
import { createTokenizer } from '@orama/tokenizers/mandarin'
import MiniSearch from 'minisearch'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSegmenter } from '../../core/segment/index.ts'
import type { DocumentStore, Passage } from '../../core/types.ts'
import { exportSegmenterData } from '../segment/export.ts'
import { matchesTarget, type EvalQuery, type QueryOutcome } from './metrics.ts'

/** A baseline returns result titles (and texts, for answer checks), best first. */
export type Engine = (q: string) => Passage[]

const docsOf = (store: DocumentStore) => Object.values(store.passages)

function miniSearchEngine(store: DocumentStore, tokenize?: (text: string) => string[]): Engine {
  const passages = docsOf(store)
  const ms = new MiniSearch<Passage>({ idField: 'id', fields: ['title', 'text'], ...(tokenize ? { tokenize } : {}) })
  ms.addAll(passages)
  const byId = new Map(passages.map((p) => [p.id, p]))
  return (q) => ms.search(q).map((r) => byId.get(r.id as string)!)
}

/** Overlapping character bigrams of the letters and digits (the usual CJK fallback). */
export function bigramTokens(text: string): string[] {
  const out: string[] = []
  for (const run of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const chars = [...run]
    if (chars.length === 1) out.push(run)
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1])
  }
  return out
}

export async function createBaselines(store: DocumentStore): Promise<Record<string, Engine>> {
  const passages = docsOf(store)
  // Plain jieba: the default dictionary only (an empty user dictionary), search mode, no vocabulary.
  const emptyDict = join(mkdtempSync(join(tmpdir(), 'sbk-plain-')), 'user.dict.utf8')
  writeFileSync(emptyDict, '')
  const plain = createSegmenter(exportSegmenterData({ userDictPath: emptyDict, texts: passages.flatMap((p) => [p.title, p.text]), extraWords: 100_000 }))
  const jiebaTokens = (text: string) => plain.cutForSearch(text.toLowerCase()).filter((t) => /[\p{L}\p{N}]/u.test(t))

  const orama = create({
    schema: { id: 'string', title: 'string', text: 'string' } as const,
    components: { tokenizer: await createTokenizer() },
  })
  await insertMultiple(orama, passages.map((p) => ({ id: p.id, title: p.title, text: p.text })))
  const byId = new Map(passages.map((p) => [p.id, p]))

  return {
    'MiniSearch (default tokenizer)': miniSearchEngine(store),
    'character bigrams': miniSearchEngine(store, bigramTokens),
    'jieba, no domain dictionary or synonyms': miniSearchEngine(store, jiebaTokens),
    'Orama + @orama/tokenizers mandarin': (q) => {
      const r = oramaSearch(orama, { term: q, limit: 10 }) as { hits: { id: string }[] }
      return r.hits.map((h) => byId.get(h.id)!).filter(Boolean)
    },
  }
}

/** A baseline's outcomes on written targets only (the judged answers were pooled from sbk-answer's results). */
export function evaluateEngine(engine: Engine, queries: EvalQuery[]): QueryOutcome[] {
  return queries.map((t) => {
    const results = engine(t.q).slice(0, 10)
    const top = results[0]
    const rank = t.none ? -1 : results.findIndex((r) => matchesTarget(r, t, true))
    let answerOk = false
    if (t.none) answerOk = top === undefined
    else if (top && t.law) answerOk = matchesTarget(top, t, true)
    else if (top && t.qa) answerOk = (t.answerHas ?? []).some((p) => top.text.includes(p))
    const category = t.category ?? (t.none ? 'offtopic' : t.law ? 'law' : 'qa')
    return { q: t.q, category, rank, writtenRank: rank, answerOk, answerTitle: top?.title ?? null, top: top?.title ?? null }
  })
}
