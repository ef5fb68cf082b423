/**
 * A pure-TypeScript port of what nodejieba runs: cppjieba's MixSegment (`cut`) and QuerySegment
 * (`cutForSearch`), both with HMM on. It must give exactly the words the build got from nodejieba;
 * test/core/segment-agreement.test.ts proves it on every corpus sentence. Everything that can be
 * prepared once (the prefix map, the HMM tables) is built in createSegmenter, once per isolate.
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

interface Prepared {
  /** Every dictionary word and its log-probability weight. */
  words: Map<string, number>
  /** The longest word, in UTF-16 units (an upper bound of its runes). */
  maxWordLength: number
  minWeight: number
  userSingles: Set<string>
  start: number[]
  trans: number[][]
  emit: Map<string, number>[]
}

function prepare(data: SegmenterData): Prepared {
  // Words only (no prefix entries): the DAG looks ahead at most maxWordLength runes instead of
  // walking a trie, which finds the same words and keeps the isolate's start-up short.
  const words = new Map<string, number>()
  let maxWordLength = 1
  const setWord = (w: string, weight: number) => {
    words.set(w, weight)
    // UTF-16 length bounds the rune count from above.
    if (w.length > maxWordLength) maxWordLength = w.length
  }
  const dict = data.dict
  for (let at = 0; at < dict.length; ) {
    let end = dict.indexOf('\n', at)
    if (end < 0) end = dict.length
    const tab = dict.indexOf('\t', at)
    if (tab > at && tab < end) setWord(dict.slice(at, tab), Math.log(Number(dict.slice(tab + 1, end)) / data.freqSum))
    at = end + 1
  }
  const userSingles = new Set<string>()
  for (const w of data.user) {
    setWord(w, data.userWeight)
    if ([...w].length === 1) userSingles.add(w)
  }
  const emit = data.emit.map((table) => {
    const m = new Map<string, number>()
    for (const line of table.split('\n')) {
      const tab = line.indexOf('\t')
      if (tab > 0) m.set(line.slice(0, tab), Number(line.slice(tab + 1)))
    }
    return m
  })
  return { words, maxWordLength, minWeight: data.minWeight, userSingles, start: data.start, trans: data.trans, emit }
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
    const last = Math.min(n, i + p.maxWordLength)
    for (let j = i; j < last; j++) {
      word += runes[j]
      const w = p.words.get(word)
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
    weight[y * X] = p.start[y] + (p.emit[y].get(runes[0]) ?? MIN_DOUBLE)
    path[y * X] = -1
  }
  for (let x = 1; x < X; x++) {
    for (let y = 0; y < Y; y++) {
      const now = x + y * X
      let best = MIN_DOUBLE
      let from = E
      const emit = p.emit[y].get(runes[x]) ?? MIN_DOUBLE
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
          if (p.words.has(g)) out.push(g)
        }
      if (runes.length > 3)
        for (let i = 0; i + 2 < runes.length; i++) {
          const g = runes[i] + runes[i + 1] + runes[i + 2]
          if (p.words.has(g)) out.push(g)
        }
      out.push(w)
    }
    return out
  }
  return { cut, cutForSearch }
}
