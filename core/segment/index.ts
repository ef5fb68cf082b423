/**
 * A pure-TypeScript port of what nodejieba runs: cppjieba's MixSegment (`cut`) and QuerySegment
 * (`cutForSearch`), both with HMM on. It must give exactly the words the build got from nodejieba;
 * test/core/segment-agreement.test.ts proves it on every corpus sentence. The dictionary is read
 * lazily, one first character at a time, and kept for the isolate's life.
 */
import type { SegmenterData } from './data.ts'
import type { Segmenter } from './types.ts'

export type { SegmenterData } from './data.ts'
export type { Segmenter } from './types.ts'

/** cppjieba's stand-in for log(0). */
const MIN_DOUBLE = -3.14e100
/** cppjieba splits sentences at these runes before segmenting (SPECIAL_SEPARATORS). */
const SEPARATORS = new Set([0x20, 0x09, 0x0a, 0xff0c, 0x3002])
const E = 1
const S = 3

/** The dictionary words that start with one character, and the longest of them. */
interface Words {
  weights: Map<string, number>
  /** The longest word, in UTF-16 units (an upper bound of its runes); at least 1. */
  maxLength: number
}

const NO_WORDS: Words = { weights: new Map(), maxLength: 1 }

interface Prepared {
  /** Dictionary words (and user words) starting with a rune, with their log-probability weights. */
  wordsAt(rune: string): Words
  minWeight: number
  userSingles: Set<string>
  start: number[]
  trans: number[][]
  /** A rune's emission log-probabilities in states B, E, M, S. */
  emit(rune: string): number[]
}

/**
 * Nothing is read word by word up front: a character's dictionary words are parsed the first time
 * a text holds that character (a query touches a few dozen of the ~5,000), then kept.
 */
function prepare(data: SegmenterData): Prepared {
  const userByFirst = new Map<string, string[]>()
  const userSingles = new Set<string>()
  for (const w of data.user) {
    const first = String.fromCodePoint(w.codePointAt(0)!)
    userByFirst.set(first, [...(userByFirst.get(first) ?? []), w])
    if ([...w].length === 1) userSingles.add(w)
  }
  const cache = new Map<string, Words>()
  const read = (rune: string): Words => {
    const dict = Object.hasOwn(data.dict, rune) ? data.dict[rune] : ''
    const user = userByFirst.get(rune)
    if (!dict && !user) return NO_WORDS
    const weights = new Map<string, number>()
    let maxLength = 1
    const setWord = (w: string, weight: number) => {
      weights.set(w, weight)
      if (w.length > maxLength) maxLength = w.length
    }
    // Dictionary order, later entries winning; then the user dictionary overrides.
    for (let at = 0; at < dict.length; ) {
      let end = dict.indexOf('\n', at)
      if (end < 0) end = dict.length
      const tab = dict.indexOf('\t', at)
      if (tab > at && tab < end) setWord(dict.slice(at, tab), Math.log(Number(dict.slice(tab + 1, end)) / data.freqSum))
      at = end + 1
    }
    for (const w of user ?? []) setWord(w, data.userWeight)
    return { weights, maxLength }
  }
  const wordsAt = (rune: string): Words => {
    let words = cache.get(rune)
    if (!words) cache.set(rune, (words = read(rune)))
    return words
  }
  const emissions = new Map<string, number[]>()
  const emit = (rune: string): number[] => {
    let e = emissions.get(rune)
    if (!e) {
      const text = Object.hasOwn(data.emit, rune) ? data.emit[rune] : ''
      const values = text.split(',')
      e = [0, 1, 2, 3].map((y) => (values[y] ? Number(values[y]) : MIN_DOUBLE))
      emissions.set(rune, e)
    }
    return e
  }
  return { wordsAt, minWeight: data.minWeight, userSingles, start: data.start, trans: data.trans, emit }
}

/** MPSegment: the maximum-probability path through the dictionary DAG. Returns word end indexes. */
function mpCut(runes: string[], p: Prepared): string[] {
  const n = runes.length
  const weight = new Float64Array(n + 1)
  const next = new Int32Array(n)
  for (let i = n - 1; i >= 0; i--) {
    let best = MIN_DOUBLE
    let bestEnd = i
    let word = ''
    const words = p.wordsAt(runes[i])
    const last = Math.min(n, i + words.maxLength)
    for (let j = i; j < last; j++) {
      word += runes[j]
      const w = words.weights.get(word)
      if (w === undefined) {
        // Not a word: a lone rune is still a one-rune step at the minimum weight (cppjieba's NULL DAG entry).
        if (j === i) {
          const val = (i + 1 < n ? weight[i + 1] : 0) + p.minWeight
          if (val > best) {
            best = val
            bestEnd = i
          }
        }
        continue
      }
      const val = (j + 1 < n ? weight[j + 1] : 0) + w
      if (val > best) {
        best = val
        bestEnd = j
      }
    }
    weight[i] = best
    next[i] = bestEnd
  }
  const out: string[] = []
  for (let i = 0; i < n; ) {
    const end = next[i]
    out.push(runes.slice(i, end + 1).join(''))
    i = end + 1
  }
  return out
}

const isAsciiLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
const isDigit = (c: string) => c >= '0' && c <= '9'

/** HMMSegment: ASCII runs by rule, everything else by Viterbi over B/E/M/S. */
function hmmCut(runes: string[], p: Prepared, out: string[]) {
  let left = 0
  let right = 0
  const n = runes.length
  while (right < n) {
    if (runes[right].codePointAt(0)! < 0x80) {
      if (left !== right) viterbiCut(runes.slice(left, right), p, out)
      left = right
      let end = left
      if (isAsciiLetter(runes[left])) {
        end = left + 1
        while (end < n && (isAsciiLetter(runes[end]) || isDigit(runes[end]))) end++
      } else if (isDigit(runes[left])) {
        end = left + 1
        while (end < n && (isDigit(runes[end]) || runes[end] === '.')) end++
      } else end = left + 1
      out.push(runes.slice(left, end).join(''))
      left = right = end
    } else right++
  }
  if (left !== right) viterbiCut(runes.slice(left, right), p, out)
}

function viterbiCut(runes: string[], p: Prepared, out: string[]) {
  const X = runes.length
  const Y = 4
  const weight = new Float64Array(X * Y)
  const path = new Int8Array(X * Y)
  for (let y = 0; y < Y; y++) {
    weight[y * X] = p.start[y] + p.emit(runes[0])[y]
    path[y * X] = -1
  }
  for (let x = 1; x < X; x++) {
    for (let y = 0; y < Y; y++) {
      const now = x + y * X
      let best = MIN_DOUBLE
      let from = E
      const emit = p.emit(runes[x])[y]
      for (let preY = 0; preY < Y; preY++) {
        const tmp = weight[x - 1 + preY * X] + p.trans[preY][y] + emit
        if (tmp > best) {
          best = tmp
          from = preY
        }
      }
      weight[now] = best
      path[now] = from
    }
  }
  let stat = weight[X - 1 + E * X] >= weight[X - 1 + S * X] ? E : S
  const status = new Array<number>(X)
  for (let x = X - 1; x >= 0; x--) {
    status[x] = stat
    stat = path[x + stat * X]
  }
  let left = 0
  for (let i = 0; i < X; i++) {
    if (status[i] % 2) {
      out.push(runes.slice(left, i + 1).join(''))
      left = i + 1
    }
  }
}

/** MixSegment on one separator-free range: dictionary path, then HMM over runs of single runes. */
function mixCut(runes: string[], p: Prepared, out: string[]) {
  const words = mpCut(runes, p)
  for (let i = 0; i < words.length; i++) {
    const w = words[i]
    const single = (x: string) => x.length === 1 || (x.length === 2 && x.codePointAt(0)! > 0xffff)
    if (!single(w) || p.userSingles.has(w)) {
      out.push(w)
      continue
    }
    let j = i
    const run: string[] = []
    while (j < words.length && single(words[j]) && !p.userSingles.has(words[j])) run.push(words[j++])
    hmmCut(run, p, out)
    i = j - 1
  }
}

/** PreFilter: split at separators; each separator is a range of its own. */
function* ranges(text: string): Generator<string[]> {
  const runes = Array.from(text)
  let start = 0
  for (let i = 0; i < runes.length; i++) {
    if (SEPARATORS.has(runes[i].codePointAt(0)!)) {
      if (i > start) yield runes.slice(start, i)
      yield [runes[i]]
      start = i + 1
    }
  }
  if (start < runes.length) yield runes.slice(start)
}

export function createSegmenter(data: SegmenterData): Segmenter {
  const p = prepare(data)
  // Lone surrogates reach cppjieba as U+FFFD (JS → UTF-8); do the same here.
  const wellFormed = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
  const cut = (text: string) => {
    const out: string[] = []
    for (const r of ranges(wellFormed(text))) mixCut(r, p, out)
    return out
  }
  const cutForSearch = (text: string) => {
    const out: string[] = []
    for (const w of cut(text)) {
      const runes = Array.from(w)
      if (runes.length > 2)
        for (let i = 0; i + 1 < runes.length; i++) {
          const g = runes[i] + runes[i + 1]
          if (p.wordsAt(runes[i]).weights.has(g)) out.push(g)
        }
      if (runes.length > 3)
        for (let i = 0; i + 2 < runes.length; i++) {
          const g = runes[i] + runes[i + 1] + runes[i + 2]
          if (p.wordsAt(runes[i]).weights.has(g)) out.push(g)
        }
      out.push(w)
    }
    return out
  }
  return { cut, cutForSearch }
}
