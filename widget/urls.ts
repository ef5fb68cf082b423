/**
 * Links from the API: only http(s) URLs are ever rendered (no javascript:, data: …), relative ones
 * are resolved against the endpoint, and links to the API's own /api/docs/ (JSON, not a page for
 * citizens) are recognised so the widget shows that document inline instead.
 */

/** `url` resolved against `endpoint`, or undefined unless it is http(s). */
export function safeUrl(url: string, endpoint: string): string | undefined {
  try {
    const u = new URL(url, endpoint)
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined
  } catch {
    return undefined
  }
}

/** A web page a citizen can open: http(s) and not one of the API's JSON documents. */
export function pageUrl(url: string, endpoint: string): string | undefined {
  const safe = safeUrl(url, endpoint)
  if (!safe) return undefined
  try {
    const u = new URL(safe)
    const api = new URL(endpoint)
    return u.origin === api.origin && u.pathname.startsWith(api.pathname.replace(/\/+$/, '') + '/api/') ? undefined : safe
  } catch {
    return safe
  }
}
