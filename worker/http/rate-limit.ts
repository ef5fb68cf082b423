/**
 * Per-client rate limit of the API with the Workers Rate Limiting binding: a client (by the
 * CF-Connecting-IP the edge sets) that exceeds the configured rate gets 429 with Retry-After and the
 * contract's JSON error. Requests without that header (only possible off the edge: tests, local
 * tools) are not limited, and RATE_LIMIT = "off" turns it off.
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { errorResponse } from './errors.ts'

export interface RateLimitOptions {
  /** Seconds a limited client is told to wait: the binding's period. */
  retryAfterSeconds: number
}

export const rateLimit = (options: RateLimitOptions = { retryAfterSeconds: 60 }): MiddlewareHandler<AppEnv> => {
  return async (c, next) => {
    const limiter = c.env?.RATE_LIMITER
    const client = c.req.header('CF-Connecting-IP')
    if (!limiter || !client || c.env?.RATE_LIMIT === 'off' || c.req.method === 'OPTIONS') return next()
    const { success } = await limiter.limit({ key: client })
    if (success) return next()
    c.header('Retry-After', String(options.retryAfterSeconds))
    return errorResponse(c, 429, 'rate_limited', `too many requests; try again in ${options.retryAfterSeconds} s`)
  }
}
