import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { highlightPieces, occurrences } from '../../widget/highlight.ts'

describe('highlight offsets → marked pieces', () => {
  it('marks exactly the [start, end) UTF-16 offsets of the API, as text', () => {
    expect(highlightPieces('社保卡密码被锁', [[0, 3], [5, 7]])).toEqual([
      { text: '社保卡', mark: true },
      { text: '密码', mark: false },
      { text: '被锁', mark: true },
    ])
  })

  it('keeps the order of the text when the offsets come unsorted', () => {
    expect(highlightPieces('社保卡密码被锁', [[5, 7], [0, 3]]).map((p) => p.text)).toEqual(['社保卡', '密码', '被锁'])
  })

  it('ignores out-of-range, inverted, fractional and overlapping offsets', () => {
    expect(highlightPieces('abc', [[2, 1], [-1, 2], [0, 9], [0.5, 1], [0, 2], [1, 3]])).toEqual([
      { text: 'ab', mark: true },
      { text: 'c', mark: false },
    ])
  })

  it('a markup-looking snippet stays one piece of text', () => {
    expect(highlightPieces('<img src=x onerror=alert(1)>', [[1, 4]])).toEqual([
      { text: '<', mark: false },
      { text: 'img', mark: true },
      { text: ' src=x onerror=alert(1)>', mark: false },
    ])
  })

  it('for any input the pieces put the snippet back together and none is empty', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.tuple(fc.integer({ min: -5, max: 50 }), fc.integer({ min: -5, max: 50 }))), (s, hs) => {
        const pieces = highlightPieces(s, hs)
        return pieces.map((p) => p.text).join('') === s && pieces.every((p) => p.text.length > 0)
      }),
    )
  })
})

describe('where the typed words occur in a suggestion', () => {
  it('finds every occurrence, case-insensitively', () => {
    expect(occurrences('东莞社保卡怎么使用社保卡', '社保卡')).toEqual([
      [2, 5],
      [9, 12],
    ])
    expect(occurrences('Shebaoka 社保卡', 'SHEBAO')).toEqual([[0, 6]])
  })
  it('nothing for an empty query or no match', () => {
    expect(occurrences('社保卡', '')).toEqual([])
    expect(occurrences('社保卡', '医保')).toEqual([])
  })
})
