/** Bindings and vars of the worker (wrangler.toml). */
export interface Env {
  /** Comma-separated origins allowed by CORS, or "*". */
  ALLOWED_ORIGINS?: string
}
