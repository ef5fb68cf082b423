/**
 * Snippets centred on the matched terms, with `[start, end)` UTF-16 highlight offsets that land
 * exactly on the matched text of the snippet.
 */
import { normalizeKeepingOffsets } from '../text/normalize.ts'

export interface Snippet {
  snippet: string
  highlights: [number, number][]
}

/** All non-overlapping occurrences of the terms in text, longest term first at each position. */
export function findMatches(text: string, terms: string[]): [number, number][] {
  const haystack = normalizeKeepingOffsets(text)
  const sorted = [...new Set(terms)].filter((t) => t.length > 0).sort((a, b) => b.length - a.length)
  const spans: [number, number][] = []
  for (const term of sorted) {
    let from = 0
    for (;;) {
      const at = haystack.indexOf(term, from)
      if (at < 0) break
      const end = at + term.length
      if (!spans.some(([s, e]) => at < e && end > s)) spans.push([at, end])
      from = at + 1
    }
  }
  return spans.sort((a, b) => a[0] - b[0])
}

/** Moves an offset off the middle of a surrogate pair. */
const safeBoundary = (text: string, i: number) =>
  i > 0 && i < text.length && /[\uDC00-\uDFFF]/.test(text[i]) && /[\uD800-\uDBFF]/.test(text[i - 1]) ? i - 1 : i

/**
 * A window of `length` characters over the densest run of matches, starting `lead` characters
 * before the first match in it; ellipses mark cut text (they are not counted in offsets' base).
 */
export function makeSnippet(text: string, terms: string[], length: number, lead: number): Snippet {
  const flat = text.replace(/\s*\n\s*/g, ' ')
  const matches = findMatches(flat, terms)
  if (flat.length <= length) return { snippet: flat, highlights: matches }
  // Choose the window start that covers the most distinct matched characters.
  let bestStart = 0
  let bestScore = -1
  for (const [s] of matches) {
    const start = Math.max(0, s - lead)
    const end = start + length
    const score = matches.filter(([ms, me]) => ms >= start && me <= end).reduce((n, [ms, me]) => n + (me - ms), 0)
    if (score > bestScore) {
      bestScore = score
      bestStart = start
    }
  }
  const start = safeBoundary(flat, Math.min(bestStart, Math.max(0, flat.length - length)))
  const end = safeBoundary(flat, Math.min(flat.length, start + length))
  const prefix = start > 0 ? '…' : ''
  const suffix = end < flat.length ? '…' : ''
  const snippet = prefix + flat.slice(start, end) + suffix
  const shift = prefix.length - start
  const highlights = matches
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]) => [s + shift, e + shift] as [number, number])
  return { snippet, highlights }
}
