/**
 * A snippet and its `[start, end)` UTF-16 highlight offsets → plain and marked pieces. Offsets that
 * are out of range, overlapping or inverted are ignored, so bad data can never break rendering.
 * The pieces are rendered by Lit as text (never as HTML).
 */
export interface Piece {
  text: string
  mark: boolean
}

export function highlightPieces(snippet: string, highlights: readonly (readonly [number, number])[]): Piece[] {
  const spans = highlights
    .filter(([s, e]) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e <= snippet.length && s < e)
    .slice()
    .sort((a, b) => a[0] - b[0])
  const pieces: Piece[] = []
  let at = 0
  for (const [s, e] of spans) {
    if (s < at) continue
    if (s > at) pieces.push({ text: snippet.slice(at, s), mark: false })
    pieces.push({ text: snippet.slice(s, e), mark: true })
    at = e
  }
  if (at < snippet.length) pieces.push({ text: snippet.slice(at), mark: false })
  return pieces
}
