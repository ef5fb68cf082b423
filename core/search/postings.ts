/**
 * The in-memory index the minisearch backend searches: the MiniSearch index the build makes
 * (scripts/index), written in a form an isolate can load without rebuilding anything.
 *
 * `MiniSearch.loadJSON` re-inserts every term into a radix tree and turns every posting list into
 * nested Maps: most of an isolate's cold start. Here a term's postings stay a short string until a
 * query first needs them, exact lookups go through a plain Map, and prefix and fuzzy matches
 * (/api/suggest and typo'd words only) are found by scanning the term list, which is stored in the
 * order MiniSearch's radix tree lists the terms. Scoring is MiniSearch's BM25+ and OR combination,
 * operation for operation and in MiniSearch's order, so the results and scores are bit-identical
 * to `MiniSearch.search` on the same index (test/core/postings.test.ts checks that against
 * MiniSearch itself).
 */
import SearchableMap from 'minisearch/SearchableMap'
import type { AsPlainObject } from 'minisearch'

export const POSTINGS_FORMAT = 'sbk-postings/1'

/** build/search-index.json. Documents are numbered 0…documentCount-1 (MiniSearch's short ids). */
export interface PostingsData {
  format: typeof POSTINGS_FORMAT
  documentCount: number
  /** Field names by field id. */
  fields: string[]
  averageFieldLength: number[]
  /** Document id by number. */
  ids: string[]
  /** The stored `kind` of each document (what search filters on). */
  kinds: string[]
  /** Length of each field of each document (number × fields.length + field id); 0 where absent. */
  fieldLength: number[]
  /**
   * Every term, in the order MiniSearch's radix tree (SearchableMap, as `MiniSearch.loadJSON`
   * builds it) iterates them: MiniSearch scores prefix matches in this order and fuzzy matches in
   * the reverse (the order its Levenshtein walk reaches them).
   */
  terms: string[]
  /**
   * A term's postings: `;`-separated groups `<field id>:<entries>`, ascending field id; entries
   * `,`-separated, ascending document, each the base-36 gap from the previous document (the first:
   * the document), followed by `.<term frequency>` (base 36) when that is not 1.
   */
  postings: string[]
}

/** MiniSearch's serialized index (`toJSON()`) → the load-ready form. Build time only. */
export function toPostingsData(index: AsPlainObject): PostingsData {
  const n = index.documentCount
  if (index.nextId !== n || index.dirtCount) throw new Error('postings: the index must be freshly built (documents 0…n-1, nothing removed)')
  const fields = Object.entries(index.fieldIds)
    .sort((a, b) => a[1] - b[1])
    .map(([name]) => name)
  fields.forEach((_, i) => {
    if (index.fieldIds[fields[i]] !== i) throw new Error('postings: field ids must be 0…fields-1')
  })
  const ids: string[] = []
  const kinds: string[] = []
  const fieldLength: number[] = []
  for (let d = 0; d < n; d++) {
    const id = index.documentIds[d]
    if (typeof id !== 'string') throw new Error(`postings: no document ${d}`)
    ids.push(id)
    kinds.push(index.storedFields[d]?.kind)
    for (let f = 0; f < fields.length; f++) fieldLength.push(index.fieldLength[d]?.[f] ?? 0)
  }
  // The radix tree loadJSON builds (terms inserted in serialized order), and the order it lists them.
  const entries = index.index as [string, Record<string, Record<string, number>>][]
  const tree = new SearchableMap<number>()
  entries.forEach(([term], i) => tree.set(term, i))
  const terms: string[] = []
  const postings: string[] = []
  for (const at of tree.values()) {
    const [term, byField] = entries[at]
    const groups = Object.keys(byField)
      .map(Number)
      .sort((a, b) => a - b)
      .map((field) => {
        let previous = 0
        const entries = Object.keys(byField[field])
          .map(Number)
          .sort((a, b) => a - b)
          .map((doc) => {
            const tf = byField[field][doc]
            const entry = (doc - previous).toString(36) + (tf === 1 ? '' : '.' + tf.toString(36))
            previous = doc
            return entry
          })
        return `${field.toString(36)}:${entries.join(',')}`
      })
    terms.push(term)
    postings.push(groups.join(';'))
  }
  return { format: POSTINGS_FORMAT, documentCount: n, fields, averageFieldLength: index.averageFieldLength, ids, kinds, fieldLength, terms, postings }
}

