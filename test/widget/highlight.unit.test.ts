import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { highlightPieces } from '../../widget/highlight.ts'

describe('highlight offsets → marked pieces', () => {
  it('marks exactly the offsets, as text', () => {
    expect(highlightPieces('社保卡密码被锁', [[0, 3], [5, 7]])).toEqual([
      { text: '社保卡', mark: true },
      { text: '密码', mark: false },
      { text: '被锁', mark: true },
    ])
  })
  it('ignores out-of-range, inverted and overlapping offsets', () => {
    expect(highlightPieces('abc', [[2, 1], [-1, 2], [0, 9], [0, 2], [1, 3]])).toEqual([
      { text: 'ab', mark: true },
      { text: 'c', mark: false },
    ])
  })
  it('for any input the pieces put the snippet back together', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.tuple(fc.integer({ min: -5, max: 50 }), fc.integer({ min: -5, max: 50 }))), (s, hs) =>
        highlightPieces(s, hs).map((p) => p.text).join('') === s,
      ),
    )
  })
})
