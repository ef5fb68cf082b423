/**
 * The d1 backend end to end inside workerd: the fixture corpus (test/support/d1-fixture.ts) is
 * loaded into the local D1 database with the loader's own SQL, then the real worker answers
 * through SQLite FTS5 with the shared query pipeline, ranking and response shapes.
 */
import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { D1_DERIVE, D1_SCHEMA, FTS_COLUMNS } from '../../core/d1/schema.ts'
import { searchConfig } from '../../core/search/config.ts'
import { D1SearchService } from '../../core/search/d1-service.ts'
import { getQueryBundle } from '../../worker/bundle.ts'
import { getJson } from '../worker/helpers.ts'

const db = (env as { DB: D1Database }).DB

beforeAll(async () => {
  const statements = inject('d1Statements')
  for (let i = 0; i < statements.length; i += 200) await db.batch(statements.slice(i, i + 200).map((s) => db.prepare(s)))
})

describe('d1 backend', () => {
  it('reports what the database holds', async () => {
    const { status, json, res } = await getJson('/api/health')
    expect(status).toBe(200)
    expect(json).toMatchObject({ status: 'ok', version: 'fixture', laws: 3, qa: 1 })
    expect(json.articles).toBeGreaterThan(150)
    expect(res.headers.get('X-Index-Version')).toBe('fixture')
  })

  it('answers a question with the law article, whole, and its citations', async () => {
    const { status, json } = await getJson('/api/answer', { q: '下班路上被车撞了算工伤吗' })
    expect(status).toBe(200)
    expect(json.answer.title).toBe('工伤保险条例 第十四条')
    expect(json.citations[0]).toMatchObject({ id: json.answer.id, law: '工伤保险条例' })
    expect(json.citations[0].text).toBe(json.answer.text)
    expect(json.results.length).toBeGreaterThan(1)
  })

  it('honours a named law and article (工伤保险条例第十四条, 社会保险法58条)', async () => {
    const a = await getJson('/api/search', { q: '工伤保险条例第十四条' })
    expect(a.json.results[0].title).toBe('工伤保险条例 第十四条')
    const b = await getJson('/api/search', { q: '社会保险法58条' })
    expect(b.json.results[0].title).toBe('中华人民共和国社会保险法 第五十八条')
  })

  it('returns snippets with highlights inside them, and pages with offset', async () => {
    const first = await getJson('/api/search', { q: '失业保险金 领取 期限', limit: '3' })
    expect(first.json.results).toHaveLength(3)
    for (const r of first.json.results) {
      expect(r.highlights.length).toBeGreaterThan(0)
      for (const [s, e] of r.highlights) expect(0 <= s && s < e && e <= r.snippet.length).toBe(true)
    }
    const next = await getJson('/api/search', { q: '失业保险金 领取 期限', limit: '3', offset: '3' })
    expect(next.json.total).toBe(first.json.total)
    expect(next.json.results.map((r: { id: string }) => r.id)).not.toContain(first.json.results[0].id)
  })

  it('prefers the Q&A answer for a citizen question and links its cited articles and related questions', async () => {
    const { json } = await getJson('/api/answer', { q: '社保卡无法使用怎么办' })
    expect(json.answer.kind).toBe('qa')
    expect(json.citations.map((c: { article: string }) => c.article)).toContain('第五十八条')
  })

  it('filters by kind and suggests as the user types (last term as a prefix)', async () => {
    const laws = await getJson('/api/search', { q: '社保卡', kind: 'law' })
    expect(laws.json.results.every((r: { kind: string }) => r.kind === 'law')).toBe(true)
    const s = await getJson('/api/suggest', { q: '失业保险' })
    expect(s.json.suggestions.length).toBeGreaterThan(0)
  })

  it('serves documents and articles by id from D1', async () => {
    const article = await getJson('/api/search', { q: '工伤保险条例第十四条' })
    const id = article.json.results[0].id
    const one = await getJson(`/api/docs/${encodeURIComponent(id)}`)
    expect(one.json).toMatchObject({ id, kind: 'law', article: '第十四条' })
    const law = await getJson(`/api/docs/${encodeURIComponent(id.split('#')[0])}`)
    expect(law.json.articles.length).toBeGreaterThan(60)
    expect(law.json.articles[13].article).toBe('第十四条')
    expect((await getJson('/api/docs/law%2Fno-such-law')).status).toBe(404)
  })

  it('gives no answer to off-topic questions or a lone function word', async () => {
    for (const q of ['今天天气怎么样', 'asdfgh', '的']) {
      const { status, json } = await getJson('/api/answer', { q })
      expect(status).toBe(200)
      expect(json.answer).toBeNull()
    }
  })

  it('rejects bad input with the same JSON errors as the default backend', async () => {
    expect((await getJson('/api/search', { q: '' })).status).toBe(400)
    expect((await getJson('/api/search', { q: '社保', limit: '0' })).json.error.code).toBe('bad_request')
    expect((await getJson('/api/search', { q: '"' + 'OR NEAR(' })).status).toBe(200)
  })

  it('stores each term\'s document frequency in term_df, the same as the FTS index holds', async () => {
    const vocab = await db.prepare('SELECT term, doc FROM passages_vocab ORDER BY term').all<{ term: string; doc: number }>()
    const stored = await db.prepare('SELECT term, df FROM term_df ORDER BY term').all<{ term: string; df: number }>()
    expect(vocab.results.length).toBeGreaterThan(1000)
    expect(stored.results.map((r) => [r.term, r.df])).toEqual(vocab.results.map((r) => [r.term, r.doc]))
  })

  it('ranks candidates on the FTS index like a plain bm25 join, with the terms each one holds', async () => {
    const service = new D1SearchService(db, getQueryBundle())
    const bm25 = `bm25(passages_fts, ${FTS_COLUMNS.map((c) => searchConfig.fieldBoost[c]).join(', ')})`
    // The straightforward statement: every matching row joined and scored, its term lists returned.
    const reference = (match: string, kind: string | null) =>
      db
        .prepare(
          `SELECT p.id AS id, p.kind AS kind, -${bm25} AS score, ${FTS_COLUMNS.map((c) => `f.${c} AS ${c}`).join(', ')} FROM passages_fts f JOIN passages p ON p.rowid = f.rowid
           WHERE passages_fts MATCH ?1 AND (?2 IS NULL OR p.kind = ?2) ORDER BY ${bm25}, p.rowid LIMIT ${searchConfig.d1.candidatePool}`,
        )
        .bind(match, kind)
        .all<Record<string, string | number>>()
    // Common terms (more rows than the pool), and terms held by both kinds of passage with and
    // without a kind filter.
    const both = '"社保卡" OR "社会保险" OR "卡"'
    const kinds = new Set((await reference(both, null)).results.map((r) => r.kind))
    expect([...kinds].sort()).toEqual(['law', 'qa'])
    const cases = [
      { match: '"保险" OR "工伤"', terms: ['工伤', '保险', '认定', '社会保险', '社保卡', '不在索引里'], kind: undefined },
      { match: both, terms: ['社保卡', '社会保险', '卡', '使用', '密码'], kind: 'law' as const },
      { match: both, terms: ['社保卡', '社会保险', '卡', '使用', '密码'], kind: 'qa' as const },
    ]
    const termsOf = async (id: string) => {
      const row = await db.prepare(`SELECT ${FTS_COLUMNS.map((c) => `f.${c} AS ${c}`).join(', ')} FROM passages_fts f JOIN passages p ON p.rowid = f.rowid WHERE p.id = ?`).bind(id).first<Record<string, string>>()
      return new Set(FTS_COLUMNS.flatMap((c) => (row![c] ? row![c].split(' ') : [])))
    }
    for (const { match, terms, kind } of cases) {
      const expected = (await reference(match, kind ?? null)).results
      const got = await service.candidates(match, kind, terms)
      expect(got.length).toBeGreaterThan(0)
      expect(got.length).toBe(expected.length)
      if (!kind) expect(got.length).toBe(searchConfig.d1.candidatePool)
      // The same scores rank by rank, and the same passages (rows tied at the pool's last score may differ).
      expect(got.map((c) => c.score.toFixed(9))).toEqual(expected.map((r) => Number(r.score).toFixed(9)))
      const last = Number(expected[expected.length - 1].score)
      const ids = new Set(expected.map((r) => r.id))
      for (const c of got) {
        if (c.score > last + 1e-9) expect(ids.has(c.passage.id)).toBe(true)
        if (kind) expect(c.passage.kind).toBe(kind)
        const held = await termsOf(c.passage.id)
        expect(c.matched).toEqual(terms.filter((t) => held.has(t)))
      }
      // Some candidates hold terms they were not matched by (the ranker counts those too).
      if (!kind) expect(got.some((c) => c.matched.includes('认定'))).toBe(true)
    }
  })

  it('says how to fix a database loaded before term_df existed, instead of failing each query', async () => {
    await db.prepare('DROP TABLE term_df').run()
    try {
      await expect(new D1SearchService(db, getQueryBundle()).search('工伤', { limit: 3, offset: 0 })).rejects.toThrow(/no term_df table.*run the load again/)
    } finally {
      await db.batch([...D1_SCHEMA, ...D1_DERIVE].map((s) => db.prepare(s)))
    }
    expect((await new D1SearchService(db, getQueryBundle()).search('工伤', { limit: 3, offset: 0 })).results).toHaveLength(3)
  })
})
