/**
 * Pinyin for typo tolerance and pinyin input. Chinese typos are mostly same-sound characters
 * (密马 for 密码, 条见 for 条件), and people type pinyin or its initials (shebaoka, sbk). The build
 * ships each character's reading and every index word's pinyin key; the edge turns a word the
 * index does not know into the index words that sound the same.
 */
export interface PinyinData {
  /** Toneless reading of each character the index or the query vocabulary may need. */
  chars: Record<string, string>
  /** Full pinyin key (readings joined, e.g. shebaoka) → index words, most frequent first. */
  words: Record<string, string[]>
  /** Initials (sbk) → index words of 2–4 characters, most frequent first. */
  initials: Record<string, string[]>
}

/**
 * The table, or a function that gives it. The worker passes a function: the table is ~200 KB of
 * JSON (7–9 ms to parse), and a question whose words the index all holds never needs it (four in
 * ten of the eval questions; 多少, 多久 or a typo bring in the rest), so it is parsed only when a
 * question does.
 */
export type PinyinSource = PinyinData | (() => PinyinData)

/** A getter that reads the table from its source once, on first call. */
export function pinyinGetter(source: PinyinSource): () => PinyinData {
  if (typeof source !== 'function') return () => source
  let table: PinyinData | undefined
  return () => (table ??= source())
}

/** The pinyin key of a word from per-character readings; undefined if a character has none. */
export function pinyinKey(word: string, chars: Record<string, string>): string | undefined {
  let key = ''
  for (const ch of word) {
    const r = Object.hasOwn(chars, ch) ? chars[ch] : undefined
    if (!r) return undefined
    key += r
  }
  return key
}

/**
 * Whether the index holds a Chinese word of two or more characters. The pinyin table lists every
 * such word under its key (scripts/index/pinyin.ts), so this is one lookup, with no set of all the
 * words to build first.
 */
export function indexHolds(word: string, data: PinyinData): boolean {
  const key = pinyinKey(word, data.chars)
  return key !== undefined && Object.hasOwn(data.words, key) && data.words[key].includes(word)
}

export function initialsKey(word: string, chars: Record<string, string>): string | undefined {
  let key = ''
  for (const ch of word) {
    const r = Object.hasOwn(chars, ch) ? chars[ch] : undefined
    if (!r) return undefined
    key += r[0]
  }
  return key
}
