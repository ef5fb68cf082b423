/** Near-duplicate detection for collapsing results: character-bigram Jaccard similarity. */

export function bigrams(text: string): Set<string> {
  const chars = [...text.replace(/[\s\p{P}\p{S}]/gu, '')]
  const set = new Set<string>()
  for (let i = 0; i + 1 < chars.length; i++) set.add(chars[i] + chars[i + 1])
  if (chars.length === 1) set.add(chars[0])
  return set
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1
  let shared = 0
  const [small, large] = a.size < b.size ? [a, b] : [b, a]
  for (const x of small) if (large.has(x)) shared++
  return shared / (a.size + b.size - shared)
}
