/** GET /api/docs/:id — a whole law or Q&A article, or one article/passage, with its citations. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { backendFor, type DocumentSource } from '../backend.ts'
import type { AppEnv } from '../app-env.ts'
import { ApiError } from '../http/errors.ts'
import { DocParams, DocResponse } from '../schemas.ts'
import { errorResponses, ok } from './responses.ts'

export const docRoute = createRoute({
  method: 'get',
  path: '/api/docs/{id}',
  summary: 'A document or passage by id',
  request: { params: DocParams },
  responses: { 200: ok(DocResponse, 'The document.'), ...errorResponses },
})

/** The whole document or passage with its citations resolved; 404 when the id is unknown. */
async function docBody(id: string, source: DocumentSource) {
  const passage = await source.passage(id)
  if (passage) {
    const { citations, ...rest } = passage
    return { ...rest, citations: await source.citations(citations) }
  }
  const doc = await source.doc(id)
  if (!doc) throw new ApiError(404, 'not_found', `no document with id ${JSON.stringify(id.slice(0, 100))}`)
  const passages = await source.passagesOf(doc.id)
  if (doc.kind === 'law') return { ...doc, articles: passages.map(({ id, article, heading, text }) => ({ id, article, heading, text })) }
  const related = (await Promise.all(doc.related.map((r) => source.doc(r)))).filter((d) => d !== undefined).map((d) => ({ id: d.id, title: d.title }))
  return { ...doc, passages: passages.map(({ id, heading, text }) => ({ id, heading, text })), citations: await source.citations(doc.citations), related }
}

export const registerDocs = (app: OpenAPIHono<AppEnv>) => {
  app.openapi(docRoute, async (c) => c.json(await docBody(c.req.valid('param').id, backendFor(c.env)), 200))
  // Ids contain a slash (law/shehui-baoxian-fa#58); accept it unencoded too: /api/docs/law/shehui-baoxian-fa%2358.
  app.get('/api/docs/:kind/:rest', async (c) => c.json(await docBody(`${c.req.param('kind')}/${c.req.param('rest')}`, backendFor(c.env)), 200))
}
