/**
 * Traditional → simplified skips the converter for a text it would not change. That shortcut must
 * never change a result: on the whole corpus, every question of both sets, and arbitrary text, it
 * gives exactly what opencc-js gives.
 */
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { Converter } from 'opencc-js/t2cn'
import { describe, expect, it } from 'vitest'
import { toSimplified } from '../../core/text/normalize.ts'
import { T2S_CHARS, T2S_PHRASES } from '../../core/text/t2s-triggers.ts'
import { loadQueries, QUESTION_SETS } from '../../scripts/eval/run.ts'
import { TRIGGERS_MODULE, triggersModule } from '../../scripts/text/t2s-triggers.ts'

const reference = Converter({ from: 't', to: 'cn' })

describe('traditional → simplified', () => {
  it('the trigger table is what the installed opencc-js gives (regenerate it after an upgrade)', () => {
    expect(readFileSync(TRIGGERS_MODULE, 'utf8')).toBe(triggersModule())
  })

  it('equals the converter on every passage, title and question', () => {
    const store = JSON.parse(readFileSync('build/documents.json', 'utf8')) as { passages: Record<string, { title: string; text: string }> }
    const questions = Object.values(QUESTION_SETS).flatMap((f) => loadQueries(f).map((q) => q.q))
    const texts = [...Object.values(store.passages).flatMap((p) => [p.title, p.text]), ...questions]
    for (const text of texts) expect(toSimplified(text)).toBe(reference(text))
    // Both kinds are there: texts the converter changes (traditional questions) and texts it does not.
    expect(texts.filter((t) => reference(t) !== t).length).toBeGreaterThan(5)
  })

  it('equals the converter on arbitrary text of trigger characters, phrases, simplified and other characters', () => {
    const pieces = fc.oneof(
      fc.constantFrom(...Array.from(T2S_CHARS)),
      fc.constantFrom(...T2S_PHRASES),
      fc.constantFrom(...T2S_PHRASES.map((p) => Array.from(p).slice(0, -1).join(''))),
      fc.constantFrom(...Array.from('社保卡密码被锁了怎么办一目了然反复么坏土沉乾隆后面干着')),
      fc.string({ unit: 'binary', maxLength: 3 }),
    )
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('')
        expect(toSimplified(text)).toBe(reference(text))
      }),
      { numRuns: 3000 },
    )
  })
})
