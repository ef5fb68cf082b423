/**
 * What the edge segmenter needs to reproduce nodejieba (cppjieba) exactly: a dictionary pruned to
 * the words that can matter, with the weights cppjieba computes from the FULL dictionary, and the
 * HMM model for unknown words. Produced at build time by scripts/segment/export.ts.
 */
export interface SegmenterData {
  format: 2
  /** cppjieba's sum of all dictionary frequencies: a word's weight is ln(freq / freqSum). */
  freqSum: number
  /** Weight of a rune that is no word (cppjieba: the smallest dictionary weight). */
  minWeight: number
  /** Weight cppjieba gives user-dictionary words without a frequency (the median weight). */
  userWeight: number
  /**
   * Dictionary words and frequencies by their first character (code point): `word\tfreq` per line,
   * in dictionary order. The edge reads a character's words when a text first holds it, so an
   * isolate starts without reading the whole dictionary.
   */
  dict: Record<string, string>
  /** User-dictionary words, in order; they override dictionary entries with `userWeight`. */
  user: string[]
  /** HMM: start and transition log-probabilities (states B, E, M, S). */
  start: [number, number, number, number]
  trans: [number, number, number, number][]
  /**
   * HMM emission log-probabilities by character: its four (states B, E, M, S) as `,`-separated
   * numbers, empty where a state has none. Parsed per character on first use.
   */
  emit: Record<string, string>
}
