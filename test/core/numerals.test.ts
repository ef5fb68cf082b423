import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chineseToNumber, numberToChinese, parseArticleLabel } from '../../core/text/numerals.ts'

describe('article numerals', () => {
  it('writes article numbers the way laws do', () => {
    expect(numberToChinese(58)).toBe('五十八')
    expect(numberToChinese(10)).toBe('十')
    expect(numberToChinese(14)).toBe('十四')
    expect(numberToChinese(105)).toBe('一百零五')
    expect(numberToChinese(110)).toBe('一百一十')
    expect(numberToChinese(1010)).toBe('一千零一十')
  })
  it('reads them back, including 两 and 〇', () => {
    expect(chineseToNumber('五十八')).toBe(58)
    expect(chineseToNumber('一百零五')).toBe(105)
    expect(chineseToNumber('两百')).toBe(200)
    expect(chineseToNumber('abc')).toBeUndefined()
  })
  it('round-trips every number from 1 to 9999', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), (n) => chineseToNumber(numberToChinese(n)) === n))
  })
  it('第58条 and 第五十八条 name the same article', () => {
    expect(parseArticleLabel('第58条')).toEqual({ number: 58, label: '第五十八条' })
    expect(parseArticleLabel('第五十八条')).toEqual({ number: 58, label: '第五十八条' })
    expect(parseArticleLabel('第0条')).toBeUndefined()
  })
})
