/**
 * CORS from configuration: ALLOWED_ORIGINS is "*" or a comma-separated list. A listed origin is
 * echoed (with Vary: Origin); anything else gets no CORS headers at all.
 */
import { cors } from 'hono/cors'
import type { MiddlewareHandler } from 'hono'
import type { Env } from '../env.ts'

export function parseOrigins(value: string | undefined): '*' | string[] {
  const list = (value ?? '*').split(',').map((s) => s.trim()).filter(Boolean)
  return list.length === 0 || list.includes('*') ? '*' : list
}

export const apiCors = (): MiddlewareHandler<{ Bindings: Env }> => {
  return async (c, next) => {
    const allowed = parseOrigins(c.env?.ALLOWED_ORIGINS)
    const handler = cors({
      origin: allowed === '*' ? '*' : (origin) => (allowed.includes(origin) ? origin : null),
      allowMethods: ['GET', 'HEAD', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'If-None-Match'],
      exposeHeaders: ['ETag', 'X-Index-Version'],
      maxAge: 86400,
    })
    return handler(c, next)
  }
}
