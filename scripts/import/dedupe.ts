/**
 * Near-duplicate related questions collapse into one article: same title (ignoring a trailing
 * question mark), or bodies sharing ≥ 80% of their character bigrams (the same answer under two
 * wordings of the question). The fullest text is kept; distinct texts under one title are kept as
 * separate paragraphs.
 */
import { bigrams, jaccard } from '../../core/search/dedupe.ts'
import { titleKey } from './clean.ts'

export interface Entry {
  title: string
  /** Distinct answer texts, longest first. */
  texts: string[]
  line: number
}

export const SAME_TEXT = 0.8

export function collapse(entries: { title: string; text: string; line: number }[]): { kept: Entry[]; collapsed: number } {
  const kept: Entry[] = []
  const titleCounts = new Map<string, Map<string, number>>()
  let collapsed = 0
  for (const e of entries) {
    const key = titleKey(e.title)
    const grams = bigrams(e.text)
    const twin = kept.find((k) => titleKey(k.title) === key || k.texts.some((t) => jaccard(bigrams(t), grams) >= SAME_TEXT))
    const counts = titleCounts.get(twin ? titleKey(twin.title) : key) ?? new Map<string, number>()
    counts.set(e.title, (counts.get(e.title) ?? 0) + 1)
    if (!twin) {
      kept.push({ title: e.title, texts: [e.text], line: e.line })
      titleCounts.set(key, counts)
      continue
    }
    collapsed++
    const same = twin.texts.findIndex((t) => jaccard(bigrams(t), grams) >= SAME_TEXT)
    if (same < 0) twin.texts.push(e.text)
    else if (e.text.length > twin.texts[same].length) twin.texts[same] = e.text
    twin.texts.sort((a, b) => b.length - a.length)
  }
  // The title most often used for an article wins (社保卡怎么使用 over 社保卡怎么使用?).
  for (const k of kept) {
    const counts = titleCounts.get(titleKey(k.title))
    if (counts) k.title = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0]
  }
  return { kept, collapsed }
}
