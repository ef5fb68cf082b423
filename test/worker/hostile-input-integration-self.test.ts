/**
 * Hostile input at the API, inside workerd: whatever arrives, every route answers with the
 * contract's JSON (200 or a 4xx error), never a 500, a stack trace or markup built from the input.
 */
import { SELF } from 'cloudflare:test'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BASE } from './helpers.ts'

const ROUTES = ['/api/search', '/api/answer', '/api/suggest']

/**
 * Percent-encodes any string a client could send: a lone surrogate (which encodeURIComponent
 * refuses) goes out as the invalid UTF-8 bytes a careless client would produce.
 */
const encodeLoose = (s: string) =>
  s
    .split(/([\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])/)
    .map((part, i) => (i % 2 ? '%ED%A0%80' : encodeURIComponent(part)))
    .join('')

async function expectContractJson(res: Response, allowed: number[]) {
  const text = await res.text()
  expect(allowed, `${res.status} ${text.slice(0, 200)}`).toContain(res.status)
  expect(res.headers.get('content-type')).toContain('application/json')
  const json = JSON.parse(text)
  if (res.status >= 400) {
    expect(typeof json.error.code).toBe('string')
    expect(typeof json.error.message).toBe('string')
  }
  expect(text).not.toMatch(/\bat [\w.<>]+ \(|<html|<!doctype/i)
  return json
}

const hostileString = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.constantFrom('\uD800', '\uDFFF', 'a\uD800b', '\u0000', '\u202Eabc', '\u200B', '😀'.repeat(60), '社'.repeat(10_000), '%', '%E4%B8', '%%%', '\r\n\t'),
)

describe('arbitrary queries never break the API', () => {
  it('any q on any route → 200 or 400, always contract JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), hostileString, async (route, q) => {
        const res = await SELF.fetch(`${BASE}${route}?q=${encodeLoose(q)}`)
        const json = await expectContractJson(res, [200, 400])
        if (res.status === 200) expect(json.query).toBe(json.query.trim())
      }),
      { numRuns: 150 },
    )
  })

  it('malformed percent-encoding, repeated and unknown parameters', async () => {
    for (const qs of ['q=%E4%B8', 'q=%', 'q=%ZZ', 'q=社保&q=医保', 'q=社保&foo=bar&limit=5&limit=6', 'q=社保&limit=1e3', 'q=社保&offset=99999999999999999999', 'q=社保&limit=-5', 'q=社保&kind[]=qa']) {
      for (const route of ROUTES) await expectContractJson(await SELF.fetch(`${BASE}${route}?${qs}`), [200, 400])
    }
  })

  it('any limit/offset/kind value → 200 or 400', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.integer(), fc.double(), fc.string({ maxLength: 20 })), fc.oneof(fc.integer(), fc.string({ maxLength: 20 })), fc.string({ maxLength: 10 }), async (limit, offset, kind) => {
        const qs = `q=${encodeURIComponent('社保卡')}&limit=${encodeLoose(String(limit))}&offset=${encodeLoose(String(offset))}&kind=${encodeLoose(kind)}`
        await expectContractJson(await SELF.fetch(`${BASE}/api/search?${qs}`), [200, 400])
      }),
      { numRuns: 100 },
    )
  })

  it('any document id → 200 or 404 JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 80 }), async (id) => {
        await expectContractJson(await SELF.fetch(`${BASE}/api/docs/${encodeLoose(id)}`), [200, 400, 404])
      }),
      { numRuns: 100 },
    )
  })

  it('every method on every route: reads succeed, writes are 405, HEAD has no body', async () => {
    for (const route of [...ROUTES, '/api/health', '/api/docs/law%2Fshehui-baoxian-fa%2358']) {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
        const res = await SELF.fetch(`${BASE}${route}?q=社保`, { method, body: method === 'DELETE' ? undefined : 'x' })
        await expectContractJson(res, [405])
      }
      const head = await SELF.fetch(`${BASE}${route}?q=社保`, { method: 'HEAD' })
      expect(head.status).toBe(200)
      expect(await head.text()).toBe('')
    }
  })
})

describe('attack strings come back as inert JSON text', () => {
  const attacks = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    'javascript:alert(1)',
    "' OR 1=1 --",
    '"; DROP TABLE passages; --',
    '{{constructor.constructor("alert(1)")()}}',
    '${7*7}',
    '../../etc/passwd',
    '__proto__',
    'constructor',
  ]
  for (const attack of attacks) {
    it(JSON.stringify(attack), async () => {
      for (const route of ROUTES) {
        const res = await SELF.fetch(`${BASE}${route}?q=${encodeURIComponent(attack)}`)
        const json = await expectContractJson(res, [200])
        expect(json.query).toBe(attack.trim())
      }
      const doc = await SELF.fetch(`${BASE}/api/docs/${encodeURIComponent(attack)}`)
      await expectContractJson(doc, [404])
    })
  }
})