/** One term of a query, as MiniSearch's query spec. */
export interface TermQuery {
  term: string
  /** Multiplies the term's score (MiniSearch's boostTerm). */
  boost: number
  /** Also match index terms that start with this one. */
  prefix: boolean
  /** Also match index terms within this many edits (0: none). */
  fuzzy: number
}

export interface PostingsSearchOptions {
  /** Boost per field name (a field without one weighs 1). */
  fieldBoost: Readonly<Record<string, number>>
  bm25: { readonly k: number; readonly b: number; readonly d: number }
  /** Only documents whose stored kind is this. */
  kind?: string
  /** How many of the best hits to return. */
  limit: number
}

export interface Hit {
  id: string
  score: number
  /** Index terms (the query's, or prefix/fuzzy expansions of them) the document holds. */
  matched: string[]
}

export interface Found {
  /** Every document that matched (after the kind filter). */
  total: number
  /** The best `limit` of them, best first; equal scores in the order MiniSearch would give. */
  hits: Hit[]
  /** For every matched index term, how many of the matched documents hold it. */
  df: Map<string, number>
}

/**
 * Levenshtein distance between a and b in UTF-16 units (as MiniSearch's fuzzy search counts), or
 * -1 when it is more than max.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return -1
  if (a === b) return 0
  if (max < 1) return -1
  // Within one edit (what the service asks, once per index term): what differs once the common
  // head and tail are set aside is at most one unit on each side.
  let head = 0
  while (head < a.length && head < b.length && a.charCodeAt(head) === b.charCodeAt(head)) head++
  let endA = a.length
  let endB = b.length
  while (endA > head && endB > head && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--
    endB--
  }
  if (endA - head <= 1 && endB - head <= 1) return 1
  if (max === 1) return -1
  // Further: one row of the matrix at a time; a row whose every cell is past max ends the search.
  let previous = new Array<number>(b.length + 1)
  let current = new Array<number>(b.length + 1)
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    const c = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(previous[j - 1] + (c === b.charCodeAt(j - 1) ? 0 : 1), previous[j] + 1, current[j - 1] + 1)
      current[j] = v
      if (v < rowMin) rowMin = v
    }
    if (rowMin > max) return -1
    ;[previous, current] = [current, previous]
  }
  const d = previous[b.length]
  return d <= max ? d : -1
}

/** MiniSearch's default weights of prefix and fuzzy matches. */
const PREFIX_WEIGHT = 0.375
const FUZZY_WEIGHT = 0.45

/** A term's postings, decoded. Group g holds field fieldOf[g], entries start[g]…start[g+1]. */
interface Decoded {
  fieldOf: number[]
  start: number[]
  docs: Int32Array
  tfs: Int32Array
  /** Documents holding the term in any field, by kind. */
  dfByKind: Map<string, number>
  /** …and in all. */
  docCount: number
}

export class PostingsIndex {
  readonly documentCount: number
  private readonly fields: string[]
  private readonly avgFieldLength: number[]
  private readonly ids: string[]
  private readonly kinds: string[]
  private readonly fieldLength: number[]
  private readonly terms: string[]
  private readonly encoded: string[]
  private readonly termIndex = new Map<string, number>()
  private readonly decoded: (Decoded | undefined)[]
  // Per-query scratch, reused (one query at a time per isolate): stamps instead of clearing.
  private stamp = 0
  private readonly seen: Int32Array
  private readonly specSeen: Int32Array
  private readonly score: Float64Array
  private readonly termScore: Float64Array
  private readonly quality: Int32Array
  private readonly order: Int32Array
  private readonly specOrder: Int32Array
  private readonly slot: Int32Array
  private readonly mark: Int32Array

  constructor(data: PostingsData) {
    if (data.format !== POSTINGS_FORMAT) throw new Error(`search index: expected format ${POSTINGS_FORMAT}, got ${String(data.format)}`)
    const n = data.documentCount
    this.documentCount = n
    this.fields = data.fields
    this.avgFieldLength = data.averageFieldLength
    this.ids = data.ids
    this.kinds = data.kinds
    this.fieldLength = data.fieldLength
    this.terms = data.terms
    this.encoded = data.postings
    for (let i = 0; i < data.terms.length; i++) this.termIndex.set(data.terms[i], i)
    this.decoded = new Array(data.terms.length)
    this.seen = new Int32Array(n)
    this.specSeen = new Int32Array(n)
    this.score = new Float64Array(n)
    this.termScore = new Float64Array(n)
    this.quality = new Int32Array(n)
    this.order = new Int32Array(n)
    this.specOrder = new Int32Array(n)
    this.slot = new Int32Array(n)
    this.mark = new Int32Array(n)
  }

