import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findMatches, makeSnippet } from '../../core/search/snippet.ts'
import { normalizeKeepingOffsets } from '../../core/text/normalize.ts'

describe('snippets and highlights', () => {
  const text =
    '社保卡有两个密码,一个是社保账户的密码,还有一个是金融账户的密码。金融账户密码输错导致社保卡被锁的话,就无需像社保账户密码输错那样,到社保中心去办理解锁业务了。因为只要等到第二天,社保卡就会自动解锁了,而你就可以继续使用社保卡了。'

  it('highlights land exactly on the matched terms', () => {
    const { snippet, highlights } = makeSnippet(text, ['自动解锁', '第二天'], 40, 8)
    expect(highlights.length).toBeGreaterThan(0)
    for (const [s, e] of highlights) expect(['自动解锁', '第二天']).toContain(snippet.slice(s, e))
  })

  it('the window is centred on the densest matches, with ellipses where text is cut', () => {
    const { snippet } = makeSnippet(text, ['自动解锁', '第二天'], 40, 8)
    expect(snippet.startsWith('…')).toBe(true)
    expect(snippet).toContain('第二天')
    expect(snippet).toContain('自动解锁')
  })

  it('matching ignores case and full-width forms without moving offsets', () => {
    const { snippet, highlights } = makeSnippet('请携带ＳＢＫ卡和Sbk证明', ['sbk'], 100, 10)
    expect(highlights.map(([s, e]) => snippet.slice(s, e))).toEqual(['ＳＢＫ', 'Sbk'])
  })

  it('longer terms win over the shorter terms inside them', () => {
    expect(findMatches('社保卡被锁', ['社保', '社保卡'])).toEqual([[0, 3]])
  })

  it('for any text and terms, every highlight lies inside the snippet', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.array(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 5 }), (t, terms) => {
        const { snippet, highlights } = makeSnippet(t, terms, 50, 10)
        return highlights.every(([s, e]) => s >= 0 && e <= snippet.length && s < e)
      }),
    )
  })
})

describe('normalizeKeepingOffsets', () => {
  // What it was before its per-character cache and fast paths: NFKC and lower case, one character at a time.
  const reference = (input: string) => {
    let out = ''
    for (const ch of input) {
      const n = ch.normalize('NFKC').toLowerCase()
      out += n.length === ch.length ? n : ch
    }
    return out
  }

  it('gives every code point (and every lone surrogate) the form NFKC + lower case gives it, or keeps it', () => {
    for (let cp = 0; cp <= 0x10ffff; cp += 0x800) {
      const chunk = Array.from({ length: 0x800 }, (_, i) => String.fromCodePoint(cp + i)).join('')
      expect(normalizeKeepingOffsets(chunk)).toBe(reference(chunk))
      expect(normalizeKeepingOffsets(chunk).length).toBe(chunk.length)
    }
  })

  it('equals the reference on any text, twice (the second time from its cache)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (t) => {
        expect(normalizeKeepingOffsets(t)).toBe(reference(t))
        expect(normalizeKeepingOffsets(t)).toBe(reference(t))
      }),
    )
  })
})
