/**
 * The answer API, through the whole worker inside workerd, on the real corpus: what a citizen
 * asks and what an integrating developer relies on (errors, caching, CORS, OpenAPI).
 */
import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../worker/app.ts'
import { getJson, url } from './helpers.ts'

const isArticle = (c: { law?: string; title?: string; article?: string }, law: string, article: string) =>
  `${c.law ?? ''} ${c.title ?? ''}`.includes(law) && `${c.article ?? ''} ${c.title ?? ''}`.includes(article)

describe('a citizen asks a question', () => {
  it('社保卡金融账户密码输错被锁了怎么办 → wait until the next day, with 社会保险法 citations and related questions', async () => {
    const { status, json } = await getJson('/api/answer', { q: '社保卡金融账户密码输错被锁了怎么办' })
    expect(status).toBe(200)
    expect(json.answer).not.toBeNull()
    expect(json.answer.text).toContain('第二天')
    expect(json.answer.text).toContain('自动解锁')
    expect(json.answer.confidence).toBeGreaterThan(0)
    expect(json.answer.confidence).toBeLessThanOrEqual(1)
    for (const article of ['第四条', '第五条', '第五十八条']) {
      const c = json.citations.find((c: any) => c.law === '中华人民共和国社会保险法' && c.article === article)
      expect(c, article).toBeDefined()
      expect(c.text.length).toBeGreaterThan(20)
      expect(c.url).toMatch(/^https?:\/\//)
    }
    const c58 = json.citations.find((c: any) => c.article === '第五十八条')
    expect(c58.text).toContain('三十日内')
    expect(c58.text).toContain('个人社会保障号码为公民身份号码')
    expect(json.related.length).toBeGreaterThan(0)
    expect(json.related.every((r: any) => typeof r.title === 'string' && r.id.startsWith('qa/'))).toBe(true)
  })

  it('用人单位多少天内要给职工办理社保登记 → 社会保险法 第五十八条 (三十日内)', async () => {
    const { json } = await getJson('/api/answer', { q: '用人单位多少天内要给职工办理社保登记' })
    const cited = [json.answer, ...json.citations].filter(Boolean)
    expect(cited.some((c: any) => isArticle(c, '社会保险法', '第五十八条'))).toBe(true)
    expect(JSON.stringify(cited)).toContain('三十日内')
  })

  it('a law-article answer cites that article itself', async () => {
    const { json } = await getJson('/api/answer', { q: '社会保险法第五十八条' })
    expect(json.answer.kind).toBe('law')
    expect(json.answer.title).toBe('中华人民共和国社会保险法 第五十八条')
    expect(json.citations[0]).toMatchObject({ law: '中华人民共和国社会保险法', article: '第五十八条' })
  })

  it('traditional characters find what simplified ones find', async () => {
    const t = await getJson('/api/search', { q: '社保卡密碼被鎖' })
    const s = await getJson('/api/search', { q: '社保卡密码被锁' })
    expect(t.json.results[0].id).toBe(s.json.results[0].id)
    expect(t.json.terms).toEqual(s.json.terms)
  })

  it('社会保险法第58条 finds 第五十八条', async () => {
    const { json } = await getJson('/api/search', { q: '社会保险法第58条' })
    expect(json.results[0].title).toBe('中华人民共和国社会保险法 第五十八条')
  })

  it('nothing relevant → answer null, never a random document', async () => {
    for (const q of ['今天天气怎么样', 'asdfgh', '的']) {
      const { status, json } = await getJson('/api/answer', { q })
      expect(status, q).toBe(200)
      expect(json.answer, q).toBeNull()
      expect(json.citations, q).toEqual([])
    }
  })

  it('search results carry snippets whose highlights land exactly on matched terms', async () => {
    const { json } = await getJson('/api/search', { q: '社保卡密码锁了' })
    expect(json.results.length).toBeGreaterThan(0)
    // The seed's main article answers it first.
    expect(json.results[0].id).toMatch(/^qa\/shebaoka-wufa-shiyong#\d+$/)
    expect(json.results[0].title).toBe('社保卡无法使用,该怎么办?')
    let checked = 0
    for (const r of json.results) {
      for (const [s, e] of r.highlights) {
        expect(e).toBeGreaterThan(s)
        // A highlight is a typed term or the wording the vocabulary searches for it (corpus/synonyms.yaml:
        // 社保卡 ↔ 社会保障卡, 社保 ↔ 社会保险).
        expect(json.terms.concat(['社会保障卡', '社会保险'])).toContain(r.snippet.slice(s, e).toLowerCase())
        checked++
      }
    }
    expect(checked).toBeGreaterThan(0)
  })

  it('paging and kind filter', async () => {
    const all = await getJson('/api/search', { q: '工伤', limit: '5' })
    const next = await getJson('/api/search', { q: '工伤', limit: '5', offset: '5' })
    expect(all.json.results).toHaveLength(5)
    expect(next.json.results[0].id).not.toBe(all.json.results[0].id)
    const laws = await getJson('/api/search', { q: '工伤', kind: 'law' })
    expect(laws.json.results.every((r: any) => r.kind === 'law')).toBe(true)
  })

  it('suggestions as the user types', async () => {
    const { status, json } = await getJson('/api/suggest', { q: '社保卡密码' })
    expect(status).toBe(200)
    expect(json.suggestions.length).toBeGreaterThan(0)
    expect(json.suggestions[0].text).toContain('社保卡')
    const laws = await getJson('/api/suggest', { q: '工伤认定', kind: 'law' })
    expect(laws.json.suggestions.length).toBeGreaterThan(0)
    expect(laws.json.suggestions.every((s: any) => s.kind === 'law')).toBe(true)
  })
})

describe('documents', () => {
  it('a law article by id, with its full text', async () => {
    const { status, json } = await getJson('/api/docs/' + encodeURIComponent('law/shehui-baoxian-fa#58'))
    expect(status).toBe(200)
    expect(json.title).toBe('中华人民共和国社会保险法 第五十八条')
    expect(json.text.split('\n')).toHaveLength(3)
  })
  it('the same id with an unencoded slash', async () => {
    const { status, json } = await getJson('/api/docs/law/shehui-baoxian-fa%2358')
    expect(status).toBe(200)
    expect(json.article).toBe('第五十八条')
  })
  it('a whole law lists its articles', async () => {
    const { json } = await getJson('/api/docs/law/shehui-baoxian-fa')
    expect(json.title).toBe('中华人民共和国社会保险法')
    expect(json.articles.length).toBeGreaterThan(90)
  })
  it('unknown id → 404 JSON', async () => {
    const { status, json } = await getJson('/api/docs/no-such-doc-xyz')
    expect(status).toBe(404)
    expect(json.error.code).toBe('not_found')
  })
})

describe('errors are JSON with the right status, never HTML or a stack trace', () => {
  const cases: [string, Record<string, string> | undefined, number, string][] = [
    ['/api/search', undefined, 400, 'bad_request'],
    ['/api/search', { q: '' }, 400, 'bad_request'],
    ['/api/search', { q: '   ' }, 400, 'bad_request'],
    ['/api/search', { q: '社'.repeat(201) }, 400, 'query_too_long'],
    ['/api/search', { q: '社保', limit: 'abc' }, 400, 'bad_request'],
    ['/api/search', { q: '社保', limit: '0' }, 400, 'bad_request'],
    ['/api/search', { q: '社保', limit: '100000' }, 400, 'bad_request'],
    ['/api/search', { q: '社保', offset: '-1' }, 400, 'bad_request'],
    ['/api/search', { q: '社保', kind: 'movie' }, 400, 'bad_request'],
    ['/api/answer', undefined, 400, 'bad_request'],
    ['/api/suggest', { q: '' }, 400, 'bad_request'],
    ['/api/no-such-route', undefined, 404, 'not_found'],
    ['/nope', undefined, 404, 'not_found'],
  ]
  for (const [path, params, status, code] of cases) {
    it(`${path} ${JSON.stringify(params ?? {}).slice(0, 40)} → ${status} ${code}`, async () => {
      const r = await getJson(path, params)
      expect(r.status).toBe(status)
      expect(r.res.headers.get('content-type')).toContain('application/json')
      expect(r.json.error.code).toBe(code)
      expect(typeof r.json.error.message).toBe('string')
      expect(r.text).not.toMatch(/<html|at \w+ \(/i)
      expect(r.res.headers.get('x-index-version')).toBeTruthy()
    })
  }

  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
    it(`${method} /api/search → 405`, async () => {
      const r = await getJson('/api/search', { q: '社保' }, { method })
      expect(r.status).toBe(405)
      expect(r.json.error.code).toBe('method_not_allowed')
      expect(r.res.headers.get('allow')).toContain('GET')
    })
  }
})

describe('HTTP caching and CORS', () => {
  it('every response carries X-Index-Version; GETs carry Cache-Control and an ETag; If-None-Match → 304', async () => {
    const first = await SELF.fetch(url('/api/search', { q: '社保卡' }))
    const etag = first.headers.get('etag')
    expect(first.headers.get('x-index-version')).toMatch(/^[0-9a-f]{16,}$/)
    expect(first.headers.get('cache-control')).toContain('max-age')
    expect(etag).toMatch(/^".+"$/)
    const again = await SELF.fetch(url('/api/search', { q: '社保卡' }), { headers: { 'If-None-Match': etag! } })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
    const other = await SELF.fetch(url('/api/search', { q: '医保卡' }), { headers: { 'If-None-Match': etag! } })
    expect(other.status).toBe(200)
  })

  it('the ETag does not depend on parameter order', async () => {
    const a = await SELF.fetch(url('/api/search', { q: '社保', limit: '5' }))
    const b = await SELF.fetch(url('/api/search', { limit: '5', q: '社保' }))
    expect(a.headers.get('etag')).toBe(b.headers.get('etag'))
  })

  it('CORS preflight → 204 with the allowed origin', async () => {
    const r = await SELF.fetch(url('/api/search'), {
      method: 'OPTIONS',
      headers: { Origin: 'https://www.example.gov.cn', 'Access-Control-Request-Method': 'GET' },
    })
    expect(r.status).toBe(204)
    expect(r.headers.get('access-control-allow-origin')).toBe('*')
    expect(r.headers.get('access-control-allow-methods')).toContain('GET')
  })

  it('with a list of ALLOWED_ORIGINS, a listed origin is echoed and any other gets no CORS headers', async () => {
    const app = createApp()
    const env = { ALLOWED_ORIGINS: 'https://www.example.gov.cn, https://hrss.example.gov.cn' }
    const ask = (origin: string) =>
      app.request('/api/search?q=' + encodeURIComponent('社保卡'), { headers: { Origin: origin } }, env)
    const listed = await ask('https://hrss.example.gov.cn')
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://hrss.example.gov.cn')
    expect(listed.headers.get('vary')).toContain('Origin')
    const other = await ask('https://evil.example.com')
    expect(other.status).toBe(200)
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
    const preflight = await app.request('/api/answer', { method: 'OPTIONS', headers: { Origin: 'https://evil.example.com', 'Access-Control-Request-Method': 'GET' } }, env)
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('security headers on API responses', async () => {
    const r = await SELF.fetch(url('/api/health'))
    expect(r.headers.get('x-content-type-options')).toBe('nosniff')
    expect(r.headers.get('referrer-policy')).toBeTruthy()
  })
})

describe('health, OpenAPI, widget and demo page', () => {
  it('/api/health reports the manifest counts', async () => {
    const { json } = await getJson('/api/health')
    expect(json.status).toBe('ok')
    expect(json.laws).toBeGreaterThanOrEqual(15)
    expect(json.articles).toBeGreaterThanOrEqual(1000)
    expect(json.passages).toBeGreaterThan(json.articles)
    expect(json.documents).toBe(json.laws + json.qa)
  })

  it('/api/openapi.json documents every API route from the same schemas', async () => {
    const { json } = await getJson('/api/openapi.json')
    expect(json.openapi).toMatch(/^3\./)
    for (const p of ['/api/search', '/api/answer', '/api/suggest', '/api/docs/{id}', '/api/health']) expect(Object.keys(json.paths)).toContain(p)
    const params = json.paths['/api/search'].get.parameters.map((p: any) => p.name)
    expect(params).toEqual(expect.arrayContaining(['q', 'limit', 'offset', 'kind']))
  })

  it('/widget.js is an ES module with a content-hash ETag and long caching', async () => {
    const r = await SELF.fetch(url('/widget.js'))
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toContain('javascript')
    expect(r.headers.get('cache-control')).toMatch(/max-age=\d{5,}/)
    const etag = r.headers.get('etag')!
    expect(etag).toMatch(/^"widget-[0-9a-f]{8,}"$/)
    expect(await r.text()).toContain('sbk-answer')
    const again = await SELF.fetch(url('/widget.js'), { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
  })

  it('/ is the demo page under a strict CSP', async () => {
    const r = await SELF.fetch(url('/'))
    expect(r.status).toBe(200)
    const html = await r.text()
    expect(html).toContain('<sbk-answer')
    expect(html).toContain('/widget.js')
    const csp = r.headers.get('content-security-policy')!
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-eval')
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
  })
})

describe('abuse limits', () => {
  it('a client over the rate limit gets 429 with Retry-After and the JSON error; other clients are unaffected', async () => {
    const from = (ip: string) => SELF.fetch(url('/api/search', { q: '社保卡' }), { headers: { 'CF-Connecting-IP': ip } })
    let limited: Response | undefined
    // 300 a minute (wrangler.toml), in windows aligned to the clock: requests that straddle a
    // window's end are split between two, so one of them sees more than 300 only past 600.
    for (let i = 0; i < 601 && !limited; i++) {
      const r = await from('203.0.113.7')
      if (r.status === 429) limited = r
      else expect(r.status).toBe(200)
    }
    expect(limited, 'no 429 after 601 requests').toBeDefined()
    expect(limited!.headers.get('retry-after')).toBe('60')
    expect(limited!.headers.get('content-type')).toContain('application/json')
    expect(((await limited!.json()) as { error: { code: string } }).error.code).toBe('rate_limited')
    expect((await from('198.51.100.9')).status).toBe(200)
  })
})
