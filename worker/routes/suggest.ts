/** GET /api/suggest — questions and law articles to complete what the user is typing. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { backendFor } from '../backend.ts'
import type { AppEnv } from '../app-env.ts'
import { SuggestQuery, SuggestResponse } from '../schemas.ts'
import { errorResponses, ok } from './responses.ts'

export const suggestRoute = createRoute({
  method: 'get',
  path: '/api/suggest',
  summary: 'Suggestions as the user types',
  request: { query: SuggestQuery },
  responses: { 200: ok(SuggestResponse, 'Suggestions, best first.'), ...errorResponses },
})

export const registerSuggest = (app: OpenAPIHono<AppEnv>) =>
  app.openapi(suggestRoute, async (c) => {
    const { q, limit, kind } = c.req.valid('query')
    return c.json(await backendFor(c.env).suggest(q, limit, kind), 200)
  })
