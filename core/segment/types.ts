/** The segmenter interface shared by the build (nodejieba) and the edge (the pure-TS port). */
export interface Segmenter {
  /** jieba's default mode (cppjieba MixSegment: max-probability path + HMM for unknown words). */
  cut(text: string): string[]
  /** jieba's search mode (cppjieba QuerySegment): `cut`, plus the dictionary's 2- and 3-character words inside longer words. */
  cutForSearch(text: string): string[]
}