  /** Whether the index holds this term (in any field). */
  has(term: string): boolean {
    return this.termIndex.has(term)
  }

  /**
   * Whether the index holds this term in a field other than `field`. On the query path (the
   * analyzer asks it of a question's words), so it reads the encoded postings without decoding or
   * splitting them: `<field id>:<entries>` groups joined by `;` (PostingsData.postings), so the term
   * is elsewhere unless its one group is `field`'s.
   */
  holdsOutside(term: string, field: string): boolean {
    const i = this.termIndex.get(term)
    if (i === undefined) return false
    const postings = this.encoded[i]
    return postings.includes(';') || Number(postings.slice(0, postings.indexOf(':'))) !== this.fields.indexOf(field)
  }

  /**
   * MiniSearch's OR search over the given terms (distinct, as the query analyzer gives them):
   * BM25+ per field (fields in field-id order, MiniSearch's), times the field boost and the term's
   * boost (and the prefix/fuzzy weight for expansions), summed per term, then over terms, times
   * the number of query terms a document matched.
   */
  search(queries: TermQuery[], options: PostingsSearchOptions): Found {
    if (new Set(queries.map((q) => q.term)).size !== queries.length) throw new Error('search: query terms must be distinct')
    const { k, b, d } = options.bm25
    const fieldCount = this.fields.length
    const boosts = this.fields.map((f) => (Object.hasOwn(options.fieldBoost, f) ? options.fieldBoost[f] : 0) || 1)
    const { seen, specSeen, score, termScore, quality, order, specOrder } = this
    if (this.stamp > 0x3fffffff) {
      // Long before the stamps would overflow (a query takes a few dozen).
      this.stamp = 0
      seen.fill(0)
      specSeen.fill(0)
      this.mark.fill(0)
    }
    const stamp = this.nextStamp()
    let touched = 0
    /** Every (expansion) term scored, in order, once per query term that reached it. */
    const scored: number[] = []
    for (let q = 0; q < queries.length; q++) {
      const query = queries[q]
      const specStamp = this.nextStamp()
      let specTouched = 0
      const scoreTerm = (termIdx: number, weight: number) => {
        const p = this.postings(termIdx)
        scored.push(termIdx)
        for (let f = 0; f < fieldCount; f++) {
          const g = p.fieldOf.indexOf(f)
          if (g < 0) continue
          const from = p.start[g]
          const to = p.start[g + 1]
          const matchingCount = to - from
          const avgFieldLength = this.avgFieldLength[f]
          // As MiniSearch: termWeight * termBoost * fieldBoost * docBoost (1) * BM25+.
          const weight3 = weight * query.boost * boosts[f]
          const invDocFreq = Math.log(1 + (this.documentCount - matchingCount + 0.5) / (matchingCount + 0.5))
          for (let e = from; e < to; e++) {
            const doc = p.docs[e]
            const termFreq = p.tfs[e]
            const fieldLength = this.fieldLength[doc * fieldCount + f]
            const rawScore = invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)))
            const weighted = weight3 * rawScore
            if (specSeen[doc] !== specStamp) {
              specSeen[doc] = specStamp
              termScore[doc] = weighted
              specOrder[specTouched++] = doc
            } else termScore[doc] += weighted
          }
        }
      }
      const exact = this.termIndex.get(query.term)
      if (exact !== undefined) scoreTerm(exact, 1)
      // As MiniSearch: prefix matches (radix tree order), then fuzzy matches (its Levenshtein walk's
      // order, the reverse) that are no prefix matches; never the term itself again.
      const { term: typed, prefix, fuzzy } = query
      if (prefix)
        for (let i = 0; i < this.terms.length; i++) {
          const term = this.terms[i]
          if (term.length > typed.length && term.startsWith(typed)) scoreTerm(i, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (term.length - typed.length)))
        }
      if (fuzzy > 0)
        for (let i = this.terms.length - 1; i >= 0; i--) {
          const term = this.terms[i]
          if (prefix && term.length > typed.length && term.startsWith(typed)) continue
          const distance = editDistance(typed, term, fuzzy)
          if (distance > 0) scoreTerm(i, (FUZZY_WEIGHT * term.length) / (term.length + distance))
        }
      // OR: a document's score is the sum over query terms, in query order.
      for (let i = 0; i < specTouched; i++) {
        const doc = specOrder[i]
        if (seen[doc] !== stamp) {
          seen[doc] = stamp
          score[doc] = termScore[doc]
          quality[doc] = 1
          order[touched++] = doc
        } else {
          score[doc] = score[doc] + termScore[doc]
          quality[doc]++
        }
      }
    }

    // The best `limit`, as a stable sort by descending score of the documents in first-match order.
    const limit = Math.max(0, options.limit)
    const bestDoc = new Int32Array(limit)
    const bestScore = new Float64Array(limit)
    let kept = 0
    let total = 0
    for (let i = 0; i < touched; i++) {
      const doc = order[i]
      if (options.kind !== undefined && this.kinds[doc] !== options.kind) continue
      total++
      const s = score[doc] * quality[doc]
      if (kept === limit && !(s > bestScore[limit - 1])) continue
      // First position whose score is below s: equal scores keep their order.
      let lo = 0
      let hi = kept
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (bestScore[mid] >= s) lo = mid + 1
        else hi = mid
      }
      const end = kept < limit ? kept++ : limit - 1
      bestDoc.copyWithin(lo + 1, lo, end)
      bestScore.copyWithin(lo + 1, lo, end)
      bestDoc[lo] = doc
      bestScore[lo] = s
    }

    const hits: Hit[] = []
    const { slot } = this
    const slotStamp = this.nextStamp()
    for (let i = 0; i < kept; i++) {
      hits.push({ id: this.ids[bestDoc[i]], score: bestScore[i], matched: [] })
      specSeen[bestDoc[i]] = slotStamp
      slot[bestDoc[i]] = i
    }
    const df = new Map<string, number>()
    for (const idx of scored) {
      const term = this.terms[idx]
      const p = this.postings(idx)
      if (!df.has(term)) {
        const count = options.kind === undefined ? p.docCount : (p.dfByKind.get(options.kind) ?? 0)
        if (count > 0) df.set(term, count)
      }
      if (kept === 0) continue
      for (let e = 0; e < p.docs.length; e++) {
        const doc = p.docs[e]
        if (specSeen[doc] !== slotStamp) continue
        const matched = hits[slot[doc]].matched
        if (!matched.includes(term)) matched.push(term)
      }
    }
    return { total, hits, df }
  }

  /** A new stamp for the scratch arrays: a value none of them holds yet. */
  private nextStamp(): number {
    return ++this.stamp
  }

  private postings(idx: number): Decoded {
    return (this.decoded[idx] ??= this.decode(this.encoded[idx]))
  }

  private decode(s: string): Decoded {
    const fieldOf: number[] = []
    const start: number[] = []
    let entries = 0
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      if (c === 0x2c /* , */ || c === 0x3a /* : */) entries++
    }
    const docs = new Int32Array(entries)
    const tfs = new Int32Array(entries)
    let e = 0
    let i = 0
    const readNumber = () => {
      let v = 0
      for (; i < s.length; i++) {
        const c = s.charCodeAt(i)
        if (c >= 0x30 && c <= 0x39) v = v * 36 + (c - 0x30)
        else if (c >= 0x61 && c <= 0x7a) v = v * 36 + (c - 0x61 + 10)
        else break
      }
      return v
    }
    while (i < s.length) {
      fieldOf.push(readNumber())
      start.push(e)
      i++ // ':'
      let doc = 0
      for (;;) {
        doc += readNumber()
        let tf = 1
        if (s.charCodeAt(i) === 0x2e /* . */) {
          i++
          tf = readNumber()
        }
        docs[e] = doc
        tfs[e++] = tf
        const c = s.charCodeAt(i++)
        if (c !== 0x2c /* , */) break // ';' or the end
      }
    }
    start.push(e)
    // Documents holding the term in any field (groups may share documents). Its own scratch
    // array: a term is decoded in the middle of a query.
    const stamp = this.nextStamp()
    const dfByKind = new Map<string, number>()
    let docCount = 0
    for (let j = 0; j < e; j++) {
      const doc = docs[j]
      if (this.mark[doc] === stamp) continue
      this.mark[doc] = stamp
      docCount++
      const kind = this.kinds[doc]
      dfByKind.set(kind, (dfByKind.get(kind) ?? 0) + 1)
    }
    return { fieldOf, start, docs, tfs, dfByKind, docCount }
  }
}
