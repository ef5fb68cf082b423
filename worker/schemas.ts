/**
 * Request and response schemas: they validate requests and generate /api/openapi.json, so the
 * documentation cannot drift from the code. Response schemas are checked against core/search/types.
 */
import { z } from '@hono/zod-openapi'

export const MAX_QUERY_LENGTH = 200

const q = z
  .string({ error: 'q is required' })
  .transform((s) => s.trim())
  .pipe(
    z
      .string()
      .min(1, 'q must not be empty')
      .max(MAX_QUERY_LENGTH, `q must be at most ${MAX_QUERY_LENGTH} characters`),
  )
  .openapi({ param: { name: 'q', in: 'query' }, example: '社保卡密码锁了', description: `The question, 1–${MAX_QUERY_LENGTH} characters after trimming.` })

const intParam = (name: string, min: number, max: number, fallback: number, description: string) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`))
    .optional()
    .transform((v) => v ?? fallback)
    .openapi({ param: { name, in: 'query' }, type: 'integer', minimum: min, maximum: max, default: fallback, description })

const kind = z
  .enum(['qa', 'law'], { error: 'kind must be qa or law' })
  .optional()
  .openapi({ param: { name: 'kind', in: 'query' }, description: 'Only Q&A passages (qa) or only law articles (law).' })

export const SearchQuery = z.object({
  q,
  limit: intParam('limit', 1, 50, 10, 'Results per page.'),
  offset: intParam('offset', 0, 1000, 0, 'Results to skip.'),
  kind,
})

export const AnswerQuery = z.object({
  q,
  limit: intParam('limit', 1, 20, 5, 'How many other results to list.'),
  kind,
})

export const SuggestQuery = z.object({
  q,
  limit: intParam('limit', 1, 20, 8, 'How many suggestions.'),
  kind,
})

export const DocParams = z.object({
  id: z.string().min(1).max(300).openapi({ param: { name: 'id', in: 'path' }, example: 'law/shehui-baoxian-fa#58', description: 'A document or passage id (URL-encoded).' }),
})

const Kind = z.enum(['qa', 'law'])

export const SearchResult = z
  .object({
    id: z.string().openapi({ example: 'qa/shebaoka-wufa-shiyong#3' }),
    kind: Kind,
    title: z.string(),
    heading: z.string().optional(),
    snippet: z.string(),
    highlights: z.array(z.tuple([z.number().int(), z.number().int()])).openapi({ description: '[start, end) UTF-16 offsets into snippet' }),
    url: z.string(),
    score: z.number(),
  })
  .openapi('SearchResult')

export const SearchResponse = z
  .object({
    query: z.string(),
    terms: z.array(z.string()),
    total: z.number().int(),
    tookMs: z.number(),
    results: z.array(SearchResult),
  })
  .openapi('SearchResponse')

export const Citation = z
  .object({
    id: z.string().openapi({ example: 'law/shehui-baoxian-fa#58' }),
    law: z.string().openapi({ example: '中华人民共和国社会保险法' }),
    article: z.string().openapi({ example: '第五十八条' }),
    text: z.string(),
    url: z.string(),
  })
  .openapi('Citation')

export const Answer = z
  .object({
    id: z.string(),
    kind: Kind,
    title: z.string(),
    heading: z.string().optional(),
    text: z.string().openapi({ description: 'The best passage, whole.' }),
    url: z.string(),
    score: z.number(),
    confidence: z.number().min(0).max(1),
  })
  .openapi('Answer')

export const Related = z.object({ id: z.string(), title: z.string() }).openapi('Related')

export const AnswerResponse = z
  .object({
    query: z.string(),
    terms: z.array(z.string()),
    tookMs: z.number(),
    answer: Answer.nullable().openapi({ description: 'null when nothing is relevant enough' }),
    citations: z.array(Citation),
    results: z.array(SearchResult),
    related: z.array(Related),
  })
  .openapi('AnswerResponse')

export const SuggestResponse = z
  .object({
    query: z.string(),
    suggestions: z.array(z.object({ text: z.string(), id: z.string(), kind: Kind })),
  })
  .openapi('SuggestResponse')

export const HealthResponse = z
  .object({
    status: z.literal('ok'),
    version: z.string(),
    builtAt: z.string(),
    documents: z.number().int(),
    passages: z.number().int(),
    laws: z.number().int(),
    articles: z.number().int(),
    qa: z.number().int(),
  })
  .openapi('Health')

export const DocResponse = z
  .object({
    id: z.string(),
    kind: Kind,
    title: z.string(),
    url: z.string(),
  })
  .passthrough()
  .openapi('Document', { description: 'A whole law, law article, Q&A article or Q&A passage, with its citations.' })

export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'bad_request' }),
      message: z.string(),
    }),
  })
  .openapi('Error')
