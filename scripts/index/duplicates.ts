/**
 * Near-duplicate passages, found once at build time so the query path only compares ids: two
 * passages are the same answer when their texts share ≥ 85% of their character bigrams (Jaccard).
 * Jaccard cannot exceed the ratio of the two set sizes, so only passages of similar length are
 * compared. Only Q&A passages are compared: two laws with the same wording are still two legal
 * sources (a national law and a province's copy of it), and the authority prior orders them.
 */
import { bigrams, jaccard } from '../../core/search/dedupe.ts'
import type { DocumentStore } from '../../core/types.ts'

export function markDuplicates(store: DocumentStore, threshold: number): number {
  const items = Object.values(store.passages)
    .filter((p) => p.kind === 'qa')
    .map((p) => ({ p, grams: bigrams(p.text) }))
  items.sort((a, b) => a.grams.size - b.grams.size || (a.p.id < b.p.id ? -1 : 1))
  let marked = 0
  const canonical = new Map<string, string>()
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length && items[i].grams.size >= threshold * items[j].grams.size; j++) {
      if (jaccard(items[i].grams, items[j].grams) < threshold) continue
      // Point both at the same representative: the one that sorts first by id.
      const a = canonical.get(items[i].p.id) ?? items[i].p.id
      const b = canonical.get(items[j].p.id) ?? items[j].p.id
      const root = a < b ? a : b
      for (const id of [items[i].p.id, items[j].p.id, a, b]) canonical.set(id, root)
    }
  }
  for (const [id, root] of canonical) {
    if (id !== root) {
      store.passages[id].duplicateOf = root
      marked++
    }
  }
  return marked
}
