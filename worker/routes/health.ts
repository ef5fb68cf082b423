/** GET /api/health — liveness plus what index is loaded. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { backendFor } from '../backend.ts'
import type { AppEnv } from '../app-env.ts'
import { HealthResponse } from '../schemas.ts'
import { ok } from './responses.ts'

export const healthRoute = createRoute({
  method: 'get',
  path: '/api/health',
  summary: 'Service health and index version',
  responses: { 200: ok(HealthResponse, 'The index this worker serves.') },
})

export const registerHealth = (app: OpenAPIHono<AppEnv>) =>
  app.openapi(healthRoute, async (c) => c.json({ status: 'ok' as const, ...(await backendFor(c.env).info()) }, 200))
