/**
 * The query pipeline: what a citizen typed → the terms to search. Normalization (NFKC,
 * traditional → simplified, case), article numerals (第58条 → 第五十八条), segmentation with the
 * same segmenter output as the build, question words dropped, synonyms and colloquial → legal
 * wording added as weaker expansion terms.
 */
import type { Segmenter } from '../segment/types.ts'
import { normalizeText } from '../text/normalize.ts'
import { segmentTerms } from '../text/terms.ts'
import { ARTICLE_LABEL, parseArticleLabel } from '../text/numerals.ts'
import type { Vocabulary } from './vocabulary.ts'

export interface AnalyzedQuery {
  /** The query as typed (trimmed). */
  query: string
  /** After normalization. */
  normalized: string
  /** Terms from the query itself, question words removed, in order, unique. */
  terms: string[]
  /** Terms added by synonyms and colloquial wording; searched with a lower weight. */
  expansions: string[]
  /** For each expansion, the typed terms it stands in for (a match on it covers them). */
  covers: Record<string, string[]>
  /** Article numbers the query names (第58条 → 58). */
  articles: number[]
}

export interface QueryAnalyzer {
  (query: string): AnalyzedQuery
}

/** Builds the analyzer once per isolate: the vocabulary lookups are prepared here, not per query. */
export function createQueryAnalyzer(segmenter: Segmenter, vocabulary: Vocabulary, maxTerms = 32): QueryAnalyzer {
  const stop = new Set(vocabulary.stopwords)
  const groupOf = new Map<string, string[]>()
  for (const group of vocabulary.equivalents) for (const w of group) groupOf.set(w, group)
  // Longest colloquial phrases first, so 下班路上 wins over a shorter overlapping entry.
  const colloquial = Object.entries(vocabulary.colloquial).sort((a, b) => b[0].length - a[0].length)
  // A vocabulary word searches as itself when the index keeps it whole (社会保障卡), else as its parts.
  const expansionCache = new Map<string, string[]>()
  const expansionTerms = (phrase: string) => {
    let terms = expansionCache.get(phrase)
    if (!terms) {
      const parts = segmentTerms(normalizeText(phrase), segmenter)
      expansionCache.set(phrase, (terms = parts.includes(phrase) ? [phrase] : parts))
    }
    return terms
  }

  return (query) => {
    const normalized = normalizeText(query)
    const typed = segmentTerms(normalized, segmenter).filter((t) => !stop.has(t))
    const terms = [...new Set(typed)].slice(0, maxTerms)
    const seen = new Set(terms)
    const expansions: string[] = []
    const covers: Record<string, string[]> = {}
    const add = (t: string, covered: string[]) => {
      if (stop.has(t) || covered.length === 0) return
      if (!seen.has(t) && seen.size < maxTerms * 2) {
        seen.add(t)
        expansions.push(t)
      }
      if (expansions.includes(t)) covers[t] = [...new Set([...(covers[t] ?? []), ...covered])]
    }
    for (const [from, to] of colloquial) {
      if (!normalized.includes(from)) continue
      const covered = terms.filter((t) => from.includes(t))
      for (const t of expansionTerms(to)) add(t, covered)
    }
    for (const t of terms) for (const w of groupOf.get(t) ?? []) if (w !== t) for (const e of expansionTerms(w)) add(e, [t])
    const articles: number[] = []
    for (const m of normalized.matchAll(ARTICLE_LABEL)) {
      const a = parseArticleLabel(m[0])
      if (a) articles.push(a.number)
    }
    return { query: query.trim(), normalized, terms, expansions, covers, articles }
  }
}
