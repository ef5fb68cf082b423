/**
 * The sbk-answer worker: the JSON API of docs/api-contract, the widget bundle and the demo page.
 * Middleware order matters: headers first (so even errors carry them), then CORS, the method
 * check, conditional GETs (a 304 costs no search work), then the routes.
 */
import { OpenAPIHono } from '@hono/zod-openapi'
import type { Context, MiddlewareHandler } from 'hono'
import { backendFor } from './backend.ts'
import type { AppEnv } from './app-env.ts'
import { conditionalGet } from './http/cache.ts'
import { apiCors } from './http/cors.ts'
import { rateLimit } from './http/rate-limit.ts'
import { errorResponse, handleError, handleNotFound } from './http/errors.ts'
import { registerAnswer } from './routes/answer.ts'
import { registerDemo } from './routes/demo.ts'
import { registerDocs } from './routes/docs.ts'
import { registerHealth } from './routes/health.ts'
import { registerSearch } from './routes/search.ts'
import { registerSuggest } from './routes/suggest.ts'
import { registerWidget } from './routes/widget.ts'

const API_VERSION = '1.0.0'

/** The version of the index the backend serves (responses and ETags depend on it). */
const indexVersion = async (c: Context<AppEnv>) => (await backendFor(c.env).info()).version

/** Headers on every response, errors included. */
const standardHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next()
  const version = await indexVersion(c).catch(() => undefined)
  if (version) c.header('X-Index-Version', version)
  c.header('X-Content-Type-Options', 'nosniff')
  c.header('Referrer-Policy', 'strict-origin-when-cross-origin')
}

/** The API only reads: anything but GET, HEAD and OPTIONS on an API path is 405, not 404. */
const readOnly: MiddlewareHandler = async (c, next) => {
  if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) return next()
  c.header('Allow', 'GET, HEAD, OPTIONS')
  return errorResponse(c, 405, 'method_not_allowed', `${c.req.method} is not allowed; use GET`)
}

export function createApp(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    // Validation failures become the contract's JSON error, naming the first bad parameter.
    defaultHook: (result, c) => {
      if (result.success) return
      const issue = result.error.issues[0]
      const tooLong = issue?.code === 'too_big' && issue.path[0] === 'q'
      return errorResponse(c, 400, tooLong ? 'query_too_long' : 'bad_request', issue?.message ?? 'bad request')
    },
  })

  app.use('*', standardHeaders)
  app.use('/api/*', apiCors())
  app.use('*', readOnly)
  app.use('/api/*', rateLimit())
  app.use('/api/*', conditionalGet({ version: indexVersion, cacheControl: 'public, max-age=300, stale-while-revalidate=3600' }))

  registerSearch(app)
  registerAnswer(app)
  registerSuggest(app)
  registerDocs(app)
  registerHealth(app)
  registerWidget(app)
  registerDemo(app)

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'sbk-answer API',
      // The API's version; each response's X-Index-Version names the index it was answered from.
      version: API_VERSION,
      description: 'Answers to citizens’ questions about social security, with the law articles they rest on.',
    },
  })

  app.notFound(handleNotFound)
  app.onError(handleError)
  return app
}
