/**
 * The query vocabulary maintained as data in corpus/ (synonyms.yaml, stopwords.txt) and shipped
 * to the edge as build/vocabulary.json.
 */
export interface Vocabulary {
  /** Question words and fillers dropped from queries (怎么办, 吗, 如何 …). */
  stopwords: string[]
  /** Groups of words that mean the same; any one also searches for the others. */
  equivalents: string[][]
  /** What citizens type → the legal wording (老外 → 外国人). */
  colloquial: Record<string, string>
}
