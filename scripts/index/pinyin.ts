/** Builds core/query/pinyin.ts's data from the index words (pinyin-pro, build time only). */
import { pinyin } from 'pinyin-pro'
import { initialsKey, pinyinKey, type PinyinData } from '../../core/query/pinyin.ts'

const HAN = /^\p{Script=Han}+$/u

/**
 * `words` maps each Chinese index word to how many passages hold it; `extraText` adds characters
 * whose readings queries may need (the edge dictionary's words), for same-sound typo lookup.
 */
export function buildPinyinData(words: Map<string, number>, extraText: string[]): PinyinData {
  const chars: Record<string, string> = {}
  const addChars = (text: string) => {
    for (const ch of text) if (!Object.hasOwn(chars, ch) && HAN.test(ch)) chars[ch] = pinyin(ch, { toneType: 'none', v: true }).toLowerCase()
  }
  for (const w of words.keys()) addChars(w)
  for (const t of extraText) addChars(t)
  const byKey = new Map<string, [string, number][]>()
  const byInitials = new Map<string, [string, number][]>()
  for (const [w, df] of words) {
    const len = [...w].length
    if (len < 2 || !HAN.test(w)) continue
    const key = pinyinKey(w, chars)!
    byKey.set(key, [...(byKey.get(key) ?? []), [w, df]])
    if (len <= 4) {
      const ini = initialsKey(w, chars)!
      byInitials.set(ini, [...(byInitials.get(ini) ?? []), [w, df]])
    }
  }
  // Every word is kept under its key (the index has a few thousand), most frequent first.
  const top = (m: Map<string, [string, number][]>) =>
    Object.fromEntries(
      [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, ws]) => [k, ws.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w)]),
    )
  return { chars, words: top(byKey), initials: top(byInitials) }
}
