/** A typed client for the sbk-answer API (see the contract); every call can be aborted. */

// The response shapes are declared once, in core/search/types.ts (type-only: nothing is bundled).
import type { AnswerResponse, SuggestResponse } from '../core/search/types.ts'
export type { AnswerResponse, Citation, SearchResult, SuggestResponse } from '../core/search/types.ts'

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message)
  }
}

/** GET a JSON endpoint; non-2xx, network failures, timeouts and malformed JSON all become ApiError. */
async function getJson<T>(url: string, signal: AbortSignal, timeoutMs: number, check: (v: unknown) => v is T): Promise<T> {
  const timeout = AbortSignal.timeout(timeoutMs)
  const combined = AbortSignal.any([signal, timeout])
  let res: Response
  try {
    res = await fetch(url, { signal: combined, headers: { Accept: 'application/json' } })
  } catch (e) {
    if (signal.aborted) throw e
    throw new ApiError(timeout.aborted ? 'timeout' : 'network')
  }
  if (!res.ok) throw new ApiError(`HTTP ${res.status}`, res.status)
  let body: unknown
  try {
    body = await res.json()
  } catch {
    throw new ApiError('malformed response')
  }
  if (!check(body)) throw new ApiError('unexpected response')
  return body
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null
const isAnswer = (v: unknown): v is AnswerResponse => isObject(v) && Array.isArray(v.results) && Array.isArray(v.citations) && Array.isArray(v.related) && 'answer' in v
const isSuggest = (v: unknown): v is SuggestResponse => isObject(v) && Array.isArray(v.suggestions)

export interface Client {
  answer(q: string, signal: AbortSignal, opts?: { limit?: number; kind?: string }): Promise<AnswerResponse>
  suggest(q: string, signal: AbortSignal): Promise<SuggestResponse>
}

export function createClient(endpoint: string, timeoutMs = 8000): Client {
  const base = endpoint.replace(/\/+$/, '')
  const url = (path: string, params: Record<string, string | number | undefined>) => {
    const u = new URL(base + path)
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') u.searchParams.set(k, String(v))
    return u.toString()
  }
  return {
    answer: (q, signal, opts = {}) => getJson(url('/api/answer', { q, limit: opts.limit, kind: opts.kind }), signal, timeoutMs, isAnswer),
    suggest: (q, signal) => getJson(url('/api/suggest', { q, limit: 8 }), signal, timeoutMs, isSuggest),
  }
}
