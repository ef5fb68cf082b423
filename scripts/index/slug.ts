/**
 * Readable, deterministic ids from Chinese titles: the pinyin of each word, words joined by
 * hyphens (社会保险法 → shehui-baoxian-fa). Words come from jieba; long words are cut into
 * two-character chunks so slugs read like the example in the contract.
 */
import { pinyin } from 'pinyin-pro'
import type { Segmenter } from '../../core/segment/types.ts'

export function pinyinSlug(title: string, segmenter: Segmenter): string {
  const words: string[] = []
  for (const w of segmenter.cut(title.replace(/^中华人民共和国/, '').replace(/[^\p{Script=Han}a-zA-Z0-9]/gu, ''))) {
    const chars = [...w]
    for (let i = 0; i < chars.length; i += chars.length > 3 ? 2 : 3) words.push(chars.slice(i, i + (chars.length > 3 ? 2 : 3)).join(''))
  }
  return words
    .map((w) => pinyin(w, { toneType: 'none', type: 'array', v: true }).join('').toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean)
    .join('-')
}
