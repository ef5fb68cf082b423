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

// Measured 2026-11-30 (docs/relevance.md, step 77 with 1,457 own questions): dev recall@3 0.968, MRR@10 0.973, answer 0.968; own recall@3 0.875 (0.841 on written targets only), MRR@10 0.791, answer 0.690.
// The own set grows with harder questions (785 on articles drawn at random, written before being run, the last 327 by a helper that never saw the system; departments, amounts per month, legality, definitions, kinds, who (30 of them written blind: 16 in the top 3 when run), where to go (25 written blind), injuries at work, where money comes from, reporting, fees, 160 everyday questions), so its floors follow what is measured, not the first 214 (recall@3 0.911).
// Since the pooled blind assessment, a result counts when it is a written target or an article two assessors judged to answer the question as well; recall@3 on written targets alone has its own floor.
const FLOORS = {
  dev: { recall3: 0.93, writtenRecall3: 0.93, mrr10: 0.9, answer: 0.9 },
  own: { recall3: 0.865, writtenRecall3: 0.83, mrr10: 0.78, answer: 0.68 },
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

  it('nonsense and off-topic questions get no answer', () => {
    for (const q of ['今天天气怎么样', 'asdfgh', '的', '我想吃火锅', '明天会下雨吗'])
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
    const top = (q: string) => service.search(q, { limit: 3, offset: 0 }).results.map((r) => r.title)
    // The same articles lead (the fuzzy match weighs less, so those further down may trade places).
    expect(top('一次性伤残补肋金').slice(0, 2)).toEqual(top('一次性伤残补助金').slice(0, 2))
    expect(top('停工留新期')[0]).toBe('工伤保险条例 第三十三条')
  })
})
