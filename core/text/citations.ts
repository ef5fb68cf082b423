/**
 * Finds citations of law articles in text: 《中华人民共和国社会保险法》第五十八条, 《社会保险法》第58条,
 * 社会保险法第五十八条, lists (《劳动合同法》第三十八条、第四十六条), and cross-references inside a
 * law (本法第十四条, 本条例第十四条). Shared by the build (linking) and usable at the edge.
 */
import { chineseToNumber, numberToChinese } from './numerals.ts'

export interface CitationMention {
  /** The law as written (without 《》); absent for 本法/本条例 self-references. */
  lawTitle?: string
  /** 本法 / 本条例 / 本规定 …: the article is in the law being read. */
  self?: boolean
  article: number
  /** Canonical label: 第五十八条. */
  label: string
  /** UTF-16 offset and length of the article label in the text. */
  index: number
  length: number
}

const NUM = '(?:[0-9]{1,4}|[零〇一二两三四五六七八九十百千]{1,8})'
const LABEL = `第${NUM}条`
// 《title》 or a bare title ending in a law word, or 本法/本条例…; then one or more article labels.
const LAW_WORDS = '(?:法|条例|办法|规定|细则|决定|解释)'
const CITATION = new RegExp(
  `(?:《([^《》\\n]{2,60})》|(本(?:法|条例|办法|规定|细则))|([\\u4e00-\\u9fff]{2,30}?${LAW_WORDS}))` +
    `((?:${LABEL}(?:之[一二三四五六七八九十]+)?(?:第[一二三四五六七八九十]+款)?(?:第[一二三四五六七八九十]+项)?[、，,和及或与至到]*)+)`,
  'g',
)
const SELF_SUFFIX = /本(?:法|条例|办法|规定|细则)$/
const ONE_LABEL = new RegExp(`第(${NUM})条`, 'g')

const toNumber = (s: string) => (/^\d+$/.test(s) ? Number(s) : chineseToNumber(s))

export function findCitations(text: string): CitationMention[] {
  const out: CitationMention[] = []
  for (const m of text.matchAll(CITATION)) {
    // A bare title is greedy on the left (根据社会保险法); resolvers match known titles as a suffix.
    const bare = m[3]?.trim()
    const self = Boolean(m[2]) || (bare !== undefined && SELF_SUFFIX.test(bare))
    const title = (m[1] ?? bare)?.trim()
    const labels = m[4]
    const labelsAt = m.index + m[0].length - labels.length
    for (const l of labels.matchAll(ONE_LABEL)) {
      const n = toNumber(l[1])
      if (n === undefined || n < 1) continue
      out.push({ ...(title && !self ? { lawTitle: title } : {}), ...(self ? { self } : {}), article: n, label: `第${numberToChinese(n)}条`, index: labelsAt + l.index, length: l[0].length })
    }
  }
  return out
}

/**
 * Resolves a written title to one of the known law titles: exact (modulo the 中华人民共和国 prefix),
 * or for bare mentions (根据社会保险法), the longest known title the text ends with.
 */
export function matchLawTitle(written: string, known: string[]): string | undefined {
  const key = lawKey(written)
  let best: string | undefined
  for (const k of known) {
    const kk = lawKey(k)
    if (kk === key) return k
    if (key.endsWith(kk) && kk.length >= 3 && (!best || kk.length > lawKey(best).length)) best = k
  }
  return best
}

/** 中华人民共和国社会保险法 and 社会保险法 name the same law: compare without the prefix and quotes. */
export const lawKey = (title: string) =>
  title
    .replace(/[《》“”"'\s]/g, '')
    .replace(/^中华人民共和国/, '')
