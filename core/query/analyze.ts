/**
 * The query pipeline: what a citizen typed → the terms to search. Normalization (NFKC,
 * traditional → simplified, case), article numerals (第58条 → 第五十八条), segmentation with the
 * same segmenter output as the build, question words dropped, synonyms and colloquial → legal
 * wording added as weaker expansion terms.
 */
import type { Segmenter } from '../segment/types.ts'
import { normalizeText } from '../text/normalize.ts'
import { segmentTerms } from '../text/terms.ts'
import { ARTICLE_LABEL, canonicalQuantities, parseArticleLabel } from '../text/numerals.ts'
import { fillThing, type Vocabulary } from './vocabulary.ts'
import { indexHolds, pinyinGetter, pinyinKey, type PinyinSource } from './pinyin.ts'

export interface AnalyzedQuery {
  /** The query as typed (trimmed). */
  query: string
  /** After normalization. */
  normalized: string
  /** Terms from the query itself, question words removed, in order, unique. */
  terms: string[]
  /** Terms added by synonyms and colloquial wording. */
  expansions: string[]
  /**
   * The expansions from groups of words that mean the same (缴费 ↔ 缴纳, 社保卡 ↔ 社会保障卡): searched
   * at the typed words' weight. The other expansions (colloquial → legal wording) weigh less.
   */
  synonyms: string[]
  /** For each expansion, the typed terms it stands in for (a match on it covers them). */
  covers: Record<string, string[]>
  /** Article numbers the query names (第58条 → 58). */
  articles: number[]
  /**
   * What kind of answer the question asks for (多久 → a time limit): the answer patterns of the
   * question types whose cues it contains (corpus/question-types.yaml).
   */
  answerTypes: RegExp[]
  /**
   * Terms that only say what kind of answer is asked for: the question's cue words (多少 and 钱 of
   * 多少钱) and expansions standing in for nothing else (标准). They are searched, but a passage that
   * matches nothing else does not answer the question (苹果手机多少钱).
   */
  form: string[]
}

export interface QueryAnalyzer {
  (query: string): AnalyzedQuery
}

export interface QueryAnalyzerOptions {
  /** At most this many typed terms are searched. */
  maxTerms?: number
  /** The pinyin table (typos by sound, pinyin input); without it neither is looked up. */
  pinyin?: PinyinSource
  /**
   * Whether the index holds a term, when the engine can tell at no cost (the in-memory index): a
   * question whose words it all holds then never needs the pinyin table. Without it the table tells.
   */
  indexHas?: (term: string) => boolean
  /**
   * Whether people type this word as it is (the index holds it anywhere, how citizens ask for an
   * article included): such a word is not a typo, and no sound-alike is offered for it (手机 is not
   * 收集). Defaults to `indexHas`.
   */
  typed?: (term: string) => boolean
}

const ASCII_WORD = /^[a-z]+$/
const HAN_WORD = /^\p{Script=Han}{2,}$/u

