/** The law parser on the real law files of the corpus. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseLaw } from '../../scripts/laws/parse.ts'

const load = (path: string) => {
  const r = parseLaw(readFileSync(path, 'utf8'), path)
  expect(r.errors.filter((e) => e.severity !== 'warning')).toEqual([])
  return r.law!
}

describe('law parser', () => {
  const sbf = load('corpus/laws/社会法/社会保险法(2018-12-29).md')

  it('reads the full title, version date and history', () => {
    expect(sbf.title).toBe('中华人民共和国社会保险法')
    expect(sbf.versionDate).toBe('2018-12-29')
    expect(sbf.history[0]).toContain('2010年10月28日')
    expect(sbf.articles).toHaveLength(98)
  })

  it('社会保险法 第五十八条 holds all three paragraphs, word for word', () => {
    const a58 = sbf.articles.find((a) => a.number === 58)!
    expect(a58.label).toBe('第五十八条')
    expect(a58.paragraphs).toEqual([
      '用人单位应当自用工之日起三十日内为其职工向社会保险经办机构申请办理社会保险登记。未办理社会保险登记的，由社会保险经办机构核定其应当缴纳的社会保险费。',
      '自愿参加社会保险的无雇工的个体工商户、未在用人单位参加社会保险的非全日制从业人员以及其他灵活就业人员，应当向社会保险经办机构申请办理社会保险登记。',
      '国家建立全国统一的个人社会保障号码。个人社会保障号码为公民身份号码。',
    ])
    expect(a58.chapter).toBe('第七章 社会保险费征缴')
  })

  it('keeps numbered items with their article (工伤保险条例 第十四条 has seven)', () => {
    const law = load('corpus/laws/行政法规/工伤保险条例(2010-12-20).md')
    const a14 = law.articles.find((a) => a.number === 14)!
    expect(a14.paragraphs[0]).toBe('职工有下列情形之一的，应当认定为工伤：')
    expect(a14.paragraphs.slice(1)).toHaveLength(7)
    expect(a14.paragraphs[6]).toMatch(/^\(六\)在上下班途中/)
  })

  it('assigns chapters and sections, folding full-width spaces in headings', () => {
    const law = load('corpus/laws/社会法/劳动合同法(2012-12-28).md')
    const withSection = law.articles.find((a) => a.section)
    expect(withSection?.section).toMatch(/^第[一二三四五六七八九十]+节 /)
    expect(law.articles.every((a) => !/[\u3000]|\s{2}/.test(a.chapter ?? ''))).toBe(true)
  })

  it('a FORCE BREAK separates paragraphs and never leaks into text', () => {
    const source = `---
source:
  name: test
  path: x.md
  url: "https://example.org/x.md"
---

# 测试法

2020年1月1日 通过

<!-- INFO END -->

## 第一章 总则

第一条 第一段。

<!-- FORCE BREAK -->

第二段。

第二条 另一条。
`
    const r = parseLaw(source, 'corpus/laws/社会法/测试法(2020-01-01).md')
    expect(r.errors).toEqual([])
    expect(r.law!.articles[0].paragraphs).toEqual(['第一段。', '第二段。'])
    expect(r.law!.articles[1].paragraphs).toEqual(['另一条。'])
  })

  it('a law file without articles, title or version date is an error with its line', () => {
    const r = parseLaw('---\nsource:\n  name: t\n  path: p\n  url: "https://example.org"\n---\n\n# 法\n\n<!-- INFO END -->\n\n没有条文。\n', 'corpus/laws/x/无条文法.md')
    expect(r.law).toBeUndefined()
    expect(r.errors.map((e) => e.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('version date'), expect.stringContaining('no articles')]),
    )
  })
})
