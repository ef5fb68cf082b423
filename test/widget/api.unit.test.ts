/**
 * The widget's API client against a real local HTTP server that misbehaves on purpose: every
 * failure a citizen's browser can meet becomes one ApiError kind, so the widget always shows the
 * error state with 重试 instead of a blank box or a spinner that never stops.
 */
import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiError, createClient } from '../../widget/api.ts'

const answerBody = {
  query: '社保卡密码锁了',
  terms: ['社保卡', '密码', '锁'],
  tookMs: 0.4,
  answer: { id: 'qa/a#2', kind: 'qa', title: '社保卡无法使用,该怎么办?', text: '到社保中心办理解锁。', url: '/api/docs/qa%2Fa', score: 3, confidence: 0.9 },
  citations: [{ id: 'law/shehui-baoxian-fa#58', law: '中华人民共和国社会保险法', article: '第五十八条', text: '用人单位应当自用工之日起三十日内…', url: 'https://example.org/law' }],
  results: [{ id: 'qa/b#1', kind: 'qa', title: '社保卡怎么使用', snippet: '社保卡的使用', highlights: [[0, 3]], url: '/api/docs/qa%2Fb', score: 1 }],
  related: [{ id: 'qa/c', title: '电子社保卡无法使用?' }],
}

/** path → how the server answers it. */
const routes: Record<string, (res: import('node:http').ServerResponse) => void> = {
  '/api/answer': (res) => json(res, 200, answerBody),
  '/api/suggest': (res) => json(res, 200, { query: '社保', suggestions: [{ text: '社保卡无法使用,该怎么办?', id: 'qa/a', kind: 'qa' }] }),
  '/api/docs/qa%2Fa': (res) => json(res, 200, { id: 'qa/a', kind: 'qa', title: 'T', url: '/api/docs/qa%2Fa', passages: [{ id: 'qa/a#1', text: '一' }] }),
}
function json(res: import('node:http').ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json' })
  res.end(JSON.stringify(body))
}

let server: Server
let base: string
const seen: string[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://x')
    seen.push(req.url!)
    const mode = url.searchParams.get('q')
    if (mode === 'http500') return json(res, 500, { error: { code: 'internal_error', message: 'x' } })
    if (mode === 'http429') return json(res, 429, { error: { code: 'rate_limited', message: 'slow down' } })
    if (mode === 'html404') return void res.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>nope</h1>')
    if (mode === 'malformed') return void res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"query": "x", ')
    if (mode === 'shape') return json(res, 200, { ...answerBody, citations: [{ id: 1 }] })
    if (mode === 'slow') return void setTimeout(() => !res.destroyed && json(res, 200, answerBody), 2000)
    const route = routes[url.pathname]
    if (route) return route(res)
    json(res, 404, { error: { code: 'not_found', message: 'no' } })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((r) => server.close(() => r()))
})

const signal = () => new AbortController().signal
const failure = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable('expected the request to fail'),
    (e: unknown) => {
      expect(e).toBeInstanceOf(ApiError)
      const { kind, status, code } = e as ApiError
      return { kind, status, code }
    },
  )

describe('the widget API client', () => {
  it('asks /api/answer with q, limit and kind, and returns the typed answer', async () => {
    const client = createClient(base + '/')
    const r = await client.answer('社保卡密码锁了', signal(), { limit: 3, kind: 'qa' })
    expect(r.answer?.title).toBe('社保卡无法使用,该怎么办?')
    expect(r.citations[0].article).toBe('第五十八条')
    expect(seen.at(-1)).toBe('/api/answer?q=%E7%A4%BE%E4%BF%9D%E5%8D%A1%E5%AF%86%E7%A0%81%E9%94%81%E4%BA%86&limit=3&kind=qa')
  })

  it('asks /api/suggest and /api/docs/:id with the id encoded as one path segment', async () => {
    const client = createClient(base)
    expect((await client.suggest('社保', signal(), { limit: 8 })).suggestions[0].id).toBe('qa/a')
    expect(seen.at(-1)).toBe('/api/suggest?q=%E7%A4%BE%E4%BF%9D&limit=8')
    expect((await client.doc('qa/a', signal())).passages?.[0].text).toBe('一')
    expect(seen.at(-1)).toBe('/api/docs/qa%2Fa')
  })

  it('turns every failure into an ApiError with a kind, status and the contract’s error code', async () => {
    const client = createClient(base, { timeoutMs: 300 })
    expect(await failure(client.answer('http500', signal()))).toEqual({ kind: 'http', status: 500, code: 'internal_error' })
    expect(await failure(client.answer('http429', signal()))).toEqual({ kind: 'http', status: 429, code: 'rate_limited' })
    expect(await failure(client.answer('html404', signal()))).toEqual({ kind: 'http', status: 404, code: undefined })
    expect(await failure(client.answer('malformed', signal()))).toEqual({ kind: 'malformed', status: undefined, code: undefined })
    expect(await failure(client.answer('shape', signal()))).toEqual({ kind: 'malformed', status: undefined, code: undefined })
    expect(await failure(client.answer('slow', signal()))).toEqual({ kind: 'timeout', status: undefined, code: undefined })
    expect(await failure(client.doc('qa/unknown', signal()))).toEqual({ kind: 'http', status: 404, code: 'not_found' })
  })

  it('a server that is not there is a network error', async () => {
    const closed = createServer()
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r))
    const port = (closed.address() as { port: number }).port
    await new Promise<void>((r) => closed.close(() => r()))
    expect(await failure(createClient(`http://127.0.0.1:${port}`).answer('社保卡', signal()))).toEqual({ kind: 'network', status: undefined, code: undefined })
  })

  it('a request the widget aborts (a newer query) rejects as an abort, not as an ApiError to show', async () => {
    const abort = new AbortController()
    const pending = createClient(base).answer('slow', abort.signal)
    abort.abort()
    await expect(pending).rejects.toSatisfy((e) => !(e instanceof ApiError) && (e as Error).name === 'AbortError')
  })
})
