/**
 * Exports what the edge segmenter needs (core/segment/data.ts) from the dictionaries nodejieba
 * loads. The full dictionary (349k words, 5 MB) does not belong in a Worker, so it is pruned to
 * (a) every dictionary word that occurs in the corpus text — enough for identical segmentation of
 * corpus text, since cppjieba only ever looks up substrings of the text it cuts — (b) the user
 * dictionary, and (c) the most frequent other words, for queries that use words the corpus lacks.
 * Weights stay those of the full dictionary: the frequency sum and min/median weights are exported.
 */
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import type { SegmenterData } from '../../core/segment/data.ts'
import { readUserDictionary } from './nodejieba.ts'

const require = createRequire(import.meta.url)

export interface ExportOptions {
  userDictPath: string
  /** The text the build segments (normalized); every dictionary word found in it is kept. */
  texts: string[]
  /** How many of the most frequent remaining words to keep for queries. */
  extraWords?: number
  /** Extra characters whose HMM emissions to keep, beyond those in the texts. */
  extraChars?: number
}

function dictPaths() {
  const jieba = require('nodejieba') as { DEFAULT_DICT: string; DEFAULT_HMM_DICT: string }
  return { dict: jieba.DEFAULT_DICT, hmm: jieba.DEFAULT_HMM_DICT }
}

export function exportSegmenterData(opts: ExportOptions): SegmenterData {
  const { dict: dictPath, hmm: hmmPath } = dictPaths()
  const entries = readFileSync(dictPath, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [word, freq] = line.split(' ')
      return { word, freq: Number(freq) }
    })
  // cppjieba: freq_sum_ is the plain sum in file order; weights ln(freq/sum); min and median of weights.
  let freqSum = 0
  for (const e of entries) freqSum += e.freq
  const weights = entries.map((e) => Math.log(e.freq / freqSum)).sort((a, b) => a - b)
  const minWeight = weights[0]
  const userWeight = weights[Math.floor(weights.length / 2)]

  // (a) words occurring in the texts: walk every position against the set of dictionary words.
  const wordSet = new Set(entries.map((e) => e.word))
  const maxLen = entries.reduce((m, e) => Math.max(m, [...e.word].length), 0)
  const keep = new Set<string>()
  const chars = new Map<string, number>()
  for (const text of opts.texts) {
    const runes = Array.from(text)
    for (let i = 0; i < runes.length; i++) {
      chars.set(runes[i], (chars.get(runes[i]) ?? 0) + 1)
      let w = ''
      for (let j = i; j < runes.length && j - i < maxLen; j++) {
        w += runes[j]
        if (wordSet.has(w)) keep.add(w)
      }
    }
  }
  // (c) the most frequent other words.
  const extra = opts.extraWords ?? 20_000
  const byFreq = entries.filter((e) => !keep.has(e.word)).sort((a, b) => b.freq - a.freq)
  for (const e of byFreq.slice(0, extra)) keep.add(e.word)

  const dict: Record<string, string> = {}
  for (const e of entries) {
    if (!keep.has(e.word)) continue
    const first = String.fromCodePoint(e.word.codePointAt(0)!)
    dict[first] = (Object.hasOwn(dict, first) ? dict[first] + '\n' : '') + `${e.word}\t${e.freq}`
  }
  const user = readUserDictionary(opts.userDictPath).map((line) => line.split(/\s+/)[0])
  for (const w of user) for (const r of w) chars.set(r, (chars.get(r) ?? 0) + 1)

  // HMM: keep emissions of the characters in the texts and of the kept words' characters.
  for (const w of keep) for (const r of w) if (!chars.has(r)) chars.set(r, 0)
  const hmmLines = readFileSync(hmmPath, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
  const num = (s: string) => s.split(' ').map(Number)
  const start = num(hmmLines[0]) as SegmenterData['start']
  const trans = hmmLines.slice(1, 5).map(num) as SegmenterData['trans']
  const states = hmmLines.slice(5, 9).map((line) => {
    const table = new Map<string, string>()
    for (const pair of line.split(',')) {
      const at = pair.lastIndexOf(':')
      const c = pair.slice(0, at)
      if (chars.has(c)) table.set(c, pair.slice(at + 1))
    }
    return table
  })
  const emit: Record<string, string> = {}
  for (const c of new Set(states.flatMap((t) => [...t.keys()]))) emit[c] = states.map((t) => t.get(c) ?? '').join(',')
  return { format: 2, freqSum, minWeight, userWeight, dict, user, start, trans, emit }
}
