/**
 * A typed client for the sbk-answer API (docs/api-contract): /api/answer, /api/suggest and
 * /api/docs/:id. Every call takes an AbortSignal and has a timeout; every failure (network, timeout,
 * non-2xx, malformed JSON, unexpected shape) becomes an ApiError, so the widget has one error path.
 */

// The response shapes are declared once, in core/search/types.ts (type-only: nothing is bundled).
import type { Answer, AnswerResponse, Citation, Related, SearchResult, Suggestion, SuggestResponse } from '../core/search/types.ts'
import type { DocKind as Kind } from '../core/types.ts'
export type { Answer, AnswerResponse, Citation, Kind, Related, SearchResult, Suggestion, SuggestResponse }

/** One section of a document as /api/docs returns it (a Q&A passage or a law article). */
export interface DocSection {
  id: string
  heading?: string
  article?: string
  text: string
}

/** /api/docs/:id: a whole document (with `passages` or `articles`) or one passage (with `text`). */
export interface DocResponse {
  id: string
  kind: Kind
  title: string
  url: string
  heading?: string
  text?: string
  sourceName?: string
  updated?: string
  passages?: DocSection[]
  articles?: DocSection[]
  citations?: Citation[]
}

/** What went wrong, for the message the widget shows. */
export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'malformed'

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    /** HTTP status for `http` errors. */
    readonly status?: number,
    /** The contract's `error.code` when the body carried one (e.g. `rate_limited`, `query_too_long`). */
    readonly code?: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export interface ClientOptions {
  /** Milliseconds before a request is given up as a timeout. Default 8000. */
  timeoutMs?: number
}

export interface Client {
  answer(q: string, signal: AbortSignal, opts?: { limit?: number; kind?: Kind }): Promise<AnswerResponse>
  suggest(q: string, signal: AbortSignal, opts?: { limit?: number; kind?: string }): Promise<SuggestResponse>
  doc(id: string, signal: AbortSignal): Promise<DocResponse>
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null
const isArrayOf = <T>(v: unknown, item: (x: unknown) => x is T): v is T[] => Array.isArray(v) && v.every(item)
const hasStrings = (v: unknown, ...keys: string[]): v is Record<string, string> =>
  isObject(v) && keys.every((k) => typeof v[k] === 'string')

const isCitation = (v: unknown): v is Citation => hasStrings(v, 'id', 'law', 'article', 'text', 'url')
const isResult = (v: unknown): v is SearchResult =>
  hasStrings(v, 'id', 'title', 'snippet', 'url') && isArrayOf((v as Record<string, unknown>).highlights, Array.isArray)
const isRelated = (v: unknown): v is Related => hasStrings(v, 'id', 'title')
const isAnswerBody = (v: unknown): v is Answer => hasStrings(v, 'id', 'title', 'text', 'url')
const isSection = (v: unknown): v is DocSection => hasStrings(v, 'id', 'text')

// Shapes are checked at the boundary: the widget renders what passes and shows the error state otherwise.
const isAnswerResponse = (v: unknown): v is AnswerResponse =>
  isObject(v) &&
  (v.answer === null || isAnswerBody(v.answer)) &&
  isArrayOf(v.citations, isCitation) &&
  isArrayOf(v.results, isResult) &&
  isArrayOf(v.related, isRelated)
const isSuggestResponse = (v: unknown): v is SuggestResponse => isObject(v) && isArrayOf(v.suggestions, (s): s is Suggestion => hasStrings(s, 'text', 'id'))
const isDocResponse = (v: unknown): v is DocResponse =>
  hasStrings(v, 'id', 'title') &&
  (v.passages === undefined || isArrayOf(v.passages, isSection)) &&
  (v.articles === undefined || isArrayOf(v.articles, isSection)) &&
  (v.citations === undefined || isArrayOf(v.citations, isCitation))

/** The contract's error body `{ error: { code, message } }`, if that is what came back. */
async function errorCode(res: Response): Promise<string | undefined> {
  try {
    const body: unknown = await res.json()
    return isObject(body) && hasStrings(body.error, 'code') ? body.error.code : undefined
  } catch {
    return undefined
  }
}

/** GET a JSON endpoint, aborted by `signal` or after `timeoutMs`. */
async function getJson<T>(url: string, signal: AbortSignal, timeoutMs: number, check: (v: unknown) => v is T): Promise<T> {
  // One controller for both causes (AbortSignal.any is too new for some agency desktops).
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  const forward = () => controller.abort()
  signal.addEventListener('abort', forward)
  try {
    if (signal.aborted) controller.abort()
    let res: Response
    try {
      res = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' }, credentials: 'omit' })
    } catch (e) {
      if (signal.aborted) throw e // the caller moved on; not an error to show
      throw new ApiError(timedOut ? 'timeout' : 'network', timedOut ? 'request timed out' : 'network error')
    }
    if (!res.ok) throw new ApiError('http', `HTTP ${res.status}`, res.status, await errorCode(res))
    let body: unknown
    try {
      body = await res.json()
    } catch {
      throw new ApiError(timedOut ? 'timeout' : 'malformed', 'malformed JSON')
    }
    if (!check(body)) throw new ApiError('malformed', 'unexpected response shape')
    return body
  } finally {
    clearTimeout(timer)
    signal.removeEventListener('abort', forward)
  }
}

/** A client for the API at `endpoint` (an origin, optionally with a path prefix). */
export function createClient(endpoint: string, { timeoutMs = 8000 }: ClientOptions = {}): Client {
  const base = endpoint.replace(/\/+$/, '')
  const url = (path: string, params: Record<string, string | number | undefined> = {}) => {
    const u = new URL(base + path)
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') u.searchParams.set(k, String(v))
    return u.toString()
  }
  return {
    answer: (q, signal, { limit, kind } = {}) => getJson(url('/api/answer', { q, limit, kind }), signal, timeoutMs, isAnswerResponse),
    suggest: (q, signal, { limit, kind } = {}) => getJson(url('/api/suggest', { q, limit, kind }), signal, timeoutMs, isSuggestResponse),
    doc: (id, signal) => getJson(url(`/api/docs/${encodeURIComponent(id)}`), signal, timeoutMs, isDocResponse),
  }
}
