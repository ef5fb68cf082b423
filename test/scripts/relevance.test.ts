/**
 * Relevance as a checked property: the dev questions and the project's own set, through the same
 * code path as the API, must not fall below what was last measured (thresholds a little below the
 * measured values, so a regression fails CI; raise them when relevance improves).
 */
import { describe, expect, it } from 'vitest'
import { evaluate, loadQueries, QUESTION_SETS } from '../../scripts/eval/run.ts'
import { loadService } from '../../scripts/eval/load-service.ts'
import { score } from '../../scripts/eval/metrics.ts'

const service = loadService()

// Measured 2026-11-30 (docs/relevance.md, step 78 with 1,549 own questions): dev recall@3 1.000, MRR@10 0.952, answer 0.935; own recall@3 0.947 (0.936 on written targets only), MRR@10 0.888, answer 0.823.
// The own set grows with harder questions (785 on articles drawn at random, written before being run, the last 327 by a helper that never saw the system; departments, amounts per month, legality, definitions, kinds, who (30 of them written blind: 16 in the top 3 when run), where to go (25 written blind), injuries at work, where money comes from, reporting, fees, 252 everyday questions), so its floors follow what is measured, not the first 214 (recall@3 0.911).
// Since the pooled blind assessment, a result counts when it is a written target or an article two assessors judged to answer the question as well; recall@3 on written targets alone has its own floor.
const FLOORS = {
  dev: { recall3: 0.96, writtenRecall3: 0.96, mrr10: 0.93, answer: 0.9 },
  own: { recall3: 0.935, writtenRecall3: 0.925, mrr10: 0.875, answer: 0.81 },
}

describe('relevance', () => {
  for (const [name, file] of Object.entries(QUESTION_SETS) as [keyof typeof FLOORS, string][]) {
    it(`${name} questions stay at or above the measured floor`, () => {
      const s = score(evaluate(service, loadQueries(file)))
      expect(s.recall3).toBeGreaterThanOrEqual(FLOORS[name].recall3)
      expect(s.writtenRecall3).toBeGreaterThanOrEqual(FLOORS[name].writtenRecall3)
      expect(s.mrr10).toBeGreaterThanOrEqual(FLOORS[name].mrr10)
      expect(s.answer).toBeGreaterThanOrEqual(FLOORS[name].answer)
    })
  }

  it('an article is found by how citizens ask for it, in words its own text never uses', () => {
    // corpus/asked/: 个人信息保护法 第六十五条 (complaints to the departments that protect personal
    // information) says nothing of 骚扰电话; the way people ask for it does.
    const top = service.search('天天接到骚扰电话怎么办', { limit: 3, offset: 0 }).results[0]
    expect(top.title).toBe('中华人民共和国个人信息保护法 第六十五条')
    expect(top.snippet).not.toContain('骚扰')
  })

  it('nonsense and off-topic questions get no answer', () => {
    // 苹果手机多少钱: only its form (多少钱) meets anything, in the many questions people ask for amounts.
    for (const q of ['今天天气怎么样', 'asdfgh', '的', '我想吃火锅', '明天会下雨吗', '苹果手机多少钱'])
      expect(service.answer(q, { limit: 5 }).answer, q).toBeNull()
  })

  it('a same-sound typo and pinyin find what the right characters find', () => {
    const right = service.search('社保卡密码被锁', { limit: 3, offset: 0 }).results[0].id
    expect(service.search('社保卡密马被锁', { limit: 3, offset: 0 }).results[0].id).toBe(right)
    expect(service.suggest('shebaoka').suggestions[0]?.text).toContain('社保卡')
  })

  it('a question naming a law reaches its short articles, and a local law is named without its 省/市', () => {
    const top3 = (q: string) => service.search(q, { limit: 3, offset: 0 }).results.map((r) => r.title)
    // 本法自2008年1月1日起施行: 16 characters, below the engine's first 60 of the law's 98 articles.
    expect(top3('劳动合同法的施行日期')).toContain('中华人民共和国劳动合同法 第九十八条')
    expect(service.answer('浙江工伤保险条例是哪天开始施行的', { limit: 5 }).answer?.title).toBe('浙江省工伤保险条例 第四十条')
  })

  it('a 3+ character word one character off (not a homophone) still finds its article', () => {
    const top = (q: string) => service.search(q, { limit: 4, offset: 0 }).results.map((r) => r.title)
    // The same articles lead. The fuzzy match weighs less, and the typo cannot meet the whole word
    // 一次性伤残补助金 where people ask for it (corpus/asked/), so the leaders may trade places.
    const right = top('一次性伤残补助金').slice(0, 2)
    expect(right).toContain(top('一次性伤残补肋金')[0])
    expect(top('一次性伤残补肋金')).toEqual(expect.arrayContaining(right))
    expect(top('停工留新期')[0]).toBe('工伤保险条例 第三十三条')
  })
})
