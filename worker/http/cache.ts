/**
 * Conditional GETs: a strong ETag derived from the index version and the request (method-less URL
 * path + sorted query), so a cached answer stays valid exactly as long as the index does.
 * `If-None-Match` answers 304 before any search work is done.
 */
import type { Context, MiddlewareHandler } from 'hono'

export interface CacheOptions {
  /** Index version (manifest.version) or content hash the response depends on. */
  version: (c: Context) => Promise<string>
  /** Cache-Control for successful responses. */
  cacheControl: string
}

/** FNV-1a 32-bit: a small, fast, stable hash of the request key (not for security). */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

export function requestKey(url: string): string {
  const u = new URL(url)
  const params = [...u.searchParams.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return u.pathname + '?' + new URLSearchParams(params).toString()
}

const matches = (header: string | undefined, etag: string) =>
  !!header && (header.trim() === '*' || header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag))

export const conditionalGet = (options: CacheOptions): MiddlewareHandler => {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next()
    const etag = `"${(await options.version(c)).slice(0, 16)}-${fnv1a(requestKey(c.req.url))}"`
    if (matches(c.req.header('If-None-Match'), etag)) {
      return c.body(null, 304, { ETag: etag, 'Cache-Control': options.cacheControl })
    }
    await next()
    if (c.res.status === 200) {
      c.header('ETag', etag)
      c.header('Cache-Control', options.cacheControl)
    }
  }
}
