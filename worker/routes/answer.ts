/** GET /api/answer — the single best passage, whole, with the law articles it rests on. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { backendFor } from '../backend.ts'
import type { AppEnv } from '../app-env.ts'
import { AnswerQuery, AnswerResponse } from '../schemas.ts'
import { errorResponses, ok } from './responses.ts'

export const answerRoute = createRoute({
  method: 'get',
  path: '/api/answer',
  summary: 'Answer a question: best passage, its citations, other results and related questions',
  request: { query: AnswerQuery },
  responses: { 200: ok(AnswerResponse, 'The answer (null when nothing is relevant enough).'), ...errorResponses },
})

export const registerAnswer = (app: OpenAPIHono<AppEnv>) =>
  app.openapi(answerRoute, async (c) => {
    const { q, limit, kind } = c.req.valid('query')
    return c.json(await backendFor(c.env).answer(q, { limit, kind }), 200)
  })
