/** Text clean-up for imported answers: site prefixes, truncation tails and dangling fragments. */

const PREFIXES = [/^(?:律师分析|法律解析|法律分析|律师解答|律师回答)\s*[:：]\s*/, /^对于[^,，:：]{1,40}的内容[,，]\s*律师为您解答\s*[:：]\s*/]

/** Removes 律师分析:-style prefixes, the …查看全文 tail and a legal-basis fragment cut off by it. */
export function cleanAnswer(text: string): string {
  let t = text.trim()
  for (const p of PREFIXES) t = t.replace(p, '')
  t = t.replace(/(?:\.{3}|…+)\s*查看全文$/, '').trim()
  // A truncated 【法律依据】/法律依据:《…》第... names no complete article: drop it.
  t = t.replace(/\s*(?:【法律?依?据?】?|法律依据\s*[:：]).*$/, '').trim()
  // End on a complete sentence where the truncation left a dangling clause.
  if (!/[。！？!?]$/.test(t)) {
    const last = Math.max(t.lastIndexOf('。'), t.lastIndexOf('；'), t.lastIndexOf('！'), t.lastIndexOf('？'))
    t = last >= t.length * 0.4 ? t.slice(0, last + 1) : t.replace(/[,，、:：;；\s]+$/, '') + '…'
  }
  return t
}

/** A title as a key for duplicate detection: no trailing ?/？, no spaces, half-width. */
export const titleKey = (title: string) => title.normalize('NFKC').replace(/[?？\s]+$/g, '').replace(/\s+/g, '')
