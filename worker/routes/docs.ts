/** GET /api/docs/:id — a whole law or Q&A article, or one article/passage, with its citations. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { getService } from '../bundle.ts'
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
function docBody(id: string) {
  const service = getService()
  const passage = service.passage(id)
  if (passage) {
    const { citations, ...rest } = passage
    return { ...rest, citations: service.citations(citations) }
  }
  const doc = service.doc(id)
  if (!doc) throw new ApiError(404, 'not_found', `no document with id ${JSON.stringify(id.slice(0, 100))}`)
  if (doc.kind === 'law') {
    const articles = doc.articles.map((a) => service.passage(a)).filter((p) => p !== undefined)
    return { ...doc, articles: articles.map(({ id, article, heading, text }) => ({ id, article, heading, text })) }
  }
  const passages = doc.passages.map((p) => service.passage(p)).filter((p) => p !== undefined)
  const related = doc.related.map((r) => service.doc(r)).filter((d) => d !== undefined).map((d) => ({ id: d.id, title: d.title }))
  return { ...doc, passages: passages.map(({ id, heading, text }) => ({ id, heading, text })), citations: service.citations(doc.citations), related }
}

export const registerDocs = (app: OpenAPIHono<AppEnv>) => {
  app.openapi(docRoute, (c) => c.json(docBody(c.req.valid('param').id), 200))
  // Ids contain a slash (law/shehui-baoxian-fa#58); accept it unencoded too: /api/docs/law/shehui-baoxian-fa%2358.
  app.get('/api/docs/:kind/:rest', (c) => c.json(docBody(`${c.req.param('kind')}/${c.req.param('rest')}`), 200))
}
