/**
 * The MiniSearch setup shared by the build (which indexes) and the worker (which loads the index):
 * the same fields and id, so a serialized index always loads with matching options.
 */
import type { Options } from 'minisearch'

/** Fields indexed for every passage. Terms are pre-normalized by the tokenizer, so no processTerm. */
export const INDEX_FIELDS = ['title', 'heading', 'summary', 'text'] as const

export type IndexedField = (typeof INDEX_FIELDS)[number]

/** The record MiniSearch indexes: a Passage's searchable fields. */
export type IndexedPassage = { id: string; kind: 'qa' | 'law' } & Partial<Record<IndexedField, string>>

export function miniSearchOptions(tokenize: (text: string) => string[]): Options<IndexedPassage> {
  return {
    idField: 'id',
    fields: [...INDEX_FIELDS],
    storeFields: ['kind'],
    tokenize,
    processTerm: (term) => term,
  }
}
