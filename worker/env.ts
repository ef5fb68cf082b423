/** Bindings and vars of the worker (wrangler.toml). */
export interface Env {
  /** Comma-separated origins allowed by CORS, or "*". */
  ALLOWED_ORIGINS?: string
  /** Per-client rate limit of the API (wrangler.toml [[ratelimits]]). */
  RATE_LIMITER?: RateLimit
  /** "off" disables the rate limit (local tools that are not about abuse, e.g. browser tests). */
  RATE_LIMIT?: string
}
