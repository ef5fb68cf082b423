/** The relevance harness's notion of a hit: that article of that law, not of a law with a similar name. */
import { describe, expect, it } from 'vitest'
import { isArticle, matchesTarget, type EvalQuery } from '../../scripts/eval/metrics.ts'

describe('eval targets', () => {
  it('a law is named with or without 中华人民共和国, and a search result or a citation can hold it', () => {
    expect(isArticle({ title: '中华人民共和国社会保险法 第五十八条' }, '社会保险法', '第五十八条')).toBe(true)
    expect(isArticle({ law: '中华人民共和国社会保险法', article: '第五十八条' }, '社会保险法', '第五十八条')).toBe(true)
    expect(isArticle({ title: '工伤保险条例 第十七条' }, '工伤保险条例', '第十七条')).toBe(true)
  })

  it('another article, or a local law whose title only contains the name, is no hit', () => {
    expect(isArticle({ title: '工伤保险条例 第十七条' }, '工伤保险条例', '第七条')).toBe(false)
    expect(isArticle({ title: '浙江省工伤保险条例 第十七条' }, '工伤保险条例', '第十七条')).toBe(false)
    expect(isArticle({ title: '中华人民共和国劳动合同法实施条例 第六条' }, '劳动合同法', '第六条')).toBe(false)
    expect(matchesTarget({ title: '河南省失业保险条例 第二十三条' }, { q: '', law: [['失业保险条例', '第二十三条']] })).toBe(false)
  })

  it('an article judged to answer counts unless written targets alone are asked for', () => {
    const t = { q: '', law: [['工伤保险条例', '第十七条']], judged: [['社会保险法', '第三十六条']] } as EvalQuery
    expect(matchesTarget({ title: '中华人民共和国社会保险法 第三十六条' }, t)).toBe(true)
    expect(matchesTarget({ title: '中华人民共和国社会保险法 第三十六条' }, t, true)).toBe(false)
    expect(matchesTarget({ title: '工伤保险条例 第十七条' }, t, true)).toBe(true)
  })
})
