/**
 * The search backend the routes talk to, chosen by configuration (wrangler.toml `SEARCH_BACKEND`):
 * - "minisearch" (default): the index bundled into the worker, searched inside the isolate;
 * - "d1": the same query pipeline and ranking over SQLite FTS5 on the `DB` D1 binding, for
 *   collections too large to bundle (`npm run index -- --target d1`).
 * One backend per isolate, created on the first request that needs it.
 */
import { D1SearchService } from '../core/search/d1-service.ts'
import type { SearchService } from '../core/search/service.ts'
import type { AnswerResponse, Citation, SearchParams, SearchResponse, SuggestResponse } from '../core/search/types.ts'
import type { Doc, Manifest, Passage } from '../core/types.ts'
import type { StoredLawDoc } from '../core/d1/schema.ts'
import { getQueryBundle, getService, manifest } from './bundle.ts'
import type { Env } from './env.ts'
import { ApiError } from './http/errors.ts'

/** What /api/health reports: the manifest's version and counts (without the build's file list). */
export type IndexInfo = Omit<Manifest, 'files'>

/** Stored documents and passages, whichever backend holds them (for /api/docs). */
export interface DocumentSource {
  passage(id: string): Promise<Passage | undefined>
  doc(id: string): Promise<Doc | StoredLawDoc | undefined>
  passagesOf(docId: string): Promise<Passage[]>
  citations(ids: string[]): Promise<Citation[]>
}

export interface Backend extends DocumentSource {
  info(): Promise<IndexInfo>
  search(q: string, params: SearchParams): Promise<SearchResponse>
  answer(q: string, params: { limit: number; kind?: SearchParams['kind'] }): Promise<AnswerResponse>
  suggest(q: string, limit: number, kind?: SearchParams['kind']): Promise<SuggestResponse>
}

function memoryBackend(service: SearchService): Backend {
  const { files: _, ...info } = manifest
  return {
    info: async () => info,
    search: async (q, params) => service.search(q, params),
    answer: async (q, params) => service.answer(q, params),
    suggest: async (q, limit, kind) => service.suggest(q, limit, kind),
    passage: async (id) => service.passage(id),
    doc: async (id) => service.doc(id),
    passagesOf: async (docId) => {
      const doc = service.doc(docId)
      const ids = !doc ? [] : doc.kind === 'law' ? doc.articles : doc.passages
      return ids.map((id) => service.passage(id)).filter((p) => p !== undefined)
    },
    citations: async (ids) => service.citations(ids),
  }
}

function d1Backend(db: D1Database): Backend {
  const service = new D1SearchService(db, getQueryBundle())
  let info: Promise<IndexInfo> | undefined
  return {
    // What was loaded, from the database's meta table (read once per isolate).
    info: () =>
      (info ??= db
        .prepare('SELECT key, value FROM meta')
        .all<{ key: string; value: string }>()
        .then(({ results }) => {
          const m = Object.fromEntries(results.map((r) => [r.key, r.value]))
          const n = (k: string) => Number(m[k] ?? 0)
          return { version: m.version ?? 'empty', builtAt: m.builtAt ?? '', documents: n('documents'), passages: n('passages'), laws: n('laws'), articles: n('articles'), qa: n('qa') }
        })
        .catch((e) => {
          info = undefined
          throw e
        })),
    search: (q, params) => service.search(q, params),
    answer: (q, params) => service.answer(q, params),
    suggest: (q, limit, kind) => service.suggest(q, limit, kind),
    passage: (id) => service.passage(id),
    doc: (id) => service.doc(id),
    passagesOf: (docId) => service.passagesOf(docId),
    citations: (ids) => service.citations(ids),
  }
}

let memory: Backend | undefined
const d1 = new WeakMap<D1Database, Backend>()

export function backendFor(env: Env | undefined): Backend {
  const kind = env?.SEARCH_BACKEND ?? 'minisearch'
  if (kind === 'd1') {
    const db = env?.DB
    if (!db) throw new ApiError(503, 'backend_unavailable', 'SEARCH_BACKEND is "d1" but no D1 database is bound as DB')
    let backend = d1.get(db)
    if (!backend) d1.set(db, (backend = d1Backend(db)))
    return backend
  }
  if (kind !== 'minisearch') throw new ApiError(503, 'backend_unavailable', `unknown SEARCH_BACKEND "${kind}"; use "minisearch" or "d1"`)
  return (memory ??= memoryBackend(getService()))
}
