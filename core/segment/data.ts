/**
 * What the edge segmenter needs to reproduce nodejieba (cppjieba) exactly: a dictionary pruned to
 * the words that can matter, with the weights cppjieba computes from the FULL dictionary, and the
 * HMM model for unknown words. Produced at build time by scripts/segment/export.ts.
 */
export interface SegmenterData {
  format: 1
  /** cppjieba's sum of all dictionary frequencies: a word's weight is ln(freq / freqSum). */
  freqSum: number
  /** Weight of a rune that is no word (cppjieba: the smallest dictionary weight). */
  minWeight: number
  /** Weight cppjieba gives user-dictionary words without a frequency (the median weight). */
  userWeight: number
  /** Dictionary words and frequencies, `word\tfreq` per line, in dictionary order. */
  dict: string
  /** User-dictionary words, in order; they override dictionary entries with `userWeight`. */
  user: string[]
  /** HMM: start and transition log-probabilities (states B, E, M, S). */
  start: [number, number, number, number]
  trans: [number, number, number, number][]
  /** HMM emission log-probabilities per state: `char\tlogp` per line. */
  emit: [string, string, string, string]
}
