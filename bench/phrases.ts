/**
 * The benchmark's query set: the dev questions plus phrases sampled deterministically from the
 * corpus (8-character windows of passage texts), so timings cover both citizen questions and
 * the long tail of words the corpus holds. Shared by the workerd edge timings and the peer runs.
 */
export const SAMPLED_PHRASES = 1000

export function samplePhrases(texts: string[], count = SAMPLED_PHRASES, width = 8): string[] {
  const out: string[] = []
  for (let i = 0; out.length < count && i < texts.length * 4; i++) {
    const text = texts[(i * 7919) % texts.length]
    const at = (i * 104729) % Math.max(1, text.length - width)
    out.push(text.slice(at, at + width))
  }
  return out
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

export interface Timing {
  n: number
  mean: number
  p50: number
  p95: number
  p99: number
  max: number
}

export function stats(xs: number[]): Timing {
  const s = [...xs].sort((a, b) => a - b)
  return { n: s.length, mean: s.reduce((a, b) => a + b, 0) / s.length, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: s[s.length - 1] }
}
