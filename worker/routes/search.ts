/** GET /api/search — ranked passages with snippets and highlight offsets. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { getService } from '../bundle.ts'
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
  app.openapi(searchRoute, (c) => {
    const { q, limit, offset, kind } = c.req.valid('query')
    return c.json(getService().search(q, { limit, offset, kind }), 200)
  })
