/** Bindings and vars of the worker (wrangler.toml). */
export interface Env {
  /** Comma-separated origins allowed by CORS, or "*". */
  ALLOWED_ORIGINS?: string
  /** Per-client rate limit of the API (wrangler.toml [[ratelimits]]). */
  RATE_LIMITER?: RateLimit
  /** "off" disables the rate limit (local tools that are not about abuse, e.g. browser tests). */
  RATE_LIMIT?: string
  /** "minisearch" (default: the bundled index) or "d1" (the DB binding; see wrangler.toml [env.d1]). */
  SEARCH_BACKEND?: string
  /** The D1 database of the d1 backend. */
  DB?: D1Database
}
