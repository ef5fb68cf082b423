/**
 * Text and `[start, end)` UTF-16 offsets → plain and marked pieces, which the component renders as
 * text inside `<mark>` (never as HTML). Offsets that are out of range, inverted, not integers or
 * overlapping an earlier span are ignored, so bad data can never break rendering or lose text.
 */
export interface Piece {
  text: string
  mark: boolean
}

export type Span = readonly [number, number]

export function highlightPieces(text: string, highlights: readonly Span[]): Piece[] {
  const spans = highlights
    .filter(([s, e]) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e <= text.length && s < e)
    .sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const pieces: Piece[] = []
  let at = 0
  for (const [s, e] of spans) {
    if (s < at) continue
    if (s > at) pieces.push({ text: text.slice(at, s), mark: false })
    pieces.push({ text: text.slice(s, e), mark: true })
    at = e
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false })
  return pieces
}

/** Where `needle` occurs in `text` (case-insensitive, not overlapping), as spans for highlightPieces. */
export function occurrences(text: string, needle: string): Span[] {
  const n = needle.toLowerCase()
  if (!n) return []
  const hay = text.toLowerCase()
  // Lower-casing can change the length of some characters; then offsets would not line up.
  if (hay.length !== text.length) return []
  const spans: Span[] = []
  for (let i = hay.indexOf(n); i !== -1; i = hay.indexOf(n, i + n.length)) spans.push([i, i + n.length])
  return spans
}
