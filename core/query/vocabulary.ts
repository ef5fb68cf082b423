/**
 * The query vocabulary maintained as data in corpus/ (synonyms.yaml, stopwords.txt,
 * question-types.yaml) and shipped to the edge as build/vocabulary.json.
 */

/** A kind of answer a question asks for (多久 → a time limit), and how a passage states one. */
export interface QuestionType {
  type: string
  /** Regular expression over the normalized question. */
  cues: string
  /**
   * Regular expression over the passage text. It may hold {thing}, filled in per question with the
   * head of the thing the question asks about (哪几种社会保险 → 保险).
   */
  answer: string
}

/** An answer pattern with {thing} filled in by a word, taken literally. */
export const fillThing = (answer: string, thing: string): string =>
  answer.replaceAll('{thing}', thing.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'))

export interface Vocabulary {
  /** Question words and fillers dropped from queries (怎么办, 吗, 如何 …). */
  stopwords: string[]
  /** Groups of words that mean the same; any one also searches for the others. */
  equivalents: string[][]
  /** What citizens type → the legal wording (老外 → 外国人); phrases normalized, quantities in Arabic form (满16岁). */
  colloquial: Record<string, string>
  /** Question types whose answers rank higher when the question asks for them. */
  questionTypes: QuestionType[]
}

export const emptyVocabulary = (): Vocabulary => ({ stopwords: [], equivalents: [], colloquial: {}, questionTypes: [] })
