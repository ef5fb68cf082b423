import { describe, expect, it } from 'vitest'
import type { AnalyzedQuery } from '../../core/query/analyze.ts'
import { searchConfig } from '../../core/search/config.ts'
import { Ranker, type Candidate } from '../../core/search/rank.ts'
import type { Passage } from '../../core/types.ts'

const query: AnalyzedQuery = { query: '身份证 有效期', normalized: '身份证有效期', terms: ['身份证', '有效期'], expansions: [], synonyms: [], covers: {}, articles: [], answerTypes: [], form: [] }
const stats = { documentCount: 1000, df: new Map([['身份证', 10], ['有效期', 20]]) }
const TITLE = '中华人民共和国居民身份证法'
const FIFTH = '十六周岁以上公民的居民身份证的有效期为十年、二十年、长期。'

const article = (docId: string, n: number, label: string, text: string): Passage => ({
  id: `${docId}#${n}`,
  kind: 'law',
  docId,
  title: `${TITLE} ${label}`,
  text,
  url: `https://example.invalid/${docId}`,
  law: TITLE,
  article: label,
  articleNumber: n,
  citations: [],
  authority: 'law',
})
const candidate = (passage: Passage, score: number): Candidate => ({ passage, score, matched: ['身份证', '有效期'] })

describe('ranker: collapsing copies', () => {
  const ranker = new Ranker(
    [
      { id: 'law/a', title: TITLE, authority: 'law' },
      { id: 'law/a-2011', title: TITLE, authority: 'law' },
    ],
    searchConfig,
  )

  it('shows a law article held twice word for word (the same law from two files) once, the better-ranked copy', () => {
    const ranked = ranker.rerank(
      query,
      [candidate(article('law/a-2011', 5, '第五条', FIFTH), 10), candidate(article('law/a', 5, '第五条', FIFTH), 9), candidate(article('law/a', 7, '第七条', '公民应当自年满十六周岁之日起三个月内申请领取居民身份证。'), 8)],
      stats,
    )
    expect(ranked.map((r) => r.passage.id)).toEqual(['law/a-2011#5', 'law/a#7'])
  })

  it('keeps both when the text differs (an amended article) or the law differs', () => {
    const amended = FIFTH.replace('长期', '长期有效')
    const other = { ...article('law/b', 5, '第五条', FIFTH), title: '中华人民共和国护照法 第五条', law: '中华人民共和国护照法', docId: 'law/b' }
    const ranked = ranker.rerank(query, [candidate(article('law/a', 5, '第五条', FIFTH), 10), candidate(article('law/a-2011', 5, '第五条', amended), 9), candidate(other, 8)], stats)
    expect(ranked.map((r) => r.passage.id)).toEqual(['law/a#5', 'law/a-2011#5', 'law/b#5'])
  })
})

describe('ranker: laws a question names', () => {
  const ranker = new Ranker(
    [
      { id: 'law/gongshang', title: '工伤保险条例', authority: 'regulation' },
      { id: 'law/zhejiang', title: '浙江省工伤保险条例', authority: 'local' },
      { id: 'law/shebao', title: '中华人民共和国社会保险法', authority: 'law' },
    ],
    searchConfig,
  )
  const named = (text: string) => [...ranker.namedLaws({ ...query, query: text, normalized: text })].sort()

  it('a name inside a longer name found in the question names no other law', () => {
    expect(named('浙江省工伤保险条例第十七条')).toEqual(['law/zhejiang'])
    expect(named('工伤保险条例第十七条')).toEqual(['law/gongshang'])
    expect(named('社会保险法和工伤保险条例')).toEqual(['law/gongshang', 'law/shebao'])
  })

  it('a local law is named with or without its 省/市, a national one with or without 中华人民共和国', () => {
    expect(named('浙江工伤保险条例什么时候施行')).toEqual(['law/zhejiang'])
    expect(named('社会保险法第五十八条')).toEqual(['law/shebao'])
    expect(named('社保卡丢了怎么办')).toEqual([])
  })
})

describe('ranker: places a question names', () => {
  const ranker = new Ranker(
    [
      { id: 'law/gongshang', title: '工伤保险条例', authority: 'regulation' },
      { id: 'law/henan', title: '河南省工伤保险条例', authority: 'local' },
    ],
    searchConfig,
  )
  const ask = (text: string): AnalyzedQuery => ({ ...query, query: text, normalized: text, terms: ['工伤', '鉴定'] })
  const national: Passage = { ...article('law/gongshang', 25, '第二十五条', '劳动能力鉴定'), title: '工伤保险条例 第二十五条', law: '工伤保险条例', authority: 'regulation' }
  const henan: Passage = { ...article('law/henan', 20, '第二十条', '劳动能力鉴定'), title: '河南省工伤保险条例 第二十条', law: '河南省工伤保险条例', authority: 'local' }
  const order = (text: string) => ranker.rerank(ask(text), [candidate(national, 12), candidate(henan, 10)], stats).map((r) => r.passage.docId)

  it('without a place, the national regulation comes before a province’s own', () => {
    expect(order('工伤后什么时候做劳动能力鉴定')).toEqual(['law/gongshang', 'law/henan'])
  })

  it('naming the province puts its own regulation first, even a little behind on the words', () => {
    expect(order('河南工伤后什么时候做劳动能力鉴定')).toEqual(['law/henan', 'law/gongshang'])
  })
})

describe('ranker: article length', () => {
  const ranker = new Ranker([{ id: 'law/a', title: TITLE, authority: 'law' }], searchConfig)
  const long = `${FIFTH}${'公民申请领取、换领、补领居民身份证，应当缴纳证件工本费。'.repeat(6)}`

  it('prefers the shorter of two articles that match the question equally: it says it more directly', () => {
    const ranked = ranker.rerank(query, [candidate(article('law/a', 9, '第九条', long), 10), candidate(article('law/a', 5, '第五条', FIFTH), 10)], stats)
    expect(ranked.map((r) => r.passage.id)).toEqual(['law/a#5', 'law/a#9'])
  })

  it('only slightly: a long article that matches clearly better still comes first', () => {
    const ranked = ranker.rerank(query, [candidate(article('law/a', 9, '第九条', long), 12), candidate(article('law/a', 5, '第五条', FIFTH), 10)], stats)
    expect(ranked.map((r) => r.passage.id)).toEqual(['law/a#9', 'law/a#5'])
  })
})
