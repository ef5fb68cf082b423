/**
 * Text → index terms, the one function both sides use: the build indexes corpus text with it
 * (segmenter = nodejieba) and the edge turns queries into terms with it (segmenter = the TS port).
 * Article labels (第58条, 第五十八条) become one canonical term 第五十八条 so numeral forms meet.
 */
import type { Segmenter } from '../segment/types.ts'
import { ARTICLE_LABEL, canonicalQuantities, parseArticleLabel } from './numerals.ts'
import { normalizeText } from './normalize.ts'

// A term must contain a letter or digit of some script; pure punctuation and spaces are not terms.
const MEANINGFUL = /[\p{L}\p{N}]/u

/** Segments already-normalized text; article labels are kept whole in their canonical form. */
export function segmentTerms(normalized: string, segmenter: Segmenter): string[] {
  const terms: string[] = []
  let last = 0
  const push = (piece: string) => {
    if (!piece) return
    for (const t of segmenter.cutForSearch(canonicalQuantities(piece))) {
      const term = t.trim()
      if (term && MEANINGFUL.test(term)) terms.push(term)
    }
  }
  for (const m of normalized.matchAll(ARTICLE_LABEL)) {
    const label = parseArticleLabel(m[0])
    if (!label) continue
    push(normalized.slice(last, m.index))
    terms.push(label.label)
    last = m.index + m[0].length
  }
  push(normalized.slice(last))
  return terms
}

/** Normalizes then segments: what the index stores for a field's text. */
export const textTerms = (text: string, segmenter: Segmenter): string[] => segmentTerms(normalizeText(text), segmenter)