/** Builds the analyzer once per isolate: the vocabulary lookups are prepared here, not per query. */
export function createQueryAnalyzer(segmenter: Segmenter, vocabulary: Vocabulary, options: QueryAnalyzerOptions = {}): QueryAnalyzer {
  const { maxTerms = 32, indexHas, typed = indexHas } = options
  const table = options.pinyin === undefined ? undefined : pinyinGetter(options.pinyin)
  /** Whether the index holds a Chinese word of 2+ characters (the words the pinyin table lists). */
  const held = (t: string): boolean => {
    if (!table) return true // without the table every word counts as held
    return indexHas ? HAN_WORD.test(t) && indexHas(t) : indexHolds(t, table())
  }
  /**
   * Index words that sound like a typed word the index does not hold (密马 → 密码), or that a typed
   * pinyin word or its initials spell (shebaoka, sbk → 社保卡). At most two, most frequent first.
   */
  const soundAlikes = (t: string): string[] => {
    if (!table) return []
    if (ASCII_WORD.test(t)) {
      const pinyin = table()
      const full = t.length >= 3 && Object.hasOwn(pinyin.words, t) ? pinyin.words[t] : undefined
      const ini = t.length >= 3 && t.length <= 4 && Object.hasOwn(pinyin.initials, t) ? pinyin.initials[t] : undefined
      return (full ?? ini ?? []).slice(0, 2)
    }
    // A word the index holds is among the words of its own sound, and one people type as it is (in
    // how they ask for an article) is no typo: none is offered for either.
    if (!HAN_WORD.test(t) || held(t) || typed?.(t)) return []
    const pinyin = table()
    const key = pinyinKey(t, pinyin.chars)
    const same = key && Object.hasOwn(pinyin.words, key) ? pinyin.words[key] : undefined
    return same && !same.includes(t) ? same.slice(0, 2) : []
  }
  const stop = new Set(vocabulary.stopwords)
  // An answer pattern naming {thing} is filled in per question; the others are compiled once.
  const questionTypes = vocabulary.questionTypes.map((t) => ({
    cues: new RegExp(t.cues, 'u'),
    answer: t.answer.includes('{thing}') ? t.answer : new RegExp(t.answer, 'u'),
  }))
  const groupOf = new Map<string, string[]>()
  for (const group of vocabulary.equivalents) for (const w of group) groupOf.set(w, group)
  // Longest colloquial phrases first, so 下班路上 wins over a shorter overlapping entry (上班). The
  // build wrote them as questions are read here (scripts/vocabulary/load.ts: 满十六岁 → 满16岁).
  const colloquial = Object.entries(vocabulary.colloquial).sort((a, b) => b[0].length - a[0].length)
  // A vocabulary word searches as itself when the index keeps it whole (社会保障卡), else as its parts.
  const expansionCache = new Map<string, string[]>()
  const expansionTerms = (phrase: string) => {
    let terms = expansionCache.get(phrase)
    if (!terms) {
      const parts = segmentTerms(normalizeText(phrase), segmenter)
      expansionCache.set(phrase, (terms = parts.includes(phrase) ? [phrase] : parts))
    }
    return terms
  }

  return (query) => {
    // 劳动合同法82条 means 第八十二条: a number followed by 条 right after a law's name is an article.
    const normalized = normalizeText(query).replace(/(法|条例|办法|规定|细则)\s*(\d{1,4})\s*条/g, '$1第$2条')
    const typed = segmentTerms(normalized, segmenter).filter((t) => !stop.has(t))
    const terms = [...new Set(typed)].slice(0, maxTerms)
    const seen = new Set(terms)
    const expansions: string[] = []
    const covers: Record<string, string[]> = {}
    const add = (t: string, covered: string[]) => {
      if (stop.has(t) || covered.length === 0) return
      if (!seen.has(t) && seen.size < maxTerms * 2) {
        seen.add(t)
        expansions.push(t)
      }
      if (expansions.includes(t)) covers[t] = [...new Set([...(covers[t] ?? []), ...covered])]
    }
    // Longest first, and a phrase inside one already matched is not matched again (上班 in 上班路上).
    // A phrase stands in for the typed words inside it, and for a word the index does not hold that
    // overlaps it (要交 in 要交社保 is a mis-cut of 要 + 交: 缴纳社会保险费 covers it).
    const phrased = canonicalQuantities(normalized)
    const taken = new Uint8Array(phrased.length)
    for (const [from, to] of colloquial) {
      const covered = new Set<string>()
      for (let at = phrased.indexOf(from); at >= 0; at = phrased.indexOf(from, at + 1)) {
        if (taken.subarray(at, at + from.length).some((x) => x)) continue
        // Nor one that starts or ends inside a word the index holds (满十六岁 in 不满十六岁).
        if (terms.some((t) => straddles(phrased, t, at, at + from.length) && held(t))) continue
        taken.fill(1, at, at + from.length)
        for (const t of terms) {
          if (from.includes(t)) covered.add(t)
          else if (overlaps(phrased, t, at, at + from.length) && !held(t)) covered.add(t)
        }
      }
      if (covered.size === 0) continue
      for (const t of expansionTerms(to)) add(t, [...covered])
    }
    const synonyms = new Set<string>()
    for (const t of terms)
      for (const w of groupOf.get(t) ?? [])
        if (w !== t)
          for (const e of expansionTerms(w)) {
            add(e, [t])
            if (expansions.includes(e)) synonyms.add(e)
          }
    for (const t of terms) for (const w of soundAlikes(t)) add(w, [t])
    const articles: number[] = []
    for (const m of normalized.matchAll(ARTICLE_LABEL)) {
      const a = parseArticleLabel(m[0])
      if (a) articles.push(a.number)
    }
    const answerTypes: RegExp[] = []
    const cueWords: string[] = []
    for (const { cues, answer } of questionTypes) {
      const cue = cues.exec(normalized)
      if (!cue) continue
      cueWords.push(cue[0])
      if (typeof answer !== 'string') answerTypes.push(answer)
      else {
        const thing = thingAsked(normalized, cue, terms)
        if (thing) answerTypes.push(new RegExp(fillThing(answer, thing.slice(-2)), 'u'))
      }
    }
    const formTerms = terms.filter((t) => cueWords.some((cue) => cue.includes(t)))
    const form = [...formTerms, ...expansions.filter((e) => covers[e]?.every((t) => formTerms.includes(t)))]
    return { query: query.trim(), normalized, terms, expansions, synonyms: [...synonyms], covers, articles, answerTypes, form }
  }
}

/**
 * The thing a question asks about, around its cue: the longest word right after it (哪几种社会保险 →
 * 社会保险), else the word ending nearest before it, the longest of those (军人保险有哪几种 → 军人保险
 * if the segmenter keeps it whole, else 保险).
 */
function thingAsked(text: string, cue: RegExpExecArray, words: string[]): string | undefined {
  const han = words.filter((w) => HAN_WORD.test(w))
  const end = cue.index + cue[0].length
  const after = han.filter((w) => text.startsWith(w, end)).sort((a, b) => b.length - a.length)
  if (after.length) return after[0]
  const before = han.flatMap((w) => {
    const at = cue.index >= w.length ? text.lastIndexOf(w, cue.index - w.length) : -1
    return at >= 0 ? [{ w, end: at + w.length }] : []
  })
  return before.sort((a, b) => b.end - a.end || b.w.length - a.w.length)[0]?.w
}

/** Whether an occurrence of word in text crosses one end of the span [start, end) (starts or ends inside it, not both). */
function straddles(text: string, word: string, start: number, end: number): boolean {
  for (let at = text.indexOf(word); at >= 0 && at < end; at = text.indexOf(word, at + 1)) {
    const stop = at + word.length
    if ((at < start && stop > start && stop < end) || (at > start && at < end && stop > end)) return true
  }
  return false
}

/** Whether an occurrence of word in text overlaps the span [start, end). */
function overlaps(text: string, word: string, start: number, end: number): boolean {
  for (let at = text.indexOf(word); at >= 0 && at < end; at = text.indexOf(word, at + 1)) if (at + word.length > start) return true
  return false
}
