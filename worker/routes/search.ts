/** GET /api/search — ranked passages with snippets and highlight offsets. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { backendFor } from '../backend.ts'
import type { AppEnv } from '../app-env.ts'
import { SearchQuery, SearchResponse } from '../schemas.ts'
import { errorResponses, ok } from './responses.ts'

export const searchRoute = createRoute({
  method: 'get',
  path: '/api/search',
  summary: 'Search law articles and Q&A passages',
  request: { query: SearchQuery },
  responses: { 200: ok(SearchResponse, 'Ranked results.'), ...errorResponses },
})

export const registerSearch = (app: OpenAPIHono<AppEnv>) =>
  app.openapi(searchRoute, async (c) => {
    const { q, limit, offset, kind } = c.req.valid('query')
    return c.json(await backendFor(c.env).search(q, { limit, offset, kind }), 200)
  })
