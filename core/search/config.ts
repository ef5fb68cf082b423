/**
 * Every number in the query path, in one place, with the reason for it. Tuned against the dev
 * queries (../shared/eval/dev-queries.json) and the project's own set; see docs/relevance.md.
 */
export const searchConfig = {
  /**
   * Field boosts: a match in the question/title says more than one deep in a long answer. A chapter
   * name (heading) is shared by every article of its chapter, so it counts as the text does (1 rather
   * than 1.5 since step 71: +9 in the top 3 of 1,263 own questions, in every part of the set). How
   * citizens ask for an article (asked, corpus/asked/) counts as its text does: 0.5 finds fewer own
   * questions (top 3 −7 to −10), 1.5–2 lose first places and answers on the dev set (step 78).
   */
  fieldBoost: { title: 2.5, law: 0.5, heading: 1, summary: 1.5, asked: 1, text: 1 },
  /** BM25+ parameters (MiniSearch's defaults: k 1.2, b 0.7, d 0.5). */
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  /**
   * Weight of terms added by colloquial → legal wording (交 → 缴纳), relative to typed terms. Words
   * of an equivalents group (缴费 ↔ 缴纳) mean the same and weigh as typed.
   */
  expansionWeight: 0.6,
  /**
   * Ranking multiplies the engine's BM25 score by (coverageFloor + coverage): a passage that covers
   * more of the question's words beats one that repeats a single word often.
   */
  coverageFloor: 0.5,
  /**
   * Proximity: the score is multiplied by 1 + proximityWeight × the share of the question's
   * adjacent word pairs (申请时限) that the passage holds side by side.
   */
  proximityWeight: 0.3,
  /**
   * A passage that states the kind of answer the question asks for (a time limit for 多久, an
   * amount for 多少钱, a list for 哪些 …: corpus/question-types.yaml) is multiplied by this.
   */
  answerTypeBoost: 2,
  /**
   * Q&A passages are written for citizens; prefer them over raw law text when both match. (From
   * step 70 a Q&A passage covering less than 0.8 of the question weighed ×0.5 instead, as long Q&A
   * pages outranked law answers; since law articles are indexed with how citizens ask for them
   * (step 78) that cost the Q&A questions 5 first places and is gone: docs/relevance.md.)
   */
  qaPrior: 1.35,
  /**
   * Without a law named in the query, the higher authority answers first: a national law over the
   * regulation implementing it, over a province's or city's own rules (which apply only there and
   * often restate the national article at greater length: ×0.3, a plateau from 0.25 to 0.3 on 887
   * own questions; docs/relevance.md, step 58).
   */
  authorityPrior: { law: 1, regulation: 0.9, rule: 0.85, interpretation: 0.85, local: 0.3, case: 0.5 },
  /**
   * … while a province's or city's own rules, when the query names that place (河南工伤后…), are
   * the most specific answer there: ×1.5 (×1.2 no change, ×2 the same as ×1.5; docs/relevance.md).
   */
  namedPlaceBoost: 1.5,
  /**
   * A law article's score × (its length / reference)^−exponent: BM25 evens out how often a word
   * recurs, but the re-ranking's factors (coverage, the kind of answer asked for) favour long
   * articles, which hold more words and more patterns by chance; a short article that matches as
   * well says it more directly. The reference is the median article of the default corpus (91
   * characters); 0.03–0.1 is a plateau on 1,263 own questions (docs/relevance.md, step 72).
   */
  articleLength: { reference: 90, exponent: 0.05 },
  /** A query naming a law (工伤保险条例第十四条) strongly prefers that law's articles … */
  namedLawBoost: 2.5,
  /** … and the exact article it names even more. */
  namedArticleBoost: 6,
  /**
   * Results kept from the engine before re-ranking and collapsing: the re-ranking's boosts (an
   * answer of the kind asked for) can only lift what is in this pool. 100 rather than 60 finds the
   * short articles that BM25 ranks just below whole chapters sharing the question's words (60–100th);
   * it costs ~0.04 ms a search at the edge (docs/relevance.md, step 55).
   */
  candidatePool: 100,
  /**
   * … and when the query names a law: every article of it matches the law's name, so the engine's
   * first 100 are that law's longest articles, and a short one that answers (本条例自…起施行) is
   * left out before the named-law boost can lift it. (The d1 backend takes d1.candidatePool.)
   */
  namedLawCandidatePool: 120,
  /**
   * The d1 backend (a collection of ~147,000 articles): candidates come from terms held by at most
   * this share of passages, or this many rows in a small collection (FTS5 scores every row a term
   * matches), and more of them are re-ranked. 0.04–0.06 is a plateau of recall on both question
   * sets (0.02, ≤ ~2,900 passages, leaves out words such as 合同 and 有效 that decide some answers);
   * measured trade-off in README (npm run bench:d1).
   */
  d1: { maxMatchShare: 0.05, minMatchRows: 2000, candidatePool: 100 },
  /** Two results whose texts share this fraction of character bigrams are the same answer. */
  duplicateSimilarity: 0.85,
  /** Snippet length in characters, and how far before the first match it starts. */
  snippetLength: 120,
  snippetLead: 24,
  /**
   * Answer confidence: the share of the query's weight (IDF) that the best passage covers … More
   * than a third (0.3 before step 78): since articles are indexed with how citizens ask for them,
   * one everyday word of a three-word off-topic question meets some article's questions (吃 of
   * 我想吃火锅 in 吃低保: exactly 1/3). Of 1,548 questions one right answer covers 1/3 and is lost
   * (政府能花钱买社会组织的救助服务吗); off-topic questions must get none (docs/relevance.md, step 78).
   */
  minCoverage: 0.34,
  /** … and the minimum confidence for returning an answer at all. */
  minConfidence: 0.3,
  /** Related questions listed with an answer. */
  relatedCount: 5,
  /** Suggestions returned by /api/suggest. */
  suggestCount: 8,
  /** Work bounds per request: queries longer than this are cut, and at most this many terms are searched. */
  maxQueryTerms: 32,
} as const

export type SearchConfig = typeof searchConfig
