/**
 * API errors are values with a code and a status; one handler turns them (and anything
 * unexpected) into the contract's JSON body. No stack trace or HTML ever reaches a client.
 */
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

export type ErrorCode =
  | 'bad_request'
  | 'query_too_long'
  | 'not_found'
  | 'method_not_allowed'
  | 'rate_limited'
  | 'backend_unavailable'
  | 'internal_error'

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
  }
}

export const errorBody = (code: ErrorCode, message: string) => ({ error: { code, message } })

export function errorResponse(c: Context, status: ContentfulStatusCode, code: ErrorCode, message: string): Response {
  c.header('Cache-Control', 'no-store')
  return c.json(errorBody(code, message), status)
}

/** app.onError: known errors keep their status; anything else is a 500 without details. */
export function handleError(err: Error, c: Context): Response {
  if (err instanceof ApiError) return errorResponse(c, err.status, err.code, err.message)
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode
    return errorResponse(c, status, status === 404 ? 'not_found' : status >= 500 ? 'internal_error' : 'bad_request', err.message || 'bad request')
  }
  console.error('unhandled error', err instanceof Error ? err.message : String(err))
  return errorResponse(c, 500, 'internal_error', 'internal error')
}

export const handleNotFound = (c: Context) => errorResponse(c, 404, 'not_found', `no such path: ${new URL(c.req.url).pathname}`)
